package dev.kvguard.core.spec.io;

import java.util.Map;

/**
 * The line of each input path in a spec file ({@code networkRules.ipRules[3]} on line 14), recorded by the
 * same parse that built the tree, so that findings can point at the line to fix (SARIF results,
 * code-scanning annotations).
 */
public final class SpecLocator {
    private static final SpecLocator NONE = new SpecLocator(Map.of());

    private final Map<String, Integer> lines;

    private SpecLocator(Map<String, Integer> lines) {
        this.lines = lines;
    }

    static SpecLocator of(Map<String, Integer> lines) {
        return new SpecLocator(Map.copyOf(lines));
    }

    /** A locator that knows no path: every finding points at line 1. */
    public static SpecLocator none() {
        return NONE;
    }

    /** Locates every path in the text; text that does not parse yields an empty locator. */
    public static SpecLocator of(String text, boolean json) {
        try {
            return SpecReader.parseDocument(text, "text", json).locator();
        } catch (SpecSyntaxException e) {
            return NONE;
        }
    }

    /** The line of the path, or of its nearest located parent; 1 when nothing matches. */
    public int line(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut <= 0 ? "" : p.substring(0, cut);
        }
        return 1;
    }
}
