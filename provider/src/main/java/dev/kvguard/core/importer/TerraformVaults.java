package dev.kvguard.core.importer;

import static dev.kvguard.core.importer.AzureVaults.permissions;
import static dev.kvguard.core.importer.AzureVaults.scalar;
import static dev.kvguard.core.importer.AzureVaults.text;
import static dev.kvguard.core.importer.Carry.at;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kvguard.core.spec.Bypass;
import dev.kvguard.core.spec.CertificatePermission;
import dev.kvguard.core.spec.DefaultAction;
import dev.kvguard.core.spec.KeyPermission;
import dev.kvguard.core.spec.PublicNetworkAccess;
import dev.kvguard.core.spec.SecretPermission;
import dev.kvguard.core.spec.Sku;
import dev.kvguard.core.spec.StoragePermission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carries {@code azurerm_key_vault} resources of {@code terraform show -json} (a plan's planned values or
 * the state), with their separate {@code azurerm_key_vault_access_policy} and
 * {@code azurerm_monitor_diagnostic_setting} resources, over to kvguard's spec.
 */
final class TerraformVaults {
    private static final Map<String, String> FLAGS = Map.of(
            "soft_delete_retention_days", "softDeleteRetentionInDays",
            "purge_protection_enabled", "enablePurgeProtection",
            "enable_rbac_authorization", "enableRbacAuthorization",
            "rbac_authorization_enabled", "enableRbacAuthorization",
            "enabled_for_deployment", "enabledForDeployment",
            "enabled_for_template_deployment", "enabledForTemplateDeployment",
            "enabled_for_disk_encryption", "enabledForDiskEncryption");

    private TerraformVaults() {
    }

    /** A resource of the document with its path. */
    record Resource(JsonNode node, String path) {
        String type() {
            return node.path("type").asText();
        }

        JsonNode values() {
            return node.path("values");
        }

        String valuesPath() {
            return path + ".values";
        }
    }

    static List<ImportedVault> read(JsonNode root) {
        List<Resource> resources = new ArrayList<>();
        if (root.has("planned_values")) {
            module(root.path("planned_values").path("root_module"), "planned_values.root_module", resources);
        } else {
            module(root.path("values").path("root_module"), "values.root_module", resources);
        }
        Set<String> unknown = unknown(root, resources);
        Map<String, List<String>> references = new HashMap<>();
        targetReferences(root.path("configuration").path("root_module"), "", references);
        List<Resource> vaults = resources.stream().filter(r -> r.type().equals("azurerm_key_vault")).toList();
        List<ImportedVault> out = new ArrayList<>();
        for (Resource vault : vaults) {
            Carry c = new Carry(vault.node().path("address").asText(vault.path()), at(vault.path(), "address"), ArmExpressions.NONE);
            c.unknownAt(unknown);
            vault(c, vault);
            int policies = c.has("accessPolicies") ? vault.values().path("access_policy").size() : 0;
            for (Resource r : resources) {
                if (r.type().equals("azurerm_key_vault_access_policy") && belongs(r.values().get("key_vault_id"), vault, vaults)) {
                    policy(c, r.values(), r.valuesPath(), policies++);
                } else if (r.type().equals("azurerm_monitor_diagnostic_setting")) {
                    Target target = target(r, vault, references);
                    if (target == Target.THIS_VAULT) {
                        diagnosticSetting(c, r);
                    } else if (target == Target.UNKNOWN) {
                        c.note("logging", "the diagnostic setting " + r.node().path("address").asText(r.path())
                                + " was not carried over: its target_resource_id is not known in this plan, nor is it "
                                + "written as a reference to this vault in the plan's configuration.");
                    }
                }
            }
            out.add(c.build());
        }
        return out;
    }

    /**
     * The document paths, below each resource's {@code values}, of what a plan knows only after apply:
     * {@code resource_changes[].change.after_unknown} mirrors the values with {@code true} at each unknown.
     */
    private static Set<String> unknown(JsonNode root, List<Resource> resources) {
        Map<String, JsonNode> afterUnknown = new HashMap<>();
        for (JsonNode change : root.path("resource_changes")) {
            afterUnknown.put(change.path("address").asText(), change.path("change").path("after_unknown"));
        }
        Set<String> out = new HashSet<>();
        for (Resource r : resources) {
            marked(afterUnknown.get(r.node().path("address").asText()), r.valuesPath(), out);
        }
        return out;
    }

