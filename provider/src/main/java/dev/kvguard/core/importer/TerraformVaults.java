package dev.kvguard.core.importer;

import static dev.kvguard.core.importer.AzureVaults.text;
import static dev.kvguard.core.importer.Carry.at;
import static dev.kvguard.core.importer.Place.LOGGING;
import static dev.kvguard.core.importer.Place.NETWORK_RULES;
import static dev.kvguard.core.importer.Place.VAULT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.Bypass;
import dev.kvguard.core.spec.DefaultAction;
import dev.kvguard.core.spec.PublicNetworkAccess;
import dev.kvguard.core.spec.Sku;
import dev.kvguard.core.spec.declaration.Inputs.Logging;
import dev.kvguard.core.spec.declaration.Inputs.NetworkRules;
import dev.kvguard.core.spec.declaration.Inputs.SecureKeyVault;
import dev.kvguard.core.spec.declaration.Inputs.VirtualNetworkRule;
import dev.kvguard.core.spec.declaration.Property;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carries {@code azurerm_key_vault} resources of {@code terraform show -json} (a plan's planned values or
 * the state), with their separate {@code azurerm_key_vault_access_policy} and
 * {@code azurerm_monitor_diagnostic_setting} resources, over to kvguard's spec. Terraform's names are those
 * of {@link TerraformNames}; kvguard's are {@code Inputs}' handles.
 */
final class TerraformVaults {
    /** azurerm's switches and the spec properties they are carried to as they are. */
    private static final List<Map.Entry<String, Property<?>>> FLAGS = List.of(
            Map.entry(TerraformNames.SOFT_DELETE_RETENTION_DAYS, SecureKeyVault.SOFT_DELETE_RETENTION_IN_DAYS),
            Map.entry(TerraformNames.PURGE_PROTECTION_ENABLED, SecureKeyVault.ENABLE_PURGE_PROTECTION),
            Map.entry(TerraformNames.ENABLE_RBAC_AUTHORIZATION, SecureKeyVault.ENABLE_RBAC_AUTHORIZATION),
            Map.entry(TerraformNames.RBAC_AUTHORIZATION_ENABLED, SecureKeyVault.ENABLE_RBAC_AUTHORIZATION),
            Map.entry(TerraformNames.ENABLED_FOR_DEPLOYMENT, SecureKeyVault.ENABLED_FOR_DEPLOYMENT),
            Map.entry(TerraformNames.ENABLED_FOR_TEMPLATE_DEPLOYMENT, SecureKeyVault.ENABLED_FOR_TEMPLATE_DEPLOYMENT),
            Map.entry(TerraformNames.ENABLED_FOR_DISK_ENCRYPTION, SecureKeyVault.ENABLED_FOR_DISK_ENCRYPTION));

