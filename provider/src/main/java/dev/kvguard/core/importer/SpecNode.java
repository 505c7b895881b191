package dev.kvguard.core.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.spec.declaration.ObjectType;
import dev.kvguard.core.spec.declaration.Property;

/**
 * A mapping of a spec tree with its declared type, read and written by property handle; a handle of another
 * type is refused (see {@link Place#own}). It lives here rather than beside the declaration because the
 * declaration stays free of Jackson.
 *
 * @param node the mapping
 * @param type its declared type
 */
record SpecNode(ObjectNode node, ObjectType type) {

    /** The vault's inputs: a whole spec. */
    static SpecNode vault(ObjectNode spec) {
        return new SpecNode(spec, Inputs.SecureKeyVault.TYPE);
    }

    /** A node read as a mapping of {@code type}; anything else (a null list item) reads as an empty mapping. */
    static SpecNode read(JsonNode node, ObjectType type) {
        return new SpecNode(node instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode(), type);
    }

    boolean has(Property<?> property) {
        return node.has(name(property));
    }

    boolean hasNonNull(Property<?> property) {
        return node.hasNonNull(name(property));
    }

    /** The value, or null when absent. */
    JsonNode get(Property<?> property) {
        return node.get(name(property));
    }

    /** The value, or a missing node when absent. */
    JsonNode path(Property<?> property) {
        return node.path(name(property));
    }

    void set(Property<?> property, JsonNode value) {
        node.set(name(property), value);
    }

    void put(Property<?> property, String value) {
        node.put(name(property), value);
    }

    ArrayNode putArray(Property<?> property) {
        return node.putArray(name(property));
    }

    /** The nested mapping a property holds, created (replacing anything else there) when there is none. */
    SpecNode object(Property<ObjectType> property) {
        JsonNode existing = get(property);
        ObjectNode nested = existing != null && existing.isObject() ? (ObjectNode) existing : node.putObject(property.name());
        return new SpecNode(nested, property.objectType().orElseThrow());
    }

    private String name(Property<?> property) {
        return Place.own(type, property).name();
    }
}
