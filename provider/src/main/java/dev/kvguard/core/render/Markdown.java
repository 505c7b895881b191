package dev.kvguard.core.render;

import static dev.kvguard.core.render.MarkdownEscaper.cellCode;
import static dev.kvguard.core.render.MarkdownEscaper.text;

import dev.kvguard.core.finding.Finding;
import java.util.List;

/** Markdown pieces shared by the renderers: the findings table. Escaping is {@link MarkdownEscaper}'s. */
final class Markdown {
    private Markdown() {
    }

    /** A "Findings" section: one table row per finding, with its rule, input path, value, problem and fix. */
    static void findingsTable(StringBuilder out, List<Finding> findings) {
        out.append("\n### Findings\n\n| severity | rule | input | value | problem | fix |\n| --- | --- | --- | --- | --- | --- |\n");
        for (Finding f : findings) {
            out.append("| ").append(f.severity().label()).append(" | ").append(cellCode(f.ruleId())).append(" | ")
                    .append(cellCode(f.path().toString())).append(" | ").append(cellCode(f.value())).append(" | ")
                    .append(text(f.message())).append(" | ").append(text(f.fix())).append(" |\n");
        }
    }

    /** Step or resource names as code spans in a table cell, comma-separated; "-" for none. */
    static String cellCodes(List<String> names) {
        return names.isEmpty() ? "-" : String.join(", ", names.stream().map(MarkdownEscaper::cellCode).toList());
    }
}
