package dev.kvguard.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdoptionTest {
    static final String SUBSCRIPTION = "6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d";

    @Test
    void terraformStateGivesItsIdAndTheObservedSettings() {
        JsonNode doc = ImporterTest.json(ImporterTest.TF_STATE.replace("/subscriptions/x/", "/subscriptions/" + SUBSCRIPTION + "/"));
        ImportedVault imported = ImporterTest.only(doc);
        ImportedVault adopted = Adoption.adopt(imported, doc, null);
        assertEquals(ImporterTest.json("""
                {'resourceId': '/subscriptions/%s/resourceGroups/rg-tf/providers/Microsoft.KeyVault/vaults/kv-tf',
                 'observed': {'sku': 'premium', 'softDeleteRetentionInDays': 7, 'enablePurgeProtection': true,
                   'enableRbacAuthorization': false, 'enabledForDiskEncryption': true,
                   'networkRules': {'defaultAction': 'Deny', 'bypass': 'AzureServices', 'ipRules': ['52.168.0.7/32'],
                     'virtualNetworkRules': [{'subnetId': '%s'}]},
                   'accessPolicyCount': 2}}
                """.formatted(SUBSCRIPTION, ImporterTest.SUBNET)), adopted.spec().get("existing"));
        assertFalse(imported.spec().has("existing"), "the imported vault is left as it was");
        assertTrue(adopted.notes().get("existing").get(0).startsWith("adopted by kvguard import --adopt"));
    }

    @Test
    void anIdThatIsNotAVaultIdIsNotTaken() {
        // The fixture's subscription 'x' is not a GUID: no id rather than one Pulumi cannot import.
        JsonNode doc = ImporterTest.json(ImporterTest.TF_STATE);
        ImportedVault adopted = Adoption.adopt(ImporterTest.only(doc), doc, null);
        assertNull(adopted.spec().get("existing").get("resourceId"));
        assertEquals(List.of("existing.resourceId: the document names no resource id; add " + dev.kvguard.core.adopt.VaultId.SHAPE
                + " (or import with --subscription)."), adopted.notes().get("existing.resourceId"));
        ImportedVault derived = Adoption.adopt(ImporterTest.only(doc), doc, SUBSCRIPTION);
        assertEquals("/subscriptions/" + SUBSCRIPTION + "/resourceGroups/rg-tf/providers/Microsoft.KeyVault/vaults/kv-tf",
                derived.spec().get("existing").get("resourceId").asText());
    }
}
