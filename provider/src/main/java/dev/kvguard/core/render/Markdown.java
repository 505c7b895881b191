package dev.kvguard.core.render;

/** Escaping for text placed in Markdown table cells and inline code. */
final class Markdown {
    private Markdown() {
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
