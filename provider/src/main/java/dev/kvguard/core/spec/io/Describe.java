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

    /** What a whole number's non-decimal spelling means to YAML readers (see {@link SpelledInteger}). */
    static String spelling(String text) {
        String digits = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            return "a hexadecimal number";
        }
        if (digits.startsWith("0o")) {
            return "an octal number in YAML 1.2, which YAML 1.1 readers take as text";
        }
        if (digits.length() > 1 && digits.startsWith("0")) {
            return "which YAML 1.1 and Go read as octal and YAML 1.2 as decimal";
        }
        return "a number with a sign";
    }

    static String shortly(JsonNode value) {
        String text = value.isValueNode() ? value.asText() : value.toString();
        return text.length() <= MAX ? text : text.substring(0, MAX) + "...";
    }
}
