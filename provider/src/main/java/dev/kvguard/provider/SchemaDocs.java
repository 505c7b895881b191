package dev.kvguard.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kvguard.core.render.Json;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.spec.declaration.ObjectType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Adds descriptions to the schema Pulumi's analyzer infers (it writes none), so that the SDKs other
 * languages generate carry documentation. The texts are those of the input declaration
 * ({@link Inputs}): a component or type by its name ({@code SecureKeyVault}, {@code NetworkRules}), its
 * inputs and outputs by name, and the package by {@link Inputs#PACKAGE_DESCRIPTION}.
 */
final class SchemaDocs {

    private static final Map<String, ObjectType> TYPES = Inputs.types().stream()
            .collect(Collectors.toUnmodifiableMap(ObjectType::name, t -> t));

    private SchemaDocs() {
    }

    /** The schema with every description kvguard has; anything without one is left as it is. */
    static String describe(String schema) {
        try {
            ObjectNode root = (ObjectNode) Json.mapper().readTree(schema);
            root.put("description", Inputs.PACKAGE_DESCRIPTION);
            root.path("resources").fields().forEachRemaining(e -> describe((ObjectNode) e.getValue(), e.getKey(), "inputProperties"));
            root.path("types").fields().forEachRemaining(e -> describe((ObjectNode) e.getValue(), e.getKey(), "properties"));
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Describes one resource or type, whose inputs are under {@code inputs}; a resource's outputs are under "properties". */
    private static void describe(ObjectNode node, String token, String inputs) {
        ObjectType type = TYPES.get(name(token));
        if (type == null) {
            return;
        }
        node.put("description", type.description());
        node.path(inputs).fields().forEachRemaining(p -> type.property(p.getKey())
                .ifPresent(declared -> ((ObjectNode) p.getValue()).put("description", declared.description())));
        if (type.isComponent()) {
            node.path("properties").fields().forEachRemaining(p -> {
                String text = type.outputs().get(p.getKey());
                if (text != null) {
                    ((ObjectNode) p.getValue()).put("description", text);
                }
            });
        }
    }

    /** {@code kvguard:index:NetworkRules} to {@code NetworkRules}. */
    private static String name(String token) {
        return token.substring(token.lastIndexOf(':') + 1);
    }
}
