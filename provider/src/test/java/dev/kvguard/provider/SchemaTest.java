package dev.kvguard.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kvguard.core.render.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTest {

    static final Path CHECKED_IN = Path.of("../schema/schema.json");

    @Test
    void theCheckedInSchemaMatchesTheCode() throws Exception {
        JsonNode expected = Json.mapper().readTree(Files.readString(CHECKED_IN));
        JsonNode actual = Json.mapper().readTree(Schema.generate());
        assertEquals(List.of(), Schema.differences(expected, actual),
                "schema/schema.json is stale: run ./mvnw -B -q -pl provider compile exec:java@schema and commit it");
        assertEquals(Files.readString(CHECKED_IN), Schema.generate(), "same content, same bytes");
    }

    @Test
    void theDriftCheckFailsWhenAPropertyIsAddedWithoutRegenerating() throws Exception {
        JsonNode checkedIn = Json.mapper().readTree(Files.readString(CHECKED_IN));
        ObjectNode code = checkedIn.deepCopy();
        ((ObjectNode) code.at("/resources/kvguard:index:SecureKeyVault/inputProperties"))
                .putObject("newProperty").put("type", "string");
        assertEquals(List.of("added /resources/kvguard:index:SecureKeyVault/inputProperties/newProperty"),
                Schema.differences(checkedIn, code));
        ObjectNode retyped = checkedIn.deepCopy();
        ((ObjectNode) retyped.at("/resources/kvguard:index:SecureKeyVault/inputProperties/vaultName")).put("type", "integer");
        assertEquals(List.of("changed /resources/kvguard:index:SecureKeyVault/inputProperties/vaultName/type"),
                Schema.differences(checkedIn, retyped));
    }

    @Test
    void thePackageHasARealVersionAndBothComponents() throws Exception {
        JsonNode schema = Json.mapper().readTree(Schema.generate());
        assertEquals("kvguard", schema.get("name").asText());
        assertNotEquals("0.0.0", schema.get("version").asText());
        assertFalse(schema.get("version").asText().isEmpty());
        assertEquals(PackageInfo.DISPLAY_NAME, schema.get("displayName").asText());
        assertTrue(schema.at("/resources/kvguard:index:SecureKeyVault/inputProperties/networkRules").has("$ref"));
        assertTrue(schema.at("/resources/kvguard:index:SubnetServiceEndpoint/inputProperties").has("subnet"));
        assertEquals(List.of("location", "resourceGroupName", "tenantId", "vaultName"),
                List.of(Json.mapper().convertValue(schema.at("/resources/kvguard:index:SecureKeyVault/requiredInputs"), String[].class)));
        assertTrue(schema.at("/types/kvguard:index:Permissions/properties/keys/items/type").asText().equals("string"));
    }

    @Test
    void engineAddressIsTheOnlyNonLoggingArgument() {
        assertEquals(List.of("127.0.0.1:5555"),
                KvguardProvider.engineAddresses(new String[] {"--logtostderr", "-v=9", "--tracing", "x", "127.0.0.1:5555"}));
    }
}
