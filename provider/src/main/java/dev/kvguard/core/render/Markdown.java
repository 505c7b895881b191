package dev.kvguard.core.render;

import dev.kvguard.core.finding.Finding;
import java.util.List;

/** Markdown pieces shared by the renderers: escaping for table cells and inline code, and the findings table. */
final class Markdown {
    private Markdown() {
    }

    /** A "Findings" section: one table row per finding, with its rule, input path, value, problem and fix. */
    static void findingsTable(StringBuilder out, List<Finding> findings) {
        out.append("\n### Findings\n\n| severity | rule | input | value | problem | fix |\n| --- | --- | --- | --- | --- | --- |\n");
        for (Finding f : findings) {
            out.append("| ").append(f.severity().label()).append(" | `").append(f.ruleId()).append("` | `")
                    .append(f.path()).append("` | ").append(code(f.value())).append(" | ")
                    .append(cell(f.message())).append(" | ").append(cell(f.fix())).append(" |\n");
        }
    }

    /** Text safe inside a table cell: pipes escaped, line breaks flattened, HTML brackets neutralised. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        return TextFindings.printable(text.replace("\r", " ").replace("\n", " ")).replace("\\", "\\\\")
                .replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Inline code that survives backticks in the value; empty values render as nothing. */
    static String code(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String fence = text.contains("`") ? "``" : "`";
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + cell(text) + pad + fence;
    }
}
