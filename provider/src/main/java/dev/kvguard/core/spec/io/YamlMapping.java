package dev.kvguard.core.spec.io;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML mapping that remembers which of its keys YAML does not read as text ({@code ~} and {@code null} are
 * null, {@code 0x1F} a number, {@code true} a boolean). A JSON tree has text keys only, so these keys would
 * otherwise become names silently; where keys are the user's names (tags), the binder refuses them.
 */
final class YamlMapping extends ObjectNode {
    private final Map<String, String> nonTextKeys = new HashMap<>();

    YamlMapping(JsonNodeFactory nodes) {
        super(nodes);
    }

    void markNonTextKey(String key, String kind) {
        nonTextKeys.put(key, kind);
    }

    /** What YAML reads the key as ("a null", "a number", "a boolean"), or empty when it is text. */
    static Optional<String> nonTextKind(com.fasterxml.jackson.databind.JsonNode mapping, String key) {
        return mapping instanceof YamlMapping m ? Optional.ofNullable(m.nonTextKeys.get(key)) : Optional.empty();
    }
}
