package dev.kvguard.core.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kvguard.core.render.TextEscaper;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes an imported spec as YAML, with a comment above each property about what could not be carried over
 * there (Jackson's YAML writer cannot write comments). Strings are quoted unless plainly safe, so that no
 * value changes type on the way back ({@code 52.1.2.3}, {@code true}, {@code 0123} stay strings).
 */
public final class SpecYaml {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_./-]*");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

    private SpecYaml() {
    }

    /** The spec of an imported vault, its header comment lines first. */
    public static String write(ImportedVault vault, List<String> header) {
        StringBuilder out = new StringBuilder();
        header.forEach(line -> comment(out, "", line));
        Map<String, List<String>> notes = vault.notes();
        // Notes on the vault as a whole, then those on properties left out of the spec, go in the header.
        notes.getOrDefault("", List.of()).forEach(line -> comment(out, "", line));
        new java.util.TreeMap<>(notes).forEach((path, lines) -> {
            if (!path.isEmpty() && !present(vault.spec(), path)) {
                lines.forEach(line -> comment(out, "", line));
            }
        });
        mapping(out, vault.spec(), "", "", notes, false);
        return out.toString();
    }

    private static boolean present(JsonNode root, String path) {
        JsonNode node = root;
        for (Object segment : Carry.segments(path)) {
            node = segment instanceof Integer i ? node.get(i) : node.get((String) segment);
            if (node == null) {
                return false;
            }
        }
        return true;
    }

    /** Writes a mapping's keys at {@code indent}; after a list dash, the first key shares the dash's line. */
    private static void mapping(StringBuilder out, JsonNode node, String indent, String path,
                                Map<String, List<String>> notes, boolean afterDash) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        boolean first = true;
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            if (!(first && afterDash)) {
                notes.getOrDefault(child, List.of()).forEach(line -> comment(out, indent, line));
                out.append(indent);
            }
            out.append(scalar(field.getKey())).append(':');
            value(out, field.getValue(), indent + "  ", child, notes);
            first = false;
        }
    }

    private static void value(StringBuilder out, JsonNode value, String indent, String path, Map<String, List<String>> notes) {
        if (value.isObject() && !value.isEmpty()) {
            out.append('\n');
            mapping(out, value, indent, path, notes, false);
        } else if (value.isArray() && !value.isEmpty()) {
            out.append('\n');
            for (int i = 0; i < value.size(); i++) {
                String item = path + "[" + i + "]";
                notes.getOrDefault(item, List.of()).forEach(line -> comment(out, indent, line));
                JsonNode element = value.get(i);
                if (element.isObject() && !element.isEmpty()) {
                    String firstKey = element.fieldNames().next();
                    notes.getOrDefault(item + "." + firstKey, List.of()).forEach(line -> comment(out, indent, line));
                    out.append(indent).append("- ");
                    mapping(out, element, indent + "  ", item, notes, true);
                } else {
                    out.append(indent).append("- ").append(inline(element)).append('\n');
                }
            }
        } else {
            out.append(' ').append(inline(value)).append('\n');
        }
    }

    private static String inline(JsonNode value) {
        if (value.isObject()) {
            return "{}";
        }
        if (value.isArray()) {
            return "[]";
        }
        if (value.isTextual()) {
            return scalar(value.asText());
        }
        return value.asText();
    }

    /** A string as a plain scalar when that reads back as the same string, else double-quoted (JSON escaping). */
    static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(java.util.Locale.ROOT))) {
            return text;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    // YAML breaks lines at NEL and U+2028/2029 too, and a terminal obeys C1 and bidi controls:
                    // every character the text policy hides is written as a YAML escape that reads back the same.
                    if (TextEscaper.unsafe(cp)) {
                        quoted.append(cp <= 0xFFFF ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
                    } else {
                        quoted.appendCodePoint(cp);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static void comment(StringBuilder out, String indent, String text) {
        // A comment ends at any YAML line break (CR, NEL, U+2028/2029 as well as LF); the escaper turns every one of
        // them, and every control a terminal would obey, into visible text, so no document text becomes a spec line.
        for (String line : text.split("\n")) {
            out.append(indent).append("# ").append(TextEscaper.escape(line)).append('\n');
        }
    }
}
