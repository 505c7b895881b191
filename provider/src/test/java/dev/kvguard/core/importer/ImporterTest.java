package dev.kvguard.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kvguard.core.finding.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImporterTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TENANT = "8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d";
    static final String SUBNET = "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-net/providers/"
            + "Microsoft.Network/virtualNetworks/vnet-hub/subnets/snet-build";
    static final String WORKSPACE = "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-mon/providers/"
            + "Microsoft.OperationalInsights/workspaces/law";

    static JsonNode json(String text) {
        try {
            // Single quotes stand for JSON's double quotes, backticks for single quotes inside ARM expressions.
            return JSON.readTree(text.replace('\'', '"').replace('`', '\''));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static ImportedVault only(JsonNode document) {
        List<ImportedVault> vaults = Importer.vaults(document);
        assertEquals(1, vaults.size());
        return vaults.get(0);
    }

    /** An az keyvault show document: lower-case enum values and subnet id, /32, Terraform-like casing of permissions. */
    static final String AZ_SHOW = """
            {'id': '/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-kv/providers/Microsoft.KeyVault/vaults/kv-a',
             'name': 'kv-a', 'type': 'Microsoft.KeyVault/vaults', 'location': 'westeurope', 'resourceGroup': 'rg-kv',
             'tags': {'env': 'prod'},
             'properties': {'tenantId': '%s', 'sku': {'family': 'A', 'name': 'Premium'}, 'enableSoftDelete': false,
               'softDeleteRetentionInDays': 30, 'enablePurgeProtection': true, 'enabledForDeployment': true,
               'vaultUri': 'https://kv-a.vault.azure.net/', 'provisioningState': 'Succeeded', 'createMode': null,
               'publicNetworkAccess': 'Disabled', 'privateEndpointConnections': [
                 {'id': 'pec-1', 'privateLinkServiceConnectionState': {'status': 'Approved'}},
                 {'id': 'pec-2', 'properties': {'privateLinkServiceConnectionState': {'status': 'approved'}}},
                 {'id': 'pec-3', 'privateLinkServiceConnectionState': {'status': 'Pending'}},
                 {'id': 'pec-4', 'properties': {'privateLinkServiceConnectionState': {'status': 'Rejected'}}}],
               'networkAcls': {'defaultAction': 'deny', 'bypass': 'azureservices',
                 'ipRules': [{'value': '52.168.0.7/32'}, {'value': '40.74.28.0/24'}],
                 'virtualNetworkRules': [{'id': '%s', 'ignoreMissingVnetServiceEndpoint': true}]},
               'accessPolicies': [{'tenantId': '%s', 'objectId': '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'applicationId': null,
                 'permissions': {'keys': ['Get', 'WrapKey'], 'secrets': ['get'], 'certificates': ['ManageContacts']}}]}}
            """.formatted(TENANT, SUBNET.toLowerCase(java.util.Locale.ROOT), TENANT);

    @Test
    void aTagWhoseNameHoldsADotStaysOneTag() {
        ImportedVault v = only(json("""
                {'name': 'kv-a', 'type': 'Microsoft.KeyVault/vaults', 'tags': {'cost.centre': '42', 'env': 'prod'},
                 'properties': {'tenantId': '%s'}}
                """.formatted(TENANT)));
        // A tag's name is the user's map key, not a path: it was once split at the dot into a nested mapping.
        assertEquals("{\"cost.centre\":\"42\",\"env\":\"prod\"}", v.spec().get("tags").toString());
        assertEquals("tags.cost.centre", v.origins().get("tags.cost.centre"));
    }

    @Test
    void azKeyvaultShowIsCarriedOverWithAzuresCasingNormalised() {
        ImportedVault v = only(json(AZ_SHOW));
        assertEquals(DocumentFormat.AZURE_RESOURCE, DocumentFormat.detect(json(AZ_SHOW)));
        assertEquals(json("""
                {'vaultName': 'kv-a', 'resourceGroupName': 'rg-kv', 'location': 'westeurope', 'tenantId': '%s', 'sku': 'premium',
                 'softDeleteRetentionInDays': 30, 'enabledForDeployment': true, 'enablePurgeProtection': true,
                 'networkRules': {'defaultAction': 'Deny', 'bypass': 'AzureServices', 'ipRules': ['52.168.0.7/32', '40.74.28.0/24'],
                   'virtualNetworkRules': [{'subnetId': '%s'}]},
                 'accessPolicies': [{'objectId': '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'tenantId': '%s',
                   'permissions': {'keys': ['get', 'wrapKey'], 'secrets': ['get'], 'certificates': ['managecontacts']}}],
                 'tags': {'env': 'prod'}, 'publicNetworkAccess': 'Disabled'}
                """.formatted(TENANT, SUBNET, TENANT)), v.spec());
        // Only approved connections count (flattened as az prints them, or under properties as REST returns them), and
        // whether they are how clients reach the vault is for the user to confirm: a comment, never an active waiver.
        assertEquals(List.of("the vault has 2 approved private endpoint connections made outside kvguard"
                + " (properties.privateEndpointConnections). kvguard cannot adopt them; if clients reach the vault through them,"
                + " confirm it with privateEndpointsWaiver: \"<who owns them>\", or list them under privateEndpoints for kvguard"
                + " to manage."), v.notes().get("publicNetworkAccess"));
        assertEquals("properties.networkAcls.ipRules[0].value", v.origins().get("networkRules.ipRules[0]"));
        assertEquals("properties.networkAcls.virtualNetworkRules[0].id", v.origins().get("networkRules.virtualNetworkRules[0].subnetId"));
        assertEquals("properties.accessPolicies[0].permissions.keys[1]", v.origins().get("accessPolicies[0].permissions.keys[1]"));
        assertEquals("name", v.documentPath("logging"));
        assertEquals(List.of(), v.findings());
        String header = String.join("\n", v.notes().get(""));
        assertTrue(header.contains("enableSoftDelete: false was not carried over"), header);
        assertTrue(!header.contains("publicNetworkAccess"), header);
        assertEquals("properties.publicNetworkAccess", v.origins().get("publicNetworkAccess"));
        assertTrue(!header.contains("createMode") && !header.contains("vaultUri"), header);
        assertTrue(v.notes().get("networkRules.virtualNetworkRules[0]").get(0).startsWith("ignoreMissingVnetServiceEndpoint: true"));
    }

    @Test
    void subnetIdsKeepTheirNamesButGetTheDocumentedCaseOfTheFixedSegments() {
        assertEquals("/subscriptions/S/resourceGroups/RG-x/providers/Microsoft.Network/virtualNetworks/Vnet/subnets/Sub",
                Normalise.subnetId("/SUBSCRIPTIONS/S/resourcegroups/RG-x/PROVIDERS/microsoft.network/VIRTUALNETWORKS/Vnet/Subnets/Sub"));
        assertEquals("/subscriptions/S/resourceGroups/rg/providers/Microsoft.Sql/servers/x",
                Normalise.subnetId("/subscriptions/S/resourceGroups/rg/providers/Microsoft.Sql/servers/x"));
        assertEquals("not-an-id", Normalise.subnetId("not-an-id"));
    }

    @Test
    void aVaultWithoutNetworkAclsIsOpenAndSaysSo() {
        ImportedVault v = only(json("{'type': 'Microsoft.KeyVault/vaults', 'name': 'kv-a', 'location': 'westeurope',"
                + " 'id': '/subscriptions/x/resourceGroups/rg-from-id/providers/Microsoft.KeyVault/vaults/kv-a',"
                + " 'properties': {'tenantId': '" + TENANT + "', 'networkAcls': null}}"));
        assertEquals(json("{'defaultAction': 'Allow', 'bypass': 'AzureServices'}"), v.spec().get("networkRules"));
        assertEquals("rg-from-id", v.spec().path("resourceGroupName").asText());
        assertEquals("id", v.origins().get("resourceGroupName"));
        assertEquals(false, v.spec().path("enablePurgeProtection").asBoolean(true));
        assertTrue(v.notes().get("networkRules").get(0).contains("admits every network"));
        assertTrue(v.notes().get("enablePurgeProtection").get(0).contains("Azure leaves it off"));
    }

    @Test
    void restRequestBodyAndRestApiExample() {
        String body = "{'location': 'westus', 'properties': {'tenantId': '" + TENANT + "', 'sku': {'family': 'A', 'name': 'standard'},"
                + " 'networkAcls': {'defaultAction': 'Deny', 'ipRules': [{'value': '124.56.78.91'}]}}}";
        assertEquals(DocumentFormat.REST_BODY, DocumentFormat.detect(json(body)));
        ImportedVault v = only(json(body));
        assertTrue(!v.spec().has("vaultName") && !v.spec().has("resourceGroupName"));
        assertEquals("AzureServices", v.spec().path("networkRules").path("bypass").asText());
        assertTrue(v.notes().get("networkRules.bypass").get(0).contains("Azure's default is AzureServices"));
        assertEquals("properties", v.documentPath("vaultName"));

        String example = "{'parameters': {'vaultName': 'sample-vault', 'resourceGroupName': 'sample-rg', 'parameters': " + body + "}}";
        assertEquals(DocumentFormat.REST_EXAMPLE, DocumentFormat.detect(json(example)));
        ImportedVault e = only(json(example));
        assertEquals("sample-vault", e.spec().path("vaultName").asText());
        assertEquals("sample-rg", e.spec().path("resourceGroupName").asText());
        assertEquals("parameters.parameters.properties.networkAcls.ipRules[0].value", e.origins().get("networkRules.ipRules[0]"));
    }

    static final String TEMPLATE = """
            {'$schema': 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', 'contentVersion': '1.0.0.0',
             'parameters': {'name': {'type': 'string', 'defaultValue': 'kv-orders'}, 'object': {'type': 'string'}},
             'variables': {'tenant': '%s', 'law': '%s'},
             'resources': [
               {'type': 'Microsoft.Network/virtualNetworks', 'name': 'vnet'},
               {'type': 'Microsoft.KeyVault/vaults', 'name': '[parameters(`name`)]', 'location': '[resourceGroup().location]',
                'properties': {'tenantId': '[variables(`tenant`)]', 'sku': {'name': 'Standard'}, 'enablePurgeProtection': true,
                  'networkAcls': {'defaultAction': 'Deny', 'bypass': 'None', 'ipRules': [{'value': '[[literal]'}, {'value': '40.74.28.0/24'}]},
                  'accessPolicies': [{'objectId': '[parameters(`object`)]', 'permissions': {'secrets': ['get']}}]}},
               {'type': 'Microsoft.KeyVault/vaults/accessPolicies', 'name': '[format(`{0}/add`, parameters(`name`))]',
                'properties': {'accessPolicies': [{'objectId': '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a9f', 'permissions': {'keys': ['Get']}}]}},
               {'type': 'Microsoft.Insights/diagnosticSettings', 'name': 'audit',
                'scope': '[format(`Microsoft.KeyVault/vaults/{0}`, parameters(`name`))]',
                'properties': {'workspaceId': '[variables(`law`)]',
                  'logs': [{'categoryGroup': 'allLogs', 'enabled': true}, {'category': 'AuditEvent', 'enabled': false}],
                  'metrics': [{'category': 'AllMetrics', 'enabled': false}]}}]}
            """.formatted(TENANT, WORKSPACE);

    @Test
    void armTemplateWithNestedPoliciesAndItsDiagnosticSetting() {
        JsonNode doc = json(TEMPLATE);
        assertEquals(DocumentFormat.ARM_TEMPLATE, DocumentFormat.detect(doc));
        ImportedVault v = only(doc);
        assertEquals("resources[1]", v.label());
        assertEquals("kv-orders", v.spec().path("vaultName").asText());
        assertEquals(TENANT, v.spec().path("tenantId").asText());
        assertEquals("standard", v.spec().path("sku").asText());
        assertEquals(json("['[literal]', '40.74.28.0/24']"), v.spec().path("networkRules").path("ipRules"));
        assertEquals("None", v.spec().path("networkRules").path("bypass").asText());
        assertEquals("3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a9f", v.spec().path("accessPolicies").path(1).path("objectId").asText());
        assertEquals(json("{'keys': ['get']}"), v.spec().path("accessPolicies").path(1).path("permissions"));
        assertEquals("resources[2].properties.accessPolicies[0].objectId", v.origins().get("accessPolicies[1].objectId"));
        assertEquals(json("{'diagnosticSettingName': 'audit', 'logAnalyticsWorkspaceId': '" + WORKSPACE + "',"
                + " 'categories': ['AuditEvent', 'AzurePolicyEvaluationDetails'], 'metrics': false}"), v.spec().get("logging"));
        assertEquals("resources[3]", v.origins().get("logging"));
        // The unresolvable ones: the location (a function) and the policy's object id (a parameter without default).
        assertEquals(List.of("resources[1].location", "resources[1].properties.accessPolicies[0].objectId"),
                v.findings().stream().map(f -> f.path().toString()).toList());
        assertEquals(List.of("location", "accessPolicies[0].objectId"), v.unresolved());
        assertTrue(!v.spec().has("location") && !v.spec().path("accessPolicies").path(0).has("objectId"));
        assertTrue(v.notes().get("location").get(0).contains("[resourceGroup().location] is only known at deployment"));
    }

    @Test
    void eachKindOfUnresolvableExpressionIsAFindingWithItsReason() {
        JsonNode template = json("""
                {'contentVersion': '1.0.0.0', 'resources': [],
                 'parameters': {'noDefault': {'type': 'string'}, 'exprDefault': {'type': 'string', 'defaultValue': '[newGuid()]'},
                   'arrayWithExpr': {'type': 'array', 'defaultValue': ['[concat(1, 2)]']}, 'literal': {'type': 'int', 'defaultValue': 7}},
                 'variables': {'v': '[concat(`a`, `b`)]'}}
                """);
        ArmExpressions e = ArmExpressions.of(template);
        assertEquals("parameter 'noDefault' has no default value; its value is given at deployment",
                e.resolve(json("'[parameters(`noDefault`)]'")).reason());
        assertEquals("the default value of parameter 'exprDefault' is itself an expression ([newGuid()])",
                e.resolve(json("'[parameters(`exprDefault`)]'")).reason());
        assertEquals("the default value of parameter 'arrayWithExpr' is itself an expression ([\"[concat(1, 2)]\"])",
                e.resolve(json("'[parameters(`arrayWithExpr`)]'")).reason());
        assertEquals("parameter 'missing' is not declared", e.resolve(json("'[parameters(`missing`)]'")).reason());
        assertEquals("variable 'v' is itself an expression ([concat('a', 'b')])", e.resolve(json("'[variables(`v`)]'")).reason());
        assertEquals("only parameters('...') and variables('...') with literal values can be resolved before deployment",
                e.resolve(json("'[concat(`kv-`, parameters(`literal`))]'")).reason());
        assertEquals(7, e.resolve(json("'[parameters(`literal`)]'")).value().intValue());
        assertEquals("[not an expression", e.resolve(json("'[[not an expression'")).value().asText());
        assertEquals("plain", ArmExpressions.NONE.resolve(json("'plain'")).value().asText());
        assertEquals("[parameters('x')]", ArmExpressions.NONE.resolve(json("'[parameters(`x`)]'")).value().asText());
    }

    static final String TF_STATE = """
            {'format_version': '1.0', 'terraform_version': '1.7.5', 'values': {'root_module': {'resources': [
              {'address': 'data.azurerm_client_config.current', 'mode': 'data', 'type': 'azurerm_client_config', 'values': {}},
              {'address': 'azurerm_key_vault.main', 'mode': 'managed', 'type': 'azurerm_key_vault', 'name': 'main', 'values': {
                'id': '/subscriptions/x/resourceGroups/rg-tf/providers/Microsoft.KeyVault/vaults/kv-tf',
                'name': 'kv-tf', 'resource_group_name': 'rg-tf', 'location': 'westeurope', 'tenant_id': '%s', 'sku_name': 'premium',
                'soft_delete_retention_days': 7, 'purge_protection_enabled': true, 'enable_rbac_authorization': false,
                'enabled_for_disk_encryption': true, 'public_network_access_enabled': false,
                'network_acls': [{'bypass': 'AzureServices', 'default_action': 'Deny', 'ip_rules': ['52.168.0.7/32'],
                  'virtual_network_subnet_ids': ['%s']}],
                'access_policy': [{'tenant_id': '%s', 'object_id': '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'application_id': '',
                  'key_permissions': ['Get', 'UnwrapKey'], 'secret_permissions': [], 'certificate_permissions': [], 'storage_permissions': []}],
                'tags': {'team': 'tf'}}}],
              'child_modules': [{'address': 'module.access', 'resources': [
                {'address': 'module.access.azurerm_key_vault_access_policy.app', 'mode': 'managed', 'type': 'azurerm_key_vault_access_policy',
                 'values': {'key_vault_id': '/subscriptions/x/resourcegroups/rg-tf/providers/Microsoft.KeyVault/vaults/kv-tf',
                   'tenant_id': '%s', 'object_id': '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a9f', 'secret_permissions': ['Get', 'List']}},
                {'address': 'module.access.azurerm_monitor_diagnostic_setting.kv', 'mode': 'managed', 'type': 'azurerm_monitor_diagnostic_setting',
                 'values': {'name': 'kv-audit', 'target_resource_id': '/subscriptions/x/resourceGroups/rg-tf/providers/Microsoft.KeyVault/vaults/kv-tf',
                   'log_analytics_workspace_id': '%s', 'enabled_log': [{'category': 'AuditEvent', 'category_group': ''}],
                   'metric': [{'category': 'AllMetrics', 'enabled': true}]}}]}]}}}
            """.formatted(TENANT, SUBNET, TENANT, TENANT, WORKSPACE);

    @Test
    void terraformStateWithSeparatePolicyAndDiagnosticSettingInAChildModule() {
        JsonNode doc = json(TF_STATE);
        assertEquals(DocumentFormat.TERRAFORM, DocumentFormat.detect(doc));
        ImportedVault v = only(doc);
        assertEquals("azurerm_key_vault.main", v.label());
        assertEquals(json("""
                {'vaultName': 'kv-tf', 'resourceGroupName': 'rg-tf', 'location': 'westeurope', 'tenantId': '%s', 'sku': 'premium',
                 'softDeleteRetentionInDays': 7, 'enablePurgeProtection': true, 'enableRbacAuthorization': false,
                 'enabledForDiskEncryption': true,
                 'networkRules': {'defaultAction': 'Deny', 'bypass': 'AzureServices', 'ipRules': ['52.168.0.7/32'],
                   'virtualNetworkRules': [{'subnetId': '%s'}]},
                 'accessPolicies': [
                   {'objectId': '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'tenantId': '%s',
                    'permissions': {'keys': ['get', 'unwrapKey'], 'secrets': [], 'certificates': [], 'storage': []}},
                   {'objectId': '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a9f', 'tenantId': '%s', 'permissions': {'secrets': ['get', 'list']}}],
                 'tags': {'team': 'tf'}, 'publicNetworkAccess': 'Disabled',
                 'logging': {'diagnosticSettingName': 'kv-audit', 'logAnalyticsWorkspaceId': '%s', 'categories': ['AuditEvent'], 'metrics': true}}
                """.formatted(TENANT, SUBNET, TENANT, TENANT, WORKSPACE)), v.spec());
        // The switches come out in the same order run after run (they once followed a Map.of's per-run hash order).
        List<String> fields = new java.util.ArrayList<>();
        v.spec().fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("vaultName", "resourceGroupName", "location", "tenantId", "sku", "softDeleteRetentionInDays",
                "enablePurgeProtection", "enableRbacAuthorization", "enabledForDiskEncryption", "networkRules", "accessPolicies",
                "tags", "publicNetworkAccess", "logging"), fields);
        assertEquals("values.root_module.resources[1].values.network_acls[0].ip_rules[0]", v.origins().get("networkRules.ipRules[0]"));
        assertEquals("values.root_module.child_modules[0].resources[0].values.secret_permissions[1]",
                v.origins().get("accessPolicies[1].permissions.secrets[1]"));
        assertEquals("values.root_module.child_modules[0].resources[1]", v.origins().get("logging"));
        assertEquals("Disabled", v.spec().path("publicNetworkAccess").asText());
        assertFalse(v.spec().has("privateEndpointsWaiver"));
    }

    @Test
    void terraformPlanUsesPlannedValuesAndAttachesSeparateResourcesWhenIdsAreNotKnownYet() {
        JsonNode doc = json(TF_STATE.replace("'values': {'root_module'", "'planned_values': {'root_module'")
                .replace("'key_vault_id': '/subscriptions/x/resourcegroups/rg-tf/providers/Microsoft.KeyVault/vaults/kv-tf',", "")
                .replace("'target_resource_id': '/subscriptions/x/resourceGroups/rg-tf/providers/Microsoft.KeyVault/vaults/kv-tf',", "")
                .replace("'network_acls': [{", "'network_acls': [{'x': 1, "));
        ImportedVault v = only(doc);
        assertEquals("planned_values.root_module.resources[1].values.name", v.origins().get("vaultName"));
        assertEquals(2, v.spec().path("accessPolicies").size());
        // A diagnostic setting may target anything: with its target unknown and no configuration, it is left out.
        assertFalse(v.spec().has("logging"));
        assertEquals(List.of("the diagnostic setting module.access.azurerm_monitor_diagnostic_setting.kv was not carried over: "
                + "its target_resource_id is not known in this plan, nor is it written as a reference to this vault in the "
                + "plan's configuration."), v.notes().get("logging"));
        assertTrue(SpecYaml.write(v, List.of()).contains("# the diagnostic setting module.access.azurerm_monitor_diagnostic_setting.kv"
                + " was not carried over"), SpecYaml.write(v, List.of()));
    }

    /** A plan of one new vault and two diagnostic settings, {@code audit} and {@code other}, whose targets are not known yet. */
    static JsonNode planWithSettings(String auditRefs, String otherRefs, String otherTarget) {
        return json("""
                {'format_version': '1.2', 'planned_values': {'root_module': {'resources': [
                  {'address': 'azurerm_key_vault.main', 'mode': 'managed', 'type': 'azurerm_key_vault', 'values': {
                    'name': 'kv-tf', 'resource_group_name': 'rg-tf', 'location': 'westeurope', 'tenant_id': '%s'}},
                  {'address': 'azurerm_monitor_diagnostic_setting.audit', 'mode': 'managed', 'type': 'azurerm_monitor_diagnostic_setting',
                   'values': {'name': 'kv-audit', 'log_analytics_workspace_id': '%s', 'enabled_log': [{'category': 'AuditEvent'}]}},
                  {'address': 'azurerm_monitor_diagnostic_setting.other', 'mode': 'managed', 'type': 'azurerm_monitor_diagnostic_setting',
                   'values': {'name': 'aks-audit', %s 'log_analytics_workspace_id': '%s', 'enabled_log': [{'category': 'kube-audit'}]}}]}},
                 'configuration': {'root_module': {'resources': [
                   {'address': 'azurerm_key_vault.main', 'type': 'azurerm_key_vault', 'expressions': {}},
                   {'address': 'azurerm_monitor_diagnostic_setting.audit', 'type': 'azurerm_monitor_diagnostic_setting',
                    'expressions': {'target_resource_id': {'references': [%s]}}},
                   {'address': 'azurerm_monitor_diagnostic_setting.other', 'type': 'azurerm_monitor_diagnostic_setting',
                    'expressions': {'target_resource_id': {'references': [%s]}}}]}}}
                """.formatted(TENANT, WORKSPACE, otherTarget, WORKSPACE, auditRefs, otherRefs));
    }

    @Test
    void terraformPlanAttachesADiagnosticSettingOnlyWhenItsTargetIsThisVault() {
        // audit names the vault by reference; other targets an AKS cluster, unknown in the plan too.
        ImportedVault v = only(planWithSettings("'azurerm_key_vault.main.id', 'azurerm_key_vault.main'",
                "'azurerm_kubernetes_cluster.aks.id', 'azurerm_kubernetes_cluster.aks'", ""));
        assertEquals("kv-audit", v.spec().path("logging").path("diagnosticSettingName").asText());
        assertEquals("[\"AuditEvent\"]", v.spec().path("logging").path("categories").toString());
        assertEquals("planned_values.root_module.resources[1]", v.origins().get("logging"));
        assertEquals(List.of("the diagnostic setting azurerm_monitor_diagnostic_setting.other was not carried over: its "
                + "target_resource_id is not known in this plan, nor is it written as a reference to this vault in the "
                + "plan's configuration."), v.notes().get("logging"));

        // Swapped (kv-audit now targets the cluster, aks-audit the vault): the order of the document does not decide.
        ImportedVault swapped = only(planWithSettings("'azurerm_kubernetes_cluster.aks.id'", "'azurerm_key_vault.main.id'", ""));
        assertEquals("aks-audit", swapped.spec().path("logging").path("diagnosticSettingName").asText());

        // A target known to be another resource is left out without a note; one through a variable cannot be told.
        ImportedVault known = only(planWithSettings("'var.vault_id'", "",
                "'target_resource_id': '/subscriptions/x/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks',"));
        assertFalse(known.spec().has("logging"));
        assertEquals(1, known.notes().get("logging").size());
        assertTrue(known.notes().get("logging").get(0).startsWith("the diagnostic setting azurerm_monitor_diagnostic_setting.audit "),
                known.notes().toString());
    }

    @Test
    void terraformPlanUnknownsBecomeFindingsNeverTheTextNull() {
        JsonNode doc = json("""
                {'format_version': '1.2', 'planned_values': {'root_module': {'resources': [
                  {'address': 'azurerm_key_vault.a', 'mode': 'managed', 'type': 'azurerm_key_vault', 'values': {
                    'name': 'kv-a', 'location': 'westeurope', 'network_acls': [{'default_action': 'Deny', 'bypass': 'None',
                    'ip_rules': ['52.1.2.3'], 'virtual_network_subnet_ids': [null, '%s']}]}}]}},
                 'resource_changes': [{'address': 'azurerm_key_vault.a', 'change': {'actions': ['create'],
                   'after_unknown': {'id': true, 'tenant_id': true, 'network_acls': [{'ip_rules': [false],
                     'virtual_network_subnet_ids': [true, false]}]}}}]}
                """.formatted(SUBNET));
        ImportedVault v = only(doc);
        String values = "planned_values.root_module.resources[0].values";
        assertEquals(List.of("import-unknown " + values + ".tenant_id",
                        "import-unknown " + values + ".network_acls[0].virtual_network_subnet_ids[0]"),
                v.findings().stream().map(f -> f.ruleId() + " " + f.path()).toList());
        assertEquals("The plan marks '" + values + ".tenant_id' as known only after apply, so kvguard does not guess its value"
                + " for 'tenantId'.", v.findings().get(0).message());
        assertFalse(v.spec().has("tenantId"));
        assertEquals(List.of("tenantId", "networkRules.virtualNetworkRules[0].subnetId"), v.unresolved());
        assertEquals("52.1.2.3", v.spec().path("networkRules").path("ipRules").path(0).asText());
        assertEquals(SUBNET, v.spec().path("networkRules").path("virtualNetworkRules").path(1).path("subnetId").asText());
        assertFalse(v.spec().toString().contains("\"null\""), v.spec().toString());
        // The whole list unknown: reported once, and no empty list pretends the vault has no rules.
        ImportedVault list = only(json(doc.toString().replace("[true,false]", "true")));
        assertEquals("import-unknown " + values + ".network_acls[0].virtual_network_subnet_ids",
                list.findings().get(1).ruleId() + " " + list.findings().get(1).path());
        assertFalse(list.spec().path("networkRules").has("virtualNetworkRules"));
    }

    @Test
    void aTerraformTagKnownOnlyAfterApplyIsAFindingNotTheTextNull() {
        ImportedVault v = only(json("""
                {'format_version': '1.2', 'planned_values': {'root_module': {'resources': [
                  {'address': 'azurerm_key_vault.a', 'mode': 'managed', 'type': 'azurerm_key_vault', 'values': {
                    'name': 'kv-a', 'location': 'westeurope', 'tenant_id': '%s',
                    'tags': {'cost.centre': null, 'env': 'prod', 'cost.centre.owner': 'team-a'}}}]}},
                 'resource_changes': [{'address': 'azurerm_key_vault.a', 'change': {'actions': ['create'],
                   'after_unknown': {'id': true, 'tags': {'cost.centre': true}}}}]}
                """.formatted(TENANT)));
        String values = "planned_values.root_module.resources[0].values";
        assertEquals(List.of("import-unknown " + values + ".tags.cost.centre"),
                v.findings().stream().map(f -> f.ruleId() + " " + f.path()).toList());
        // A tag whose name starts with the unknown one's is known: map keys may hold dots.
        assertEquals("{\"env\":\"prod\",\"cost.centre.owner\":\"team-a\"}", v.spec().get("tags").toString());
    }

    @Test
    void nestedDeploymentsOfBicepModulesAreReadWithTheirOwnParameters() {
        JsonNode doc = json("""
                {'contentVersion': '1.0.0.0', 'parameters': {'Region': {'type': 'string', 'defaultValue': 'westeurope'}},
                 'resources': [
                  {'type': 'Microsoft.Resources/deployments', 'name': 'vault-module', 'properties': {
                    'expressionEvaluationOptions': {'scope': 'inner'},
                    'parameters': {'vaultName': {'value': 'kv-module'}, 'location': {'value': '[parameters(`region`)]'}},
                    'template': {'contentVersion': '1.0.0.0',
                      'parameters': {'VaultName': {'type': 'string'}, 'location': {'type': 'string'}},
                      'resources': [{'type': 'Microsoft.KeyVault/vaults', 'name': '[parameters(`vaultName`)]',
                        'location': '[parameters(`location`)]', 'properties': {},
                        'resources': [{'type': 'accessPolicies', 'name': 'add', 'properties': {'accessPolicies': [
                          {'tenantId': 't', 'objectId': 'o', 'permissions': {'secrets': ['get']}}]}}]}]}}},
                  {'type': 'Microsoft.Resources/deployments', 'name': 'outer', 'properties': {
                    'template': {'resources': [{'type': 'Microsoft.KeyVault/vaults', 'name': 'kv-outer',
                      'location': '[parameters(`region`)]', 'properties': {}}]}}}]}
                """);
        List<ImportedVault> vaults = Importer.vaults(doc);
        assertEquals(2, vaults.size());
        ImportedVault inner = vaults.get(0);
        assertEquals("resources[0].properties.template.resources[0]", inner.label());
        assertEquals(List.of(), inner.findings());
        assertEquals("kv-module", inner.spec().path("vaultName").asText());
        assertEquals("westeurope", inner.spec().path("location").asText());
        assertEquals("o", inner.spec().path("accessPolicies").path(0).path("objectId").asText());
        assertEquals("resources[0].properties.template.resources[0].resources[0].properties.accessPolicies[0]",
                inner.origins().get("accessPolicies[0]"));
        assertEquals("westeurope", vaults.get(1).spec().path("location").asText());
        assertEquals("resources[1].properties.template.resources[0]", vaults.get(1).label());
    }

    @Test
    void conditionsCopyLoopsAndExistingVaultsAreNoted() {
        JsonNode doc = json("""
                {'contentVersion': '1.0.0.0', 'parameters': {'deploy': {'type': 'bool', 'defaultValue': false}}, 'resources': [
                  {'type': 'Microsoft.KeyVault/vaults', 'name': 'kv-a', 'condition': '[parameters(`Deploy`)]', 'properties': {}},
                  {'type': 'Microsoft.KeyVault/vaults', 'name': 'kv-b', 'condition': '[equals(1, 1)]', 'properties': {}},
                  {'type': 'Microsoft.KeyVault/vaults', 'name': 'kv-c', 'condition': true, 'copy': {'name': 'c', 'count': 2},
                   'properties': {}}]}
                """);
        List<ImportedVault> vaults = Importer.vaults(doc);
        assertEquals(List.of("the template does not deploy this vault: resources[0].condition is false."), vaults.get(0).notes().get(""));
        assertEquals(List.of("the template deploys this vault only when resources[1].condition ([equals(1, 1)]) holds at deployment."),
                vaults.get(1).notes().get(""));
        assertEquals(List.of("resources[2].copy deploys this vault several times; kvguard imported it once: write one spec per copy."),
                vaults.get(2).notes().get(""));
    }

    @Test
    void languageVersionTwoTemplatesKeyResourcesBySymbolicName() {
        JsonNode doc = json("""
                {'$schema': 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', 'languageVersion': '2.0',
                 'contentVersion': '1.0.0.0', 'resources': {
                  'old': {'type': 'Microsoft.KeyVault/vaults', 'existing': true, 'name': 'kv-old'},
                  'vault': {'type': 'Microsoft.KeyVault/vaults', 'name': 'kv-new', 'properties': {'networkAcls': {'defaultAction': 'Deny'}}},
                  'audit': {'type': 'Microsoft.Insights/diagnosticSettings', 'scope': 'Microsoft.KeyVault/vaults/kv-new', 'name': 'audit',
                   'properties': {'workspaceId': 'w', 'logs': [{'category': 'AuditEvent', 'enabled': true}]}}}}
                """);
        assertEquals(DocumentFormat.ARM_TEMPLATE, DocumentFormat.detect(doc));
        List<ImportedVault> vaults = Importer.vaults(doc);
        assertEquals(List.of("resources.old", "resources.vault"), vaults.stream().map(ImportedVault::label).toList());
        assertEquals(List.of("resources.old.existing is true: the template refers to this vault and does not deploy it."),
                vaults.get(0).notes().get(""));
        assertEquals("resources.vault.properties.networkAcls.defaultAction", vaults.get(1).origins().get("networkRules.defaultAction"));
        assertEquals("audit", vaults.get(1).spec().path("logging").path("diagnosticSettingName").asText());
        assertFalse(vaults.get(0).spec().has("logging"));
    }

    @Test
    void aTerraformVaultWithoutNetworkAclsIsOpen() {
        ImportedVault v = only(json("{'format_version': '1.0', 'values': {'root_module': {'resources': [{'address': 'azurerm_key_vault.a',"
                + " 'type': 'azurerm_key_vault', 'values': {'name': 'kv-a', 'network_acls': []}}]}}}"));
        assertEquals(json("{'defaultAction': 'Allow', 'bypass': 'AzureServices'}"), v.spec().get("networkRules"));
        assertEquals(false, v.spec().path("enablePurgeProtection").asBoolean(true));
    }

    @Test
    void twoVaultsInOneTemplateEachGetTheirOwnChildren() {
        JsonNode doc = json("""
                {'contentVersion': '1.0.0.0', 'resources': [
                  {'type': 'Microsoft.KeyVault/vaults', 'name': 'kv-one', 'properties': {}},
                  {'type': 'microsoft.keyvault/vaults', 'name': 'kv-two', 'properties': {}},
                  {'type': 'Microsoft.KeyVault/vaults/providers/diagnosticSettings', 'name': 'kv-two/Microsoft.Insights/audit',
                   'properties': {'storageAccountId': 'sa', 'logs': [{'category': 'AuditEvent'}]}}]}
                """);
        List<ImportedVault> vaults = Importer.vaults(doc);
        assertEquals(List.of("resources[0]", "resources[1]"), vaults.stream().map(ImportedVault::label).toList());
        assertTrue(!vaults.get(0).spec().has("logging"));
        assertEquals("sa", vaults.get(1).spec().path("logging").path("storageAccountId").asText());
        assertEquals(List.of(), Importer.vaults(json("{'vaultName': 'kv-a'}")));
        assertEquals(DocumentFormat.SPEC, DocumentFormat.detect(json("{'vaultName': 'kv-a', 'properties': {}}")));
    }

    @Test
    void lockingDownAnOpenVaultClosesItAndStagesTheChange() {
        ImportedVault open = only(json("{'type': 'Microsoft.KeyVault/vaults', 'name': 'kv-a', 'properties': {}}"));
        ImportedVault locked = open.lockedDown();
        assertEquals("Deny", locked.spec().path("networkRules").path("defaultAction").asText());
        assertEquals("observe", locked.spec().path("stage").asText());
        assertEquals("Allow", open.spec().path("networkRules").path("defaultAction").asText());
        ImportedVault closed = only(json("{'type': 'Microsoft.KeyVault/vaults', 'name': 'kv-a', 'properties': {'networkAcls':"
                + " {'defaultAction': 'Deny'}}}")).lockedDown();
        assertTrue(!closed.spec().has("stage"));
    }

    @Test
    void theExamplesImportWithoutFindings() throws Exception {
        for (String name : List.of("payments-vault.az.json", "open-vault.template.json")) {
            JsonNode doc = JSON.readTree(Files.readString(Path.of("../examples/import", name)));
            assertEquals(List.of(), only(doc).findings(), name);
        }
    }
}
