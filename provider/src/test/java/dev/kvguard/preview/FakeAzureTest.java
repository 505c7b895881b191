package dev.kvguard.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pulumi.azurenative.keyvault.Vault;
import com.pulumi.azurenative.network.VirtualNetwork;
import com.pulumi.azurenative.resources.ResourceGroup;
import com.pulumi.core.internal.Constants;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** FakeAzure's preview outputs follow azure-native's PreviewOutputs over the SDK's output types. */
class FakeAzureTest {

    private static final String UNKNOWN = Constants.UnknownValue;

    @Test
    void aResourceGroupEchoesLocationAndTagsOnly() {
        Map<String, Object> outputs = FakeAzure.previewOutputs(ResourceGroup.class,
                Map.of("resourceGroupName", "rg", "location", "westeurope", "tags", Map.of("a", "b")));
        assertEquals(new TreeMap<>(Map.of("location", "westeurope", "tags", Map.of("a", "b"), "managedBy", UNKNOWN,
                "name", UNKNOWN, "properties", UNKNOWN, "type", UNKNOWN)), new TreeMap<>(outputs));
    }

    @Test
    void anObjectIsEchoedPropertyByPropertyWithItsReadOnlyPartsUnknown() {
        Map<String, Object> outputs = FakeAzure.previewOutputs(VirtualNetwork.class,
                Map.of("location", "westeurope", "addressSpace", Map.of("addressPrefixes", List.of("10.0.0.0/16"))));
        assertEquals(Map.of("addressPrefixes", List.of("10.0.0.0/16")), outputs.get("addressSpace"));
        assertEquals("westeurope", outputs.get("location"));
        assertEquals(UNKNOWN, outputs.get("etag"));
        assertEquals(UNKNOWN, outputs.get("subnets"));
    }

    @Test
    void theVaultUriIsUnknownSoTheVaultsPropertiesAreNotFullyKnown() {
        Map<String, Object> properties = Map.of("tenantId", "t", "sku", Map.of("family", "A", "name", "standard"),
                "enablePurgeProtection", true);
        @SuppressWarnings("unchecked")
        Map<String, Object> echoed = (Map<String, Object>) FakeAzure.previewOutputs(Vault.class,
                Map.of("location", "westeurope", "properties", properties)).get("properties");
        assertEquals("t", echoed.get("tenantId"));
        assertEquals(Map.of("family", "A", "name", "standard"), echoed.get("sku"));
        assertEquals(true, echoed.get("enablePurgeProtection"));
        assertEquals(UNKNOWN, echoed.get("vaultUri"));
        assertEquals(UNKNOWN, echoed.get("provisioningState"));
    }

    @Test
    void anInputOfTheWrongShapeIsNotEchoed() {
        Map<String, Object> outputs = FakeAzure.previewOutputs(ResourceGroup.class, Map.of("location", 7.0, "tags", "x"));
        assertEquals(UNKNOWN, outputs.get("location"));
        assertEquals(UNKNOWN, outputs.get("tags"));
    }
}
