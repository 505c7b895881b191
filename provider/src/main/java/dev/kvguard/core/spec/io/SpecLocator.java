package dev.kvguard.core.spec.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the line of each input path in a spec file's text ({@code networkRules.ipRules[3]} on line 14),
 * so that findings can point at the line to fix (SARIF results, code-scanning annotations).
 */
public final class SpecLocator {
    private final Map<String, Integer> lines;

    private SpecLocator(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** One open mapping or list while walking the tokens. */
    private static final class Frame {
        final String path;
        final boolean list;
        int index = -1;

        Frame(String path, boolean list) {
            this.path = path;
            this.list = list;
        }
    }

    /** Locates every path in the text; text that does not parse yields an empty locator. */
    public static SpecLocator of(String text, boolean json) {
        Map<String, Integer> lines = new HashMap<>();
        List<Frame> stack = new ArrayList<>();
        String field = null;
        try (JsonParser parser = (json ? new JsonFactory() : new YAMLFactory()).createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                int line = parser.currentTokenLocation().getLineNr();
                if (token == JsonToken.FIELD_NAME) {
                    field = parser.currentName();
                    lines.putIfAbsent(childPath(stack, field), line);
                } else if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    String path = stack.isEmpty() ? "" : childPath(stack, field);
                    if (!path.isEmpty()) {
                        lines.putIfAbsent(path, line);
                    }
                    stack.add(new Frame(path, token == JsonToken.START_ARRAY));
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    stack.remove(stack.size() - 1);
                } else if (!stack.isEmpty() && stack.get(stack.size() - 1).list) {
                    lines.putIfAbsent(childPath(stack, field), line);
                }
            }
        } catch (IOException | RuntimeException e) {
            return new SpecLocator(Map.of());
        }
        return new SpecLocator(lines);
    }

    /** The path of the next child of the innermost frame: {@code [i]} in a list, {@code .field} in a mapping. */
    private static String childPath(List<Frame> stack, String field) {
        Frame top = stack.get(stack.size() - 1);
        if (top.list) {
            top.index++;
            return top.path + "[" + top.index + "]";
        }
        return top.path.isEmpty() ? field : top.path + "." + field;
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