    private static void marked(JsonNode node, String path, Set<String> out) {
        if (node == null) {
            return;
        }
        if (node.isBoolean() && node.asBoolean()) {
            out.add(path);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                marked(node.get(i), path + "[" + i + "]", out);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> marked(f.getValue(), path + "." + f.getKey(), out));
        }
    }

    private static void module(JsonNode module, String path, List<Resource> out) {
        JsonNode resources = module.path("resources");
        for (int i = 0; i < resources.size(); i++) {
            if (!"data".equals(resources.get(i).path("mode").asText())) {
                out.add(new Resource(resources.get(i), path + ".resources[" + i + "]"));
            }
        }
        JsonNode children = module.path("child_modules");
        for (int i = 0; i < children.size(); i++) {
            module(children.get(i), path + ".child_modules[" + i + "]", out);
        }
    }

    /**
     * Whether a separate resource belongs to this vault: its vault id is the vault's id, or (in a plan,
     * where ids are not known yet) the document holds only this vault.
     */
    private static boolean belongs(JsonNode id, Resource vault, List<Resource> vaults) {
        if (id == null || id.isNull()) {
            return vaults.size() == 1;
        }
        return id.asText().equalsIgnoreCase(vault.values().path("id").asText());
    }

    /** Whether a diagnostic setting's target is this vault, another resource, or cannot be told. */
    private enum Target { THIS_VAULT, OTHER, UNKNOWN }

    /**
     * A diagnostic setting can target anything (an AKS cluster, a storage account), so it is this vault's
     * only when its {@code target_resource_id} is the vault's id, or, in a plan where neither id is known
     * yet, when the configuration writes it as a reference to this vault.
     */
    private static Target target(Resource setting, Resource vault, Map<String, List<String>> references) {
        JsonNode id = setting.values().get("target_resource_id");
        String vaultId = vault.values().path("id").asText("");
        if (id != null && id.isTextual() && !id.asText().isEmpty()) {
            return vaultId.isEmpty() || !id.asText().equalsIgnoreCase(vaultId) ? Target.OTHER : Target.THIS_VAULT;
        }
        List<String> refs = references.get(configAddress(setting.node().path("address").asText()));
        if (refs == null || refs.isEmpty()) {
            return Target.UNKNOWN;
        }
        String address = vault.node().path("address").asText();
        String config = configAddress(address);
        // Terraform lists both "x.id" and "x" (and, for an instance, "x[0].id", "x[0]" and "x").
        boolean named = refs.contains(address) || refs.contains(address + ".id");
        boolean single = address.equals(config) && (refs.contains(config) || refs.contains(config + ".id"));
        if (named || single) {
            return Target.THIS_VAULT;
        }
        // Another vault of the document takes it; anything else (a cluster, a variable) cannot be told apart.
        return refs.stream().anyMatch(ref -> configAddress(ref).matches("(module\\.[^.]+\\.)*azurerm_key_vault\\.[^.]+(\\.id)?"))
                ? Target.OTHER : Target.UNKNOWN;
    }

    /** A resource's address without instance keys ({@code module.m[0].a.b["k"]} is {@code module.m.a.b}): its configuration address. */
    private static String configAddress(String address) {
        return address.replaceAll("\\[[^\\]]*]", "");
    }

    /**
     * The references of each {@code azurerm_monitor_diagnostic_setting}'s {@code target_resource_id} in the
     * plan's {@code configuration}, by configuration address, as full addresses: a module's resources
     * and references are written relative to the module.
     */
    private static void targetReferences(JsonNode module, String prefix, Map<String, List<String>> out) {
        for (JsonNode r : module.path("resources")) {
            if (r.path("type").asText().equals("azurerm_monitor_diagnostic_setting")) {
                List<String> refs = new ArrayList<>();
                r.path("expressions").path("target_resource_id").path("references").forEach(ref -> refs.add(prefix + ref.asText()));
                out.put(prefix + r.path("address").asText(), refs);
            }
        }
        module.path("module_calls").fields().forEachRemaining(call ->
                targetReferences(call.getValue().path("module"), prefix + "module." + call.getKey() + ".", out));
    }

    private static void vault(Carry c, Resource vault) {
        JsonNode v = vault.values();
        String p = vault.valuesPath();
        text(c, v.get("name"), at(p, "name"), "vaultName");
        text(c, v.get("resource_group_name"), at(p, "resource_group_name"), "resourceGroupName");
        text(c, v.get("location"), at(p, "location"), "location");
        text(c, v.get("tenant_id"), at(p, "tenant_id"), "tenantId");
        if (v.path("sku_name").isTextual()) {
            c.put("sku", TextNode.valueOf(Normalise.enumName(Sku.class, v.path("sku_name").asText())), at(p, "sku_name"));
        }
        FLAGS.forEach((tf, spec) -> scalar(c, v.get(tf), at(p, tf), spec));
        if (!v.has("purge_protection_enabled") || v.get("purge_protection_enabled").isNull()) {
            AzureVaults.purgeProtectionOff(c, p);
        }
        JsonNode acls = v.path("network_acls");
        JsonNode acl = acls.isArray() ? acls.path(0) : acls;
        String a = at(p, acls.isArray() ? "network_acls[0]" : "network_acls");
        if (acl.isMissingNode() || acl.isNull()) {
            AzureVaults.open(c, p, "network_acls");
        } else {
            c.origin("networkRules", a);
            c.put("networkRules.defaultAction", TextNode.valueOf(Normalise.enumName(DefaultAction.class,
                    acl.path("default_action").asText("Allow"))), at(a, "default_action"));
            c.put("networkRules.bypass", TextNode.valueOf(Normalise.enumName(Bypass.class,
                    acl.path("bypass").asText("AzureServices"))), at(a, "bypass"));
            knownList(c, acl.path("ip_rules"), at(a, "ip_rules"), "networkRules.ipRules", "",
                    (i, value, d) -> c.put("networkRules.ipRules[" + i + "]", TextNode.valueOf(value.asText()), d));
            knownList(c, acl.path("virtual_network_subnet_ids"), at(a, "virtual_network_subnet_ids"), "networkRules.virtualNetworkRules",
                    ".subnetId", (i, value, d) -> {
                        c.origin("networkRules.virtualNetworkRules[" + i + "]", d);
                        c.put("networkRules.virtualNetworkRules[" + i + "].subnetId", TextNode.valueOf(Normalise.subnetId(value.asText())), d);
                    });
        }
        JsonNode inline = v.path("access_policy");
        for (int i = 0; i < inline.size(); i++) {
            policy(c, inline.get(i), at(p, "access_policy[" + i + "]"), i);
        }
        JsonNode tags = v.path("tags");
        tags.fields().forEachRemaining(t -> c.put("tags." + t.getKey(), TextNode.valueOf(t.getValue().asText()),
                at(p, "tags." + t.getKey())));
        JsonNode access = c.value(v.get("public_network_access_enabled"), at(p, "public_network_access_enabled"), "publicNetworkAccess");
        if (access != null && access.isBoolean()) {
            // The state holds no private endpoint connections; azurerm_private_endpoint is a resource of its own.
            AzureVaults.publicNetworkAccess(c, (access.asBoolean() ? PublicNetworkAccess.ENABLED : PublicNetworkAccess.DISABLED)
                    .specName(), at(p, "public_network_access_enabled"),
                    com.fasterxml.jackson.databind.node.MissingNode.getInstance(), "");
        }
    }

    /** Writes one list item from the document path {@code docPath}. */
    private interface Item {
        void put(int index, JsonNode value, String docPath);
    }

    /**
     * Carries a list a plan may know only in part: an unknown list, or an unknown item, becomes a finding
     * (through {@link Carry#known}) and the rest is carried by {@code item}.
     */
    private static void knownList(Carry c, JsonNode list, String docPath, String specPath, String itemField, Item item) {
        if (!c.known(docPath, specPath)) {
            return;
        }
        c.put(specPath, JsonNodeFactory.instance.arrayNode(), docPath);
        for (int i = 0; i < list.size(); i++) {
            String d = docPath + "[" + i + "]";
            if (c.known(d, specPath + "[" + i + "]" + itemField)) {
                item.put(i, list.get(i), d);
            }
        }
    }

    private static void policy(Carry c, JsonNode policy, String d, int n) {
        String s = "accessPolicies[" + n + "]";
        c.origin(s, d);
        text(c, policy.get("object_id"), d + ".object_id", s + ".objectId");
        text(c, policy.get("tenant_id"), d + ".tenant_id", s + ".tenantId");
        text(c, policy.get("application_id"), d + ".application_id", s + ".applicationId");
        c.put(s + ".permissions", JsonNodeFactory.instance.objectNode(), d);
        permissions(c, policy.get("key_permissions"), d + ".key_permissions", s + ".permissions.keys", KeyPermission.class);
        permissions(c, policy.get("secret_permissions"), d + ".secret_permissions", s + ".permissions.secrets", SecretPermission.class);
        permissions(c, policy.get("certificate_permissions"), d + ".certificate_permissions", s + ".permissions.certificates",
                CertificatePermission.class);
        permissions(c, policy.get("storage_permissions"), d + ".storage_permissions", s + ".permissions.storage",
                StoragePermission.class);
    }

    private static void diagnosticSetting(Carry c, Resource r) {
        if (c.has("logging")) {
            c.note("logging", "another diagnostic setting at " + r.path() + " was not carried over: kvguard manages one.");
            return;
        }
        JsonNode v = r.values();
        String p = r.valuesPath();
        c.origin("logging", r.path());
        text(c, v.get("name"), at(p, "name"), "logging.diagnosticSettingName");
        text(c, v.get("log_analytics_workspace_id"), at(p, "log_analytics_workspace_id"), "logging.logAnalyticsWorkspaceId");
        text(c, v.get("storage_account_id"), at(p, "storage_account_id"), "logging.storageAccountId");
        text(c, v.get("eventhub_authorization_rule_id"), at(p, "eventhub_authorization_rule_id"), "logging.eventHubAuthorizationRuleId");
        text(c, v.get("eventhub_name"), at(p, "eventhub_name"), "logging.eventHubName");
        String logs = v.has("enabled_log") ? "enabled_log" : "log";
        AzureVaults.logs(c, v.path(logs), at(p, logs), "category", "category_group", "enabled");
        String metrics = v.has("enabled_metric") ? "enabled_metric" : "metric";
        AzureVaults.metrics(c, v.path(metrics), at(p, metrics));
    }
}
