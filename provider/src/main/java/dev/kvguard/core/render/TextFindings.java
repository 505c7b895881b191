package dev.kvguard.core.render;

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
            out.append("  ").append(pad(f.severity().label(), 8)).append(f.ruleId()).append("  ").append(f.path());
            if (!f.value().isEmpty()) {
                out.append(" = ").append(printable(f.value()));
            }
            out.append('\n');
            out.append("          ").append(printable(f.message())).append('\n');
            out.append("          fix: ").append(printable(f.fix())).append('\n');
        }
    }

    /** User input echoed to a terminal: control characters (escape sequences included) are shown, not obeyed. */
    static String printable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
