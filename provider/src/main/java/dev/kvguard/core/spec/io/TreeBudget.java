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
