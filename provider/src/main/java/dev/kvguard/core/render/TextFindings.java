package dev.kvguard.core.render;

import static dev.kvguard.core.render.TextEscaper.escape;

import dev.kvguard.core.finding.Finding;
import java.util.List;

/** Findings for a terminal: severity, rule id, path and value on one line, then the message and the fix. */
final class TextFindings {
    private TextFindings() {
    }

    static String summary(List<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.size() - errors;
        if (findings.isEmpty()) {
            return "no findings";
        }
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    static void append(StringBuilder out, List<Finding> findings) {
        for (Finding f : findings) {
            out.append("  ").append(pad(f.severity().label(), 8)).append(escape(f.ruleId())).append("  ").append(escape(f.path().toString()));
            if (!f.value().isEmpty()) {
                out.append(" = ").append(escape(f.value()));
            }
            out.append('\n');
            out.append("          ").append(escape(f.message())).append('\n');
            out.append("          fix: ").append(escape(f.fix())).append('\n');
        }
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
