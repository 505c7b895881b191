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
                 'observed': {'location': 'westeurope', 'tenantId': '%s', 'sku': 'premium', 'softDeleteRetentionInDays': 7,
                   'enablePurgeProtection': true, 'enableRbacAuthorization': false, 'enabledForDiskEncryption': true,
                   'publicNetworkAccess': 'Disabled', 'tags': {'team': 'tf'},
                   'networkRules': {'defaultAction': 'Deny', 'bypass': 'AzureServices', 'ipRules': ['52.168.0.7/32'],
                     'virtualNetworkRules': [{'subnetId': '%s'}]},
                   'accessPolicies': [
                     {'objectId': '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'tenantId': '%s',
                      'permissions': {'keys': ['get', 'unwrapKey'], 'secrets': [], 'certificates': [], 'storage': []}},
                     {'objectId': '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a9f', 'tenantId': '%s', 'permissions': {'secrets': ['get', 'list']}}]}}
                """.formatted(SUBSCRIPTION, ImporterTest.TENANT, ImporterTest.SUBNET, ImporterTest.TENANT, ImporterTest.TENANT)),
                adopted.spec().get("existing"));
        assertFalse(imported.spec().has("existing"), "the imported vault is left as it was");
        assertTrue(adopted.notes().get("existing").get(0).startsWith("adopted by kvguard import --adopt"));
    }

    @Test
    void anIdThatIsNotAVaultIdIsNotTaken() {
        // The fixture's subscription 'x' is not a GUID: no id rather than one Pulumi cannot import.
        JsonNode doc = ImporterTest.json(ImporterTest.TF_STATE);
        ImportedVault adopted = Adoption.adopt(ImporterTest.only(doc), doc, null);
        assertNull(adopted.spec().get("existing").get("resourceId"));
        assertEquals(List.of("existing.resourceId: the document names no resource id; add " + dev.kvguard.core.azure.VaultId.SHAPE
                + " (or import with --subscription)."), adopted.notes().get("existing.resourceId"));
        ImportedVault derived = Adoption.adopt(ImporterTest.only(doc), doc, SUBSCRIPTION);
        assertEquals("/subscriptions/" + SUBSCRIPTION + "/resourceGroups/rg-tf/providers/Microsoft.KeyVault/vaults/kv-tf",
                derived.spec().get("existing").get("resourceId").asText());
    }

    @Test
    void publicNetworkAccessLeftOutOfTheSpecIsStillObserved() {
        // The import leaves Enabled out (Azure's default); adoption records it, so that disabling it is reported.
        JsonNode doc = ImporterTest.json(ImporterTest.AZ_SHOW.replace("'publicNetworkAccess': 'Disabled'", "'publicNetworkAccess': 'enabled'"));
        ImportedVault adopted = Adoption.adopt(ImporterTest.only(doc), doc, null);
        assertFalse(adopted.spec().has("publicNetworkAccess"));
        assertEquals("Enabled", adopted.spec().get("existing").get("observed").get("publicNetworkAccess").asText());
    }

    @Test
    void valuesAPlanKnowsOnlyAfterApplyAreNotObserved() {
        JsonNode doc = ImporterTest.json("""
                {'format_version': '1.2', 'planned_values': {'root_module': {'resources': [
                  {'address': 'azurerm_key_vault.a', 'mode': 'managed', 'type': 'azurerm_key_vault', 'values': {
                    'name': 'kv-a', 'location': 'westeurope', 'network_acls': [{'default_action': 'Deny', 'bypass': 'None',
                    'ip_rules': ['52.1.2.3'], 'virtual_network_subnet_ids': [null, '%s']}], 'access_policy': [
                    {'object_id': null, 'tenant_id': '%s', 'key_permissions': ['Get']}]}}]}},
                 'resource_changes': [{'address': 'azurerm_key_vault.a', 'change': {'actions': ['create'],
                   'after_unknown': {'id': true, 'tenant_id': true, 'network_acls': [{'ip_rules': [false],
                     'virtual_network_subnet_ids': [true, false]}], 'access_policy': [{'object_id': true}]}}}]}
                """.formatted(ImporterTest.SUBNET, ImporterTest.TENANT));
        JsonNode observed = Adoption.adopt(ImporterTest.only(doc), doc, null).spec().get("existing").get("observed");
        assertFalse(observed.has("tenantId"), observed.toString());
        assertFalse(observed.has("accessPolicies"), observed.toString());
        assertFalse(observed.path("networkRules").has("virtualNetworkRules"), observed.toString());
        assertEquals("52.1.2.3", observed.path("networkRules").path("ipRules").path(0).asText());
    }
}
