package dev.kvguard.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kvguard.core.render.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Adds descriptions to the schema Pulumi's analyzer infers (it writes none), so that the SDKs other
 * languages generate carry documentation. The texts live in {@code schema-descriptions.properties},
 * keyed by the token's name ({@code SecureKeyVault}) and by name and property
 * ({@code SecureKeyVault.vaultName}, {@code NetworkRules.ipRules}); the package itself is {@code package}.
 */
final class SchemaDocs {

    private static final Properties TEXTS = load();

    private SchemaDocs() {
    }

    /** The schema with every description kvguard has; anything without one is left as it is. */
    static String describe(String schema) {
        try {
            ObjectNode root = (ObjectNode) Json.mapper().readTree(schema);
            put(root, "package");
            root.path("resources").fields().forEachRemaining(e -> {
                ObjectNode resource = (ObjectNode) e.getValue();
                String name = name(e.getKey());
                put(resource, name);
                properties(resource.path("inputProperties"), name);
                properties(resource.path("properties"), name);
            });
            root.path("types").fields().forEachRemaining(e -> {
                String name = name(e.getKey());
                put((ObjectNode) e.getValue(), name);
                properties(e.getValue().path("properties"), name);
            });
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void properties(JsonNode properties, String owner) {
        properties.fields().forEachRemaining(p -> put((ObjectNode) p.getValue(), owner + "." + p.getKey()));
    }

    private static void put(ObjectNode node, String key) {
        String text = TEXTS.getProperty(key);
        if (text != null) {
            node.put("description", text);
        }
    }

    /** {@code kvguard:index:NetworkRules} to {@code NetworkRules}. */
    private static String name(String token) {
        return token.substring(token.lastIndexOf(':') + 1);
    }

    private static Properties load() {
        Properties texts = new Properties();
        try (InputStream in = SchemaDocs.class.getResourceAsStream("schema-descriptions.properties")) {
            if (in != null) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