    /** azurerm's access policy (a block of the vault or a resource of its own): permission lists on the policy. */
    private static final AzureVaults.PolicyShape POLICY = new AzureVaults.PolicyShape(TerraformNames.OBJECT_ID,
            TerraformNames.TENANT_ID, TerraformNames.APPLICATION_ID, null, TerraformNames.KEY_PERMISSIONS,
            TerraformNames.SECRET_PERMISSIONS, TerraformNames.CERTIFICATE_PERMISSIONS, TerraformNames.STORAGE_PERMISSIONS);

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
        List<Resource> vaults = resources.stream().filter(r -> r.type().equals(TerraformNames.KEY_VAULT)).toList();
        List<ImportedVault> out = new ArrayList<>();
        for (Resource vault : vaults) {
            Carry c = new Carry(vault.node().path("address").asText(vault.path()), at(vault.path(), "address"), ArmExpressions.NONE);
            c.unknownAt(unknown);
            vault(c, vault);
            int policies = c.has(SecureKeyVault.ACCESS_POLICIES) ? vault.values().path(TerraformNames.ACCESS_POLICY_BLOCK).size() : 0;
            for (Resource r : resources) {
                if (r.type().equals(TerraformNames.ACCESS_POLICY) && belongs(r.values().get(TerraformNames.KEY_VAULT_ID), vault, vaults)) {
                    AzureVaults.policy(c, r.values(), r.valuesPath(), policies++, POLICY);
                } else if (r.type().equals(TerraformNames.DIAGNOSTIC_SETTING)) {
                    Target target = target(r, vault, references);
                    if (target == Target.THIS_VAULT) {
                        diagnosticSetting(c, r);
                    } else if (target == Target.UNKNOWN) {
                        c.note(LOGGING.path(), "the diagnostic setting " + r.node().path("address").asText(r.path())
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
        return id.asText().equalsIgnoreCase(vault.values().path(TerraformNames.ID).asText());
    }

    /** Whether a diagnostic setting's target is this vault, another resource, or cannot be told. */
    private enum Target { THIS_VAULT, OTHER, UNKNOWN }

    /**
     * A diagnostic setting can target anything (an AKS cluster, a storage account), so it is this vault's
     * only when its {@code target_resource_id} is the vault's id, or, in a plan where neither id is known
     * yet, when the configuration writes it as a reference to this vault.
     */
    private static Target target(Resource setting, Resource vault, Map<String, List<String>> references) {
        JsonNode id = setting.values().get(TerraformNames.TARGET_RESOURCE_ID);
        String vaultId = vault.values().path(TerraformNames.ID).asText("");
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
            if (r.path("type").asText().equals(TerraformNames.DIAGNOSTIC_SETTING)) {
                List<String> refs = new ArrayList<>();
                r.path("expressions").path(TerraformNames.TARGET_RESOURCE_ID).path("references").forEach(ref -> refs.add(prefix + ref.asText()));
                out.put(prefix + r.path("address").asText(), refs);
            }
        }
        module.path("module_calls").fields().forEachRemaining(call ->
                targetReferences(call.getValue().path("module"), prefix + "module." + call.getKey() + ".", out));
    }

    private static void vault(Carry c, Resource vault) {
        JsonNode v = vault.values();
        String p = vault.valuesPath();
        text(c, v.get(TerraformNames.NAME), at(p, TerraformNames.NAME), VAULT.at(SecureKeyVault.VAULT_NAME));
        text(c, v.get(TerraformNames.RESOURCE_GROUP_NAME), at(p, TerraformNames.RESOURCE_GROUP_NAME),
                VAULT.at(SecureKeyVault.RESOURCE_GROUP_NAME));
        text(c, v.get(TerraformNames.LOCATION), at(p, TerraformNames.LOCATION), VAULT.at(SecureKeyVault.LOCATION));
        text(c, v.get(TerraformNames.TENANT_ID), at(p, TerraformNames.TENANT_ID), VAULT.at(SecureKeyVault.TENANT_ID));
        if (v.path(TerraformNames.SKU_NAME).isTextual()) {
            c.put(VAULT.at(SecureKeyVault.SKU), TextNode.valueOf(Normalise.enumName(Sku.class, v.path(TerraformNames.SKU_NAME).asText())),
                    at(p, TerraformNames.SKU_NAME));
        }
        AzureVaults.flags(c, v, p, FLAGS);
        if (!v.has(TerraformNames.PURGE_PROTECTION_ENABLED) || v.get(TerraformNames.PURGE_PROTECTION_ENABLED).isNull()) {
            AzureVaults.purgeProtectionOff(c, p);
        }
        JsonNode acls = v.path(TerraformNames.NETWORK_ACLS);
        JsonNode acl = acls.isArray() ? acls.path(0) : acls;
        String a = at(p, acls.isArray() ? TerraformNames.NETWORK_ACLS + "[0]" : TerraformNames.NETWORK_ACLS);
        if (acl.isMissingNode() || acl.isNull()) {
            AzureVaults.open(c, p, TerraformNames.NETWORK_ACLS);
        } else {
            c.origin(NETWORK_RULES.path(), a);
            c.put(NETWORK_RULES.at(NetworkRules.DEFAULT_ACTION), TextNode.valueOf(Normalise.enumName(DefaultAction.class,
                    acl.path(TerraformNames.DEFAULT_ACTION).asText("Allow"))), at(a, TerraformNames.DEFAULT_ACTION));
            c.put(NETWORK_RULES.at(NetworkRules.BYPASS), TextNode.valueOf(Normalise.enumName(Bypass.class,
                    acl.path(TerraformNames.BYPASS).asText("AzureServices"))), at(a, TerraformNames.BYPASS));
            InputPath ipRules = NETWORK_RULES.at(NetworkRules.IP_RULES);
            knownList(c, acl.path(TerraformNames.IP_RULES), at(a, TerraformNames.IP_RULES), ipRules, null,
                    (i, value, d) -> c.put(ipRules.at(i), TextNode.valueOf(value.asText()), d));
            knownList(c, acl.path(TerraformNames.VIRTUAL_NETWORK_SUBNET_IDS), at(a, TerraformNames.VIRTUAL_NETWORK_SUBNET_IDS),
                    NETWORK_RULES.at(NetworkRules.VIRTUAL_NETWORK_RULES), VirtualNetworkRule.SUBNET_ID, (i, value, d) -> {
                        Place rule = NETWORK_RULES.item(NetworkRules.VIRTUAL_NETWORK_RULES, i);
                        c.origin(rule.path(), d);
                        c.put(rule.at(VirtualNetworkRule.SUBNET_ID), TextNode.valueOf(Normalise.subnetId(value.asText())), d);
                    });
        }
        JsonNode inline = v.path(TerraformNames.ACCESS_POLICY_BLOCK);
        for (int i = 0; i < inline.size(); i++) {
            AzureVaults.policy(c, inline.get(i), at(p, TerraformNames.ACCESS_POLICY_BLOCK + "[" + i + "]"), i, POLICY);
        }
        AzureVaults.tags(c, v.path(TerraformNames.TAGS), at(p, TerraformNames.TAGS));
        String accessPath = at(p, TerraformNames.PUBLIC_NETWORK_ACCESS_ENABLED);
        JsonNode access = c.value(v.get(TerraformNames.PUBLIC_NETWORK_ACCESS_ENABLED), accessPath,
                VAULT.at(SecureKeyVault.PUBLIC_NETWORK_ACCESS));
        if (access != null && access.isBoolean()) {
            // The state holds no private endpoint connections; azurerm_private_endpoint is a resource of its own.
            AzureVaults.publicNetworkAccess(c, (access.asBoolean() ? PublicNetworkAccess.ENABLED : PublicNetworkAccess.DISABLED)
                    .specName(), accessPath, com.fasterxml.jackson.databind.node.MissingNode.getInstance(), "");
        }
    }

    /** Writes one list item from the document path {@code docPath}. */
    private interface Item {
        void put(int index, JsonNode value, String docPath);
    }

    /**
     * Carries a list a plan may know only in part: an unknown list, or an unknown item, becomes a finding
     * (through {@link Carry#known}) and the rest is carried by {@code item}.
     *
     * @param itemProperty the property of each item the value goes to, or null when the item is the value
     */
    private static void knownList(Carry c, JsonNode list, String docPath, InputPath specPath, Property<?> itemProperty, Item item) {
        if (!c.known(docPath, specPath)) {
            return;
        }
        c.put(specPath, JsonNodeFactory.instance.arrayNode(), docPath);
        for (int i = 0; i < list.size(); i++) {
            String d = docPath + "[" + i + "]";
            InputPath specItem = itemProperty == null ? specPath.at(i) : specPath.at(i).child(itemProperty);
            if (c.known(d, specItem)) {
                item.put(i, list.get(i), d);
            }
        }
    }

    private static void diagnosticSetting(Carry c, Resource r) {
        if (c.has(SecureKeyVault.LOGGING)) {
            c.note(LOGGING.path(), "another diagnostic setting at " + r.path() + " was not carried over: kvguard manages one.");
            return;
        }
        JsonNode v = r.values();
        String p = r.valuesPath();
        c.origin(LOGGING.path(), r.path());
        text(c, v.get(TerraformNames.NAME), at(p, TerraformNames.NAME), LOGGING.at(Logging.DIAGNOSTIC_SETTING_NAME));
        text(c, v.get(TerraformNames.LOG_ANALYTICS_WORKSPACE_ID), at(p, TerraformNames.LOG_ANALYTICS_WORKSPACE_ID),
                LOGGING.at(Logging.LOG_ANALYTICS_WORKSPACE_ID));
        text(c, v.get(TerraformNames.STORAGE_ACCOUNT_ID), at(p, TerraformNames.STORAGE_ACCOUNT_ID), LOGGING.at(Logging.STORAGE_ACCOUNT_ID));
        text(c, v.get(TerraformNames.EVENTHUB_AUTHORIZATION_RULE_ID), at(p, TerraformNames.EVENTHUB_AUTHORIZATION_RULE_ID),
                LOGGING.at(Logging.EVENT_HUB_AUTHORIZATION_RULE_ID));
        text(c, v.get(TerraformNames.EVENTHUB_NAME), at(p, TerraformNames.EVENTHUB_NAME), LOGGING.at(Logging.EVENT_HUB_NAME));
        String logs = v.has(TerraformNames.ENABLED_LOG) ? TerraformNames.ENABLED_LOG : TerraformNames.LOG;
        AzureVaults.logs(c, v.path(logs), at(p, logs), TerraformNames.CATEGORY, TerraformNames.CATEGORY_GROUP, TerraformNames.ENABLED);
        String metrics = v.has(TerraformNames.ENABLED_METRIC) ? TerraformNames.ENABLED_METRIC : TerraformNames.METRIC;
        AzureVaults.metrics(c, v.path(metrics), at(p, metrics), TerraformNames.ENABLED);
    }
}
