package dev.kvguard.core.render;

/**
 * The Markdown policy (GitHub-flavoured, for pull-request comments): a value from input renders as the
 * same characters and can never become structure. First the {@linkplain TextEscaper text policy}
 * (so no line break, control, bidi or invisible character survives: a value stays on its line), then:
 * <ul>
 *   <li>{@code & < > |} become HTML entities: no raw HTML, no HTML comment, no {@code <details>}, no
 *       autolink in angle brackets, and no cell break in a table (an entity is not a delimiter);</li>
 *   <li>every other inline metacharacter ({@code \ ` * _ [ ] ~ $ #}) is backslash-escaped: no
 *       emphasis, link, image, code span, strikethrough, math or heading;</li>
 *   <li>a leading {@code - + =} or ordered-list marker is escaped and leading spaces become entities,
 *       so a value that starts a list item or quote cannot open a nested block;</li>
 *   <li>{@code @}, {@code ://} and {@code www.} get a zero-width space (as the entity {@code &#8203;}),
 *       the device Dependabot and Renovate use, so a value cannot mention a team or make a bare link.</li>
 * </ul>
 * Code spans pick a backtick fence longer than any run inside; a value holding {@code |} is never put
 * in a code span inside a table (a pipe cannot be escaped safely there), it is written as text instead.
 */
public final class MarkdownEscaper {

    private static final String ZERO_WIDTH_SPACE = "&#8203;";
    private static final String BACKSLASHED = "\\`*_[]~$#";

    private MarkdownEscaper() {
    }

    /** Inline text, safe anywhere: in a paragraph, a table cell, a list item or a quote. */
    public static String text(String value) {
        String s = TextEscaper.escape(value);
        StringBuilder b = new StringBuilder(s.length() + 16);
        int leading = 0;
        while (leading < s.length() && s.charAt(leading) == ' ') {
            b.append("&#32;");
            leading++;
        }
        int marker = blockMarkerAt(s, leading);
        for (int i = leading; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '|' -> b.append("&#124;");
                case '@' -> b.append('@').append(ZERO_WIDTH_SPACE);
                default -> {
                    if (BACKSLASHED.indexOf(c) >= 0 || i == marker) {
                        b.append('\\');
                    }
                    b.append(c);
                    if (c == ':' && s.startsWith("//", i + 1)
                            || Character.toLowerCase(c) == 'w' && i >= 2 && s.regionMatches(true, i - 2, "www.", 0, 4)) {
                        b.append(ZERO_WIDTH_SPACE);
                    }
                }
            }
        }
        return b.toString();
    }

    /** An inline code span outside a table; empty values render as nothing. */
    public static String code(String value) {
        return span(TextEscaper.escape(value));
    }

    /** An inline code span inside a table cell; a value with a pipe falls back to {@link #text}. */
    public static String cellCode(String value) {
        String s = TextEscaper.escape(value);
        return s.indexOf('|') >= 0 ? text(value) : span(s);
    }

    /** A fenced code block holding one line, fenced so that no backtick run inside can close it. */
    public static String block(String value) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(TextEscaper.escape(value)) + 1));
        return fence + "\n" + TextEscaper.escape(value) + "\n" + fence + "\n";
    }

    private static String span(String s) {
        if (s.isEmpty()) {
            return "";
        }
        String fence = "`".repeat(longestBacktickRun(s) + 1);
        // CommonMark strips one space from each side when both are there, and needs space next to a backtick.
        boolean pad = s.startsWith("`") || s.endsWith("`") || s.startsWith(" ") && s.endsWith(" ") && !s.isBlank();
        String p = pad ? " " : "";
        return fence + p + s + p + fence;
    }

    /** The index of the character that makes a value at line start a list item or a setext line, or -1. */
    private static int blockMarkerAt(String s, int start) {
        if (start >= s.length()) {
            return -1;
        }
        char c = s.charAt(start);
        if (c == '-' || c == '+' || c == '=') {
            return start;
        }
        int i = start;
        while (i < s.length() && i - start < 10 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i > start && i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ')') ? i : -1;
    }

    private static int longestBacktickRun(String s) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
