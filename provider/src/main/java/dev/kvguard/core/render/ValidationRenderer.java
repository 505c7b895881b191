package dev.kvguard.core.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kvguard.core.validate.ValidationReport;
import java.util.List;
import java.util.Objects;

/** Renders validation results for the {@code validate} command: terminal text or JSON (SARIF is {@link Sarif}'s). */
public final class ValidationRenderer {

    private ValidationRenderer() {
    }

    /**
     * One file given to {@code validate}: where it came from and either its report or, when it could not
     * be read or parsed, the one-line reason.
     */
    public record Validated(String source, ValidationReport report, String error) {

        /** A file that was read and validated. */
        public Validated(String source, ValidationReport report) {
            this(source, Objects.requireNonNull(report), null);
        }

        public static Validated unreadable(String source, String error) {
            return new Validated(source, null, Objects.requireNonNull(error));
        }

        public boolean readable() {
            return report != null;
        }
    }

    public static String text(List<Validated> results) {
        StringBuilder out = new StringBuilder();
        for (Validated v : results) {
            if (!v.readable()) {
                out.append(TextEscaper.escape(v.error())).append(" (not validated)\n");
                continue;
            }
            out.append(TextEscaper.escape(v.source())).append(": ").append(TextFindings.summary(v.report().findings()))
                    .append(" (profile ").append(TextEscaper.escape(v.report().profile().name())).append(")\n");
            TextFindings.append(out, v.report().findings());
        }
        return out.toString();
    }

    /**
     * One file gives {@code {"file","profile","findings"}}; several give a list of those, where a file
     * that could not be read is {@code {"file","error"}} (no findings: it was not validated).
     */
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
        if (!v.readable()) {
            n.put("error", v.error());
            return n;
        }
        n.set("profile", Json.profile(v.report().profile()));
        n.set("findings", Json.findings(v.report().findings()));
        return n;
    }
}
