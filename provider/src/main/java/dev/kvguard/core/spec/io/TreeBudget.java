package dev.kvguard.core.spec.io;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts the values a parse produces against {@link SpecLimits} and records the line of each input path,
 * for YAML and JSON alike, so both formats meet the same limits and locate findings the same way.
 */
final class TreeBudget {
    private final Map<String, Integer> lines = new HashMap<>();
    private int values;

    /** Accounts for one value at {@code path}, nested {@code depth} deep, starting at the 1-based line and column. */
    void value(String path, int depth, int line, int column) {
        if (depth > SpecLimits.MAX_DEPTH) {
            throw new Refusal("nested deeper than " + SpecLimits.MAX_DEPTH + " levels", line, column);
        }
        if (++values > SpecLimits.MAX_VALUES) {
            throw new Refusal("more than " + SpecLimits.MAX_VALUES + " values (aliases expanded)", line, column);
        }
        if (!path.isEmpty()) {
            lines.putIfAbsent(path, line);
        }
    }

    /**
     * Text as read, refused when it holds an unpaired surrogate ({@code "\\uD800"}): such a string cannot be
     * written as UTF-8, so no output could show it faithfully.
     */
    static String text(String value, int line, int column) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new Refusal("a string with an unpaired surrogate escape", line, column);
            }
        }
        return value;
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String item(String path, int index) {
        return path + "[" + index + "]";
    }

    /** The smallest node that holds the number, as Jackson's own tree would build it. */
    static com.fasterxml.jackson.databind.JsonNode number(java.math.BigInteger value) {
        var nodes = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        if (value.bitLength() < Integer.SIZE) {
            return nodes.numberNode(value.intValue());
        }
        return value.bitLength() < Long.SIZE ? nodes.numberNode(value.longValue()) : nodes.numberNode(value);
    }

    SpecLocator locator() {
        return SpecLocator.of(lines);
    }
}
