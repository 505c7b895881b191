package dev.kvguard.core.render;

import static dev.kvguard.core.render.MarkdownEscaper.cellCode;
import static dev.kvguard.core.render.MarkdownEscaper.code;
import static dev.kvguard.core.render.TextEscaper.escape;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kvguard.core.render.PreviewReport.ComponentPlan;
import dev.kvguard.core.render.PreviewReport.Resource;
import java.util.List;

/** Renders an offline preview: findings, each vault's plan, and the resources the program registers. */
public final class PreviewRenderer {

    private PreviewRenderer() {
    }

    public static String text(PreviewReport report) {
        StringBuilder out = new StringBuilder();
        out.append("kvguard offline preview of ").append(escape(report.program())).append('\n');
        out.append("findings: ").append(TextFindings.summary(report.findings())).append('\n');
        TextFindings.append(out, report.findings());
        report.errors().forEach(e -> out.append("  error   ").append(escape(e)).append('\n'));
        for (ComponentPlan p : report.plans()) {
            out.append("\n== plan of ").append(escape(p.component())).append(" ==\n").append(PlanRenderer.text(p.plan()));
        }
        out.append("\nresources (").append(report.resources().size()).append("):\n");
        for (Resource r : report.resources()) {
            out.append("  ").append(escape(r.type())).append("  ").append(escape(r.name()));
            if (r.parent() != null) {
                out.append("  parent=").append(escape(r.parent()));
            }
            if (!r.dependsOn().isEmpty()) {
                out.append("  after=").append(PlanRenderer.escapeAll(r.dependsOn(), ","));
            }
            out.append('\n');
        }
        out.append(report.failed() ? "result: preview FAILS\n" : "result: preview passes\n");
        return out.toString();
    }

    public static String markdown(PreviewReport report) {
        StringBuilder out = new StringBuilder();
        out.append("# kvguard offline preview: ").append(code(report.program())).append("\n\n");
        out.append(report.failed() ? "**The preview fails.** " : "**The preview passes.** ")
                .append(TextFindings.summary(report.findings())).append(", ")
                .append(TextFindings.plural(report.resources().size(), "resource")).append(".\n");
        if (!report.errors().isEmpty()) {
            out.append("\n### Program errors\n\n");
            report.errors().forEach(e -> out.append(MarkdownEscaper.block(e)));
        }
        if (report.plans().isEmpty() && !report.findings().isEmpty()) {
            Markdown.findingsTable(out, report.findings());
        }
        for (ComponentPlan p : report.plans()) {
            out.append('\n').append(PlanRenderer.markdown(p.plan(),
                    "## Plan of component " + code(p.component()) + ": " + code(PlanRenderer.name(p.plan()))));
        }
        out.append("\n### Resources\n\n| type | name | parent | after |\n| --- | --- | --- | --- |\n");
        for (Resource r : report.resources()) {
            out.append("| ").append(cellCode(r.type())).append(" | ").append(cellCode(r.name())).append(" | ")
                    .append(r.parent() == null ? "-" : cellCode(r.parent())).append(" | ")
                    .append(Markdown.cellCodes(r.dependsOn())).append(" |\n");
        }
        return out.toString();
    }

    public static String json(PreviewReport report) {
        ObjectNode root = Json.object();
        root.put("program", report.program());
        root.put("failed", report.failed());
        root.set("findings", Json.findings(report.findings()));
        ArrayNode errors = root.putArray("errors");
        report.errors().forEach(errors::add);
        ArrayNode plans = root.putArray("components");
        for (ComponentPlan p : report.plans()) {
            ObjectNode n = plans.addObject();
            n.put("name", p.component());
            n.set("plan", PlanRenderer.jsonTree(p.plan()));
        }
        ArrayNode resources = root.putArray("resources");
        for (Resource r : report.resources()) {
            ObjectNode n = resources.addObject();
            n.put("type", r.type());
            n.put("name", r.name());
            n.put("parent", r.parent());
            ArrayNode deps = n.putArray("dependsOn");
            r.dependsOn().forEach(deps::add);
        }
        return Json.write(root);
    }

    /** SARIF for a program: findings carry their input paths as logical locations. */
    public static String sarif(String toolVersion, PreviewReport report) {
        return Sarif.render(toolVersion, List.of(new Sarif.Artifact(null, report.findings(), path -> 1)));
    }
}
