package dev.kvguard.core.render;

/**
 * The text policy: every value that came from input is shown, never obeyed, on a terminal or CI log.
 * Control characters (C0, DEL, C1: ANSI escape sequences, CR, backspace, NUL), line breaks, bidi
 * controls and other invisible format characters become visible escapes (backslash-n, backslash-u001B,
 * backslash-U000E0041 for a supplementary code point), so a value can neither forge an extra line
 * nor reorder or hide what follows it. Nothing is dropped: the escape names the exact code point.
 * A backslash itself is doubled, so an escape is unambiguous: a value holding the six characters
 * backslash-u001B is shown as backslash-backslash-u001B, never like an escaped ESC.
 */
public final class TextEscaper {

    private TextEscaper() {
    }

    /** The value as printable text on one line; null becomes the empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        int first = firstToEscape(text);
        if (first < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == '\\') {
                b.append("\\\\");
            } else if (unsafe(cp)) {
                b.append(escapeOf(cp));
            } else {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /**
     * Whether a code point must not reach output raw: controls, format characters (bidi embeddings,
     * overrides and isolates, marks, zero-width characters, tag characters), line and paragraph
     * separators, unpaired surrogates, private-use and unassigned code points, variation selectors and
     * the Hangul fillers that render as nothing.
     */
    public static boolean unsafe(int cp) {
        if (Character.isISOControl(cp)) {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SURROGATE,
                    Character.PRIVATE_USE, Character.UNASSIGNED -> {
                return true;
            }
            default -> {
                return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)
                        || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0;
            }
        }
    }

    private static int firstToEscape(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == '\\' || unsafe(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    private static String escapeOf(int cp) {
        return switch (cp) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> cp <= 0xFFFF ? String.format("\\u%04X", cp) : String.format("\\U%08X", cp);
        };
    }
}
