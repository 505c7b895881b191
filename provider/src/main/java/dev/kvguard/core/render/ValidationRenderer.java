package dev.kvguard.core.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kvguard.core.validate.ValidationReport;
import java.util.List;

/** Renders validation results for the {@code validate} command: terminal text or JSON. */
public final class ValidationRenderer {

    private ValidationRenderer() {
    }

    /** One validated file: where it came from and its report. */
    public record Validated(String source, ValidationReport report) {
    }

    public static String text(List<Validated> results) {
        StringBuilder out = new StringBuilder();
        for (Validated v : results) {
            out.append(TextEscaper.escape(v.source())).append(": ").append(TextFindings.summary(v.report().findings()))
                    .append(" (profile ").append(TextEscaper.escape(v.report().profile().name())).append(")\n");
            TextFindings.append(out, v.report().findings());
        }
        return out.toString();
    }

    /** One file gives {@code {"file","profile","findings"}}; several give a list of those. */
    public static String json(List<Validated> results) {
        if (results.size() == 1) {
            return Json.write(node(results.get(0)));
        }
        ArrayNode all = Json.array();
        results.forEach(v -> all.add(node(v)));
        return Json.write(all);
    }

    private static ObjectNode node(Validated v) {
        ObjectNode n = Json.object();
        n.put("file", v.source());
        n.set("profile", Json.profile(v.report().profile()));
        n.set("findings", Json.findings(v.report().findings()));
        return n;
    }
}
