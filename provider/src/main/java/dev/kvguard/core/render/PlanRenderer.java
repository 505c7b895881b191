package dev.kvguard.core.render;

import static dev.kvguard.core.render.MarkdownEscaper.cellCode;
import static dev.kvguard.core.render.MarkdownEscaper.code;
import static dev.kvguard.core.render.TextEscaper.escape;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kvguard.core.plan.Plan;
import dev.kvguard.core.plan.Step;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a plan for a terminal, a pull-request comment (Markdown) or a machine (JSON). Every value from
 * input (names, step ids, resources, details, notes, the profile) passes its format's escaper.
 */
public final class PlanRenderer {

    private PlanRenderer() {
    }

    public static String text(Plan plan) {
        StringBuilder out = new StringBuilder();
        out.append("kvguard plan for ").append(escape(name(plan))).append(" (profile ").append(escape(plan.profile().name()))
                .append(")\n");
        out.append("findings: ").append(TextFindings.summary(plan.findings())).append('\n');
        TextFindings.append(out, plan.findings());
        if (plan.hasErrors()) {
            out.append("no steps: fix the errors above first\n");
            return out.toString();
        }
        out.append("critical path: ").append(TextFindings.plural(plan.criticalPath(), "wave")).append(", ")
                .append(TextFindings.plural(plan.steps().size(), "step")).append('\n');
        for (int w = 0; w < plan.waves().size(); w++) {
            out.append("\nwave ").append(w + 1).append('\n');
            for (String id : plan.waves().get(w)) {
                Step s = plan.step(id).orElseThrow();
                out.append("  ").append(escape(s.id())).append("  [").append(s.phase().id()).append(", ")
                        .append(s.applies().id()).append("]\n");
                out.append("      ").append(escape(s.resource())).append('\n');
                out.append("      ").append(escape(s.action())).append('\n');
                s.details().forEach(d -> out.append("        - ").append(escape(d)).append('\n'));
                if (!s.dependsOn().isEmpty()) {
                    out.append("      after: ").append(escapeAll(s.dependsOn(), ", ")).append('\n');
                }
                s.notes().forEach(n -> out.append("      note: ").append(escape(n)).append('\n'));
            }
        }
        out.append("\nnotes:\n");
        plan.notes().forEach(n -> out.append("  - ").append(escape(n)).append('\n'));
        return out.toString();
    }

    public static String markdown(Plan plan) {
        return markdown(plan, "## kvguard plan: " + code(name(plan)));
    }

    /** The plan as a pull-request comment under the given heading (already Markdown). */
    static String markdown(Plan plan, String heading) {
        StringBuilder out = new StringBuilder();
        out.append(heading).append("\n\n");
        out.append(plan.hasErrors() ? "**Blocked:** " : "**Ready:** ").append(TextFindings.summary(plan.findings()));
        if (!plan.hasErrors()) {
            out.append(" · ").append(TextFindings.plural(plan.steps().size(), "step")).append(" · critical path ")
                    .append(TextFindings.plural(plan.criticalPath(), "wave"));
        }
        out.append("\n\nLimits profile: ").append(code(plan.profile().name())).append(" (")
                .append(MarkdownEscaper.text(plan.profile().describe())).append(")\n");
        if (!plan.findings().isEmpty()) {
            Markdown.findingsTable(out, plan.findings());
        }
        if (plan.hasErrors()) {
            out.append("\nNo steps are planned until the errors are fixed.\n");
            return out.toString();
        }
        // One section per wave, in the order Azure sees the requests; the phase is only a label, because a
        // phase such as logging is documented first but can only run after the vault exists.
        out.append("\nSteps in one wave can run in parallel; each waits only for the steps in its *after* column.\n");
        Map<String, Step> byId = plan.steps().stream().collect(Collectors.toMap(Step::id, s -> s));
        int waves = plan.waves().size();
        for (int w = 0; w < waves; w++) {
            List<Step> steps = plan.waves().get(w).stream().map(byId::get).toList();
            out.append("\n### Wave ").append(w + 1).append(" of ").append(waves).append("\n\n")
                    .append("| step | phase | resource | change | after |\n| --- | --- | --- | --- | --- |\n");
            for (Step s : steps) {
                out.append("| ").append(cellCode(s.id())).append(" | ").append(s.phase().title()).append(" | ")
                        .append(MarkdownEscaper.text(s.resource())).append(" | ").append(MarkdownEscaper.text(s.action()));
                if (!s.details().isEmpty()) {
                    out.append("<br>").append(String.join("<br>", s.details().stream().map(MarkdownEscaper::text).toList()));
                }
                out.append(" | ").append(Markdown.cellCodes(s.dependsOn())).append(" |\n");
            }
            List<String> notes = steps.stream().flatMap(s -> s.notes().stream()).distinct().toList();
            if (!notes.isEmpty()) {
                out.append('\n');
                notes.forEach(n -> out.append("> ").append(MarkdownEscaper.text(n)).append("\n>\n"));
                out.setLength(out.length() - 2);
            }
        }
        out.append("\n### Notes\n\n");
        plan.notes().forEach(n -> out.append("- ").append(MarkdownEscaper.text(n)).append('\n'));
        return out.toString();
    }

    public static String json(Plan plan) {
        return Json.write(jsonTree(plan));
    }

    public static ObjectNode jsonTree(Plan plan) {
        ObjectNode root = Json.object();
        root.put("vaultName", plan.vaultName());
        root.set("profile", Json.profile(plan.profile()));
        root.set("findings", Json.findings(plan.findings()));
        ArrayNode steps = root.putArray("steps");
        for (Step s : plan.steps()) {
            ObjectNode n = steps.addObject();
            n.put("id", s.id());
            n.put("phase", s.phase().id());
            n.put("resource", s.resource());
            n.put("action", s.action());
            ArrayNode deps = n.putArray("dependsOn");
            s.dependsOn().forEach(deps::add);
            n.put("applies", s.applies().id());
            ArrayNode details = n.putArray("details");
            s.details().forEach(details::add);
            ArrayNode notes = n.putArray("notes");
            s.notes().forEach(notes::add);
        }
        ArrayNode waves = root.putArray("waves");
        plan.waves().forEach(w -> {
            ArrayNode wave = waves.addArray();
            w.forEach(wave::add);
        });
        root.put("criticalPath", plan.criticalPath());
        ArrayNode notes = root.putArray("notes");
        plan.notes().forEach(notes::add);
        return root;
    }

    /** Values joined for a terminal, each escaped. */
    static String escapeAll(List<String> values, String separator) {
        return String.join(separator, values.stream().map(TextEscaper::escape).toList());
    }

    static String name(Plan plan) {
        return plan.vaultName() == null ? "(unnamed vault)" : plan.vaultName();
    }
}
