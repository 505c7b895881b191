package dev.kvguard.core.spec.io;

import com.fasterxml.jackson.databind.JsonNode;

/** Short descriptions of tree values for messages: what kind of value it is, and a clipped rendering. */
final class Describe {
    private static final int MAX = 60;

    private Describe() {
    }

    static String kind(JsonNode value) {
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isBoolean()) {
            return "a boolean";
        }
        if (value.isNumber()) {
            return "a number";
        }
        return value.isTextual() ? "a string" : "a " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    static String shortly(JsonNode value) {
        String text = value.isValueNode() ? value.asText() : value.toString();
        return text.length() <= MAX ? text : text.substring(0, MAX) + "...";
    }
}
