package dev.kvguard.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.pulumi.provider.internal.models.GetSchemaRequest;
import dev.kvguard.core.render.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Other languages' SDKs are generated from the served schema: every component, input, output and type is described. */
class SchemaDocsTest {

    @Test
    void everyComponentInputOutputAndTypeHasADescription() throws Exception {
        JsonNode schema = Json.mapper().readTree(KvguardProvider.provider().getSchema(new GetSchemaRequest(0, null, null)).join().getSchema());
        List<String> missing = new ArrayList<>();
        if (schema.path("description").asText().isBlank()) {
            missing.add("package");
        }
        for (String section : List.of("resources", "types")) {
            schema.path(section).fields().forEachRemaining(e -> {
                if (e.getValue().path("description").asText().isBlank()) {
                    missing.add(e.getKey());
                }
                for (String properties : List.of("inputProperties", "properties")) {
                    e.getValue().path(properties).fields().forEachRemaining(p -> {
                        if (p.getValue().path("description").asText().isBlank()) {
                            missing.add(e.getKey() + "." + p.getKey());
                        }
                    });
                }
            });
        }
        assertEquals(List.of(), missing);
        assertEquals("Globally unique vault name: 3 to 24 letters, digits and hyphens, starting with a letter, ending with a letter "
                        + "or digit, without `--`.",
                schema.at("/resources/kvguard:index:SecureKeyVault/inputProperties/vaultName/description").asText());
        assertEquals("Public IPv4 addresses (`a.b.c.d`) and CIDR ranges (`a.b.c.d/n`) admitted.",
                schema.at("/types/kvguard:index:NetworkRules/properties/ipRules/description").asText());
    }
}
