package dev.kvguard.core.importer;

import static dev.kvguard.core.importer.Carry.at;
import static dev.kvguard.core.importer.Place.LOGGING;
import static dev.kvguard.core.importer.Place.NETWORK_RULES;
import static dev.kvguard.core.importer.Place.VAULT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.Bypass;
import dev.kvguard.core.spec.CertificatePermission;
import dev.kvguard.core.spec.DefaultAction;
import dev.kvguard.core.spec.PublicNetworkAccess;
import dev.kvguard.core.spec.KeyPermission;
import dev.kvguard.core.spec.LogCategory;
import dev.kvguard.core.spec.SecretPermission;
import dev.kvguard.core.spec.Sku;
import dev.kvguard.core.spec.SpecEnum;
import dev.kvguard.core.spec.StoragePermission;
import dev.kvguard.core.spec.declaration.Inputs.AccessPolicy;
import dev.kvguard.core.spec.declaration.Inputs.Logging;
import dev.kvguard.core.spec.declaration.Inputs.NetworkRules;
import dev.kvguard.core.spec.declaration.Inputs.Permissions;
import dev.kvguard.core.spec.declaration.Inputs.SecureKeyVault;
import dev.kvguard.core.spec.declaration.Inputs.VirtualNetworkRule;
import dev.kvguard.core.spec.declaration.Property;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carries a vault in Azure's own shape ({@code properties.networkAcls.ipRules[].value}...), as ARM templates,
 * REST bodies and {@code az keyvault show} write it, over to kvguard's spec. Azure's names are those of
 * {@link ArmNames}; kvguard's are {@code Inputs}' handles.
 */
final class AzureVaults {
    static final String VAULT_TYPE = "Microsoft.KeyVault/vaults";

    /** The vault properties this class carries (or deliberately drops with a note). */
    private static final Set<String> CARRIED = Set.of(ArmNames.TENANT_ID, ArmNames.SKU, ArmNames.SOFT_DELETE_RETENTION_IN_DAYS,
            ArmNames.ENABLE_PURGE_PROTECTION, ArmNames.ENABLE_RBAC_AUTHORIZATION, ArmNames.ENABLED_FOR_DEPLOYMENT,
            ArmNames.ENABLED_FOR_TEMPLATE_DEPLOYMENT, ArmNames.ENABLED_FOR_DISK_ENCRYPTION, ArmNames.NETWORK_ACLS,
            ArmNames.ACCESS_POLICIES, ArmNames.ENABLE_SOFT_DELETE, ArmNames.PUBLIC_NETWORK_ACCESS);
    /** Azure's switches and the spec properties they are carried to as they are, in the spec's order. */
    private static final List<Map.Entry<String, Property<?>>> FLAGS = List.of(
            Map.entry(ArmNames.SOFT_DELETE_RETENTION_IN_DAYS, SecureKeyVault.SOFT_DELETE_RETENTION_IN_DAYS),
            Map.entry(ArmNames.ENABLE_RBAC_AUTHORIZATION, SecureKeyVault.ENABLE_RBAC_AUTHORIZATION),
            Map.entry(ArmNames.ENABLED_FOR_DEPLOYMENT, SecureKeyVault.ENABLED_FOR_DEPLOYMENT),
            Map.entry(ArmNames.ENABLED_FOR_TEMPLATE_DEPLOYMENT, SecureKeyVault.ENABLED_FOR_TEMPLATE_DEPLOYMENT),
            Map.entry(ArmNames.ENABLED_FOR_DISK_ENCRYPTION, SecureKeyVault.ENABLED_FOR_DISK_ENCRYPTION));

    private AzureVaults() {
    }

    /** Where the vault's name and resource group come from when the resource itself does not say. */
    record Identity(JsonNode name, String namePath, JsonNode resourceGroup, String resourceGroupPath) {
    }

    /**
     * Carries one vault resource.
     *
     * @param resource the resource object (with {@code properties})
     * @param base     its document path ("" for a whole document)
     * @param identity overrides for name and resource group, or null to read them from the resource
     */
    static void vault(Carry c, JsonNode resource, String base, Identity identity) {
        JsonNode name = identity != null ? identity.name() : resource.get(ArmNames.NAME);
        String namePath = identity != null ? identity.namePath() : at(base, ArmNames.NAME);
        text(c, name, namePath, VAULT.at(SecureKeyVault.VAULT_NAME));
        JsonNode group = identity != null ? identity.resourceGroup() : resource.get(ArmNames.RESOURCE_GROUP);
        String groupPath = identity != null ? identity.resourceGroupPath() : at(base, ArmNames.RESOURCE_GROUP);
        String id = resource.path(ArmNames.ID).asText();
        if (group == null && resource.path(ArmNames.ID).isTextual() && Normalise.resourceGroupOf(id) != null) {
            group = TextNode.valueOf(Normalise.resourceGroupOf(id));
            groupPath = at(base, ArmNames.ID);
        }
        InputPath groupName = VAULT.at(SecureKeyVault.RESOURCE_GROUP_NAME);
        if (group == null) {
            c.note(groupName, groupName + ": the document does not say which resource group holds the vault"
                    + " (a template deploys into the one it is given). Write it here.");
        } else {
            text(c, group, groupPath, groupName);
        }
        text(c, resource.get(ArmNames.LOCATION), at(base, ArmNames.LOCATION), VAULT.at(SecureKeyVault.LOCATION));
        JsonNode properties = resource.path(ArmNames.PROPERTIES);
        String p = at(base, ArmNames.PROPERTIES);
        text(c, properties.get(ArmNames.TENANT_ID), at(p, ArmNames.TENANT_ID), VAULT.at(SecureKeyVault.TENANT_ID));
        String skuPath = at(at(p, ArmNames.SKU), ArmNames.SKU_NAME);
        InputPath specSku = VAULT.at(SecureKeyVault.SKU);
        JsonNode sku = c.value(properties.path(ArmNames.SKU).get(ArmNames.SKU_NAME), skuPath, specSku);
        if (sku != null) {
            c.put(specSku, TextNode.valueOf(Normalise.enumName(Sku.class, sku.asText())), skuPath);
        }
        flags(c, properties, p, FLAGS);
        InputPath specPurge = VAULT.at(SecureKeyVault.ENABLE_PURGE_PROTECTION);
        String purgePath = at(p, ArmNames.ENABLE_PURGE_PROTECTION);
        JsonNode purge = c.value(properties.get(ArmNames.ENABLE_PURGE_PROTECTION), purgePath, specPurge);
        if (purge != null) {
            c.put(specPurge, purge, purgePath);
        } else if (!properties.has(ArmNames.ENABLE_PURGE_PROTECTION)) {
            purgeProtectionOff(c, p);
        }
        // Soft delete has no spec property: an unresolvable value is noted under Azure's name, a false one on the vault.
        JsonNode softDelete = c.value(properties.get(ArmNames.ENABLE_SOFT_DELETE), at(p, ArmNames.ENABLE_SOFT_DELETE),
                InputPath.of(ArmNames.ENABLE_SOFT_DELETE));
        if (softDelete != null && softDelete.isBoolean() && !softDelete.booleanValue()) {
            c.note(InputPath.ROOT, ArmNames.ENABLE_SOFT_DELETE + ": false was not carried over: kvguard always keeps soft"
                    + " delete on, and Azure no longer lets new vaults switch it off.");
        }
        String accessPath = at(p, ArmNames.PUBLIC_NETWORK_ACCESS);
        JsonNode access = c.value(properties.get(ArmNames.PUBLIC_NETWORK_ACCESS), accessPath,
                VAULT.at(SecureKeyVault.PUBLIC_NETWORK_ACCESS));
        if (access != null && access.isTextual()) {
            publicNetworkAccess(c, access.asText(), accessPath,
                    properties.path(ArmNames.PRIVATE_ENDPOINT_CONNECTIONS), at(p, ArmNames.PRIVATE_ENDPOINT_CONNECTIONS));
        }
        networkAcls(c, properties, p);
        accessPolicies(c, properties.path(ArmNames.ACCESS_POLICIES), at(p, ArmNames.ACCESS_POLICIES), 0);
        tags(c, resource.path(ArmNames.TAGS), at(base, ArmNames.TAGS));
        notCarried(c, properties, p);
    }

    private static void networkAcls(Carry c, JsonNode properties, String p) {
        JsonNode acls = properties.get(ArmNames.NETWORK_ACLS);
        String a = at(p, ArmNames.NETWORK_ACLS);
        if (acls == null || acls.isNull()) {
            open(c, p, ArmNames.NETWORK_ACLS);
            return;
        }
        c.origin(NETWORK_RULES.path(), a);
        InputPath specAction = NETWORK_RULES.at(NetworkRules.DEFAULT_ACTION);
        JsonNode action = c.value(acls.get(ArmNames.DEFAULT_ACTION), at(a, ArmNames.DEFAULT_ACTION), specAction);
        c.put(specAction, TextNode.valueOf(action == null ? DefaultAction.ALLOW.specName()
                : Normalise.enumName(DefaultAction.class, action.asText())), action == null ? a : at(a, ArmNames.DEFAULT_ACTION));
        InputPath specBypass = NETWORK_RULES.at(NetworkRules.BYPASS);
        JsonNode bypass = c.value(acls.get(ArmNames.BYPASS), at(a, ArmNames.BYPASS), specBypass);
        if (bypass == null && !acls.has(ArmNames.BYPASS)) {
            c.note(specBypass, "the document names no bypass; Azure's default is AzureServices.");
        }
        c.put(specBypass, TextNode.valueOf(bypass == null ? Bypass.AZURE_SERVICES.specName()
                : Normalise.enumName(Bypass.class, bypass.asText())), bypass == null ? a : at(a, ArmNames.BYPASS));
        InputPath specIpRules = NETWORK_RULES.at(NetworkRules.IP_RULES);
        String ipRulesPath = at(a, ArmNames.IP_RULES);
        JsonNode ipRules = c.value(acls.get(ArmNames.IP_RULES), ipRulesPath, specIpRules);
        c.put(specIpRules, JsonNodeFactory.instance.arrayNode(), ipRulesPath);
        if (ipRules != null && ipRules.isArray()) {
            for (int i = 0; i < ipRules.size(); i++) {
                String rulePath = ipRulesPath + "[" + i + "]";
                String valuePath = at(rulePath, ArmNames.IP_RULE_VALUE);
                InputPath specRule = specIpRules.at(i);
                JsonNode rule = ipRules.get(i);
                JsonNode value = rule.isObject() ? c.value(rule.get(ArmNames.IP_RULE_VALUE), valuePath, specRule)
                        : c.value(rule, rulePath, specRule);
                c.put(specRule, value == null ? TextNode.valueOf("") : TextNode.valueOf(value.asText()),
                        rule.isObject() ? valuePath : rulePath);
            }
        }
        InputPath specVnetRules = NETWORK_RULES.at(NetworkRules.VIRTUAL_NETWORK_RULES);
        String vnetRulesPath = at(a, ArmNames.VIRTUAL_NETWORK_RULES);
        JsonNode vnetRules = c.value(acls.get(ArmNames.VIRTUAL_NETWORK_RULES), vnetRulesPath, specVnetRules);
        c.put(specVnetRules, JsonNodeFactory.instance.arrayNode(), vnetRulesPath);
        if (vnetRules != null && vnetRules.isArray()) {
            for (int i = 0; i < vnetRules.size(); i++) {
                String rulePath = vnetRulesPath + "[" + i + "]";
                String idPath = at(rulePath, ArmNames.VIRTUAL_NETWORK_RULE_ID);
                Place spec = NETWORK_RULES.item(NetworkRules.VIRTUAL_NETWORK_RULES, i);
                InputPath subnetId = spec.at(VirtualNetworkRule.SUBNET_ID);
                JsonNode id = c.value(vnetRules.get(i).get(ArmNames.VIRTUAL_NETWORK_RULE_ID), idPath, subnetId);
                c.origin(spec.path(), rulePath);
                c.put(subnetId, TextNode.valueOf(id == null ? "" : Normalise.subnetId(id.asText())), idPath);
                JsonNode ignore = vnetRules.get(i).get(ArmNames.IGNORE_MISSING_ENDPOINT);
                if (ignore != null && ignore.asBoolean(false)) {
                    c.note(spec.path(), ArmNames.IGNORE_MISSING_ENDPOINT + ": true was not carried over: kvguard keeps"
                            + " Azure's check that the subnet has the Microsoft.KeyVault endpoint.");
                }
            }
        }
    }

    /**
     * Carries public network access. {@code Enabled} is Azure's default, so it is left out (nothing sent keeps
     * it). Private endpoint connections are read-only and name endpoints made outside the vault's template,
     * which kvguard cannot create or adopt. Only approved ones carry traffic; whether they are how clients reach
     * the vault is for the user to confirm, so the waiver is written as a comment, never as an active waiver.
     */
    static void publicNetworkAccess(Carry c, String value, String docPath, JsonNode connections, String connectionsPath) {
        if (PublicNetworkAccess.ENABLED.specName().equalsIgnoreCase(value)) {
            return;
        }
        InputPath spec = VAULT.at(SecureKeyVault.PUBLIC_NETWORK_ACCESS);
        c.put(spec, TextNode.valueOf(Normalise.enumName(PublicNetworkAccess.class, value)), docPath);
        int approved = approved(connections);
        if (PublicNetworkAccess.DISABLED.specName().equalsIgnoreCase(value) && approved > 0) {
            c.note(spec, "the vault has " + approved + " approved private endpoint connection"
                    + (approved == 1 ? "" : "s") + " made outside kvguard (" + connectionsPath + "). kvguard cannot adopt"
                    + " them; if clients reach the vault through them, confirm it with "
                    + VAULT.at(SecureKeyVault.PRIVATE_ENDPOINTS_WAIVER) + ": \"<who owns them>\", or list them under "
                    + VAULT.at(SecureKeyVault.PRIVATE_ENDPOINTS) + " for kvguard to manage.");
        }
    }

    /**
     * Connections whose state is {@code Approved}: pending, rejected and disconnected ones carry no traffic.
     * {@code az keyvault show} flattens the state onto the connection; REST and ARM nest it under {@code properties}.
     */
    static int approved(JsonNode connections) {
        int n = 0;
        for (JsonNode connection : connections) {
            JsonNode state = connection.has(ArmNames.PROPERTIES) ? connection.path(ArmNames.PROPERTIES) : connection;
            if ("Approved".equalsIgnoreCase(state.path(ArmNames.CONNECTION_STATE).path(ArmNames.CONNECTION_STATUS).asText())) {
                n++;
            }
        }
        return n;
    }

    /** A vault without network rules: Azure lets every network in, where kvguard's default would close it. */
    static void open(Carry c, String docPath, String missing) {
        c.put(NETWORK_RULES.at(NetworkRules.DEFAULT_ACTION), TextNode.valueOf(DefaultAction.ALLOW.specName()), docPath);
        c.put(NETWORK_RULES.at(NetworkRules.BYPASS), TextNode.valueOf(Bypass.AZURE_SERVICES.specName()), docPath);
        c.note(NETWORK_RULES.path(), "the document sets no " + missing + ", so Azure admits every network (Allow, bypass"
                + " AzureServices). Set " + NetworkRules.DEFAULT_ACTION.name() + ": Deny and list the networks to lock"
                + " the vault down.");
    }

    /** Azure leaves purge protection off unless asked; kvguard's default is on. Say what Azure has. */
    static void purgeProtectionOff(Carry c, String docPath) {
        InputPath spec = VAULT.at(SecureKeyVault.ENABLE_PURGE_PROTECTION);
        c.put(spec, BooleanNode.FALSE, docPath);
        c.note(spec, "the document does not enable purge protection, so Azure leaves it off;"
                + " kvguard's default would switch it on (which cannot be undone).");
    }

    /** Whether any metric of a diagnostic setting is on (an entry without 'enabled' is on). */
    static void metrics(Carry c, JsonNode metrics, String docPath, String enabledField) {
        boolean any = false;
        for (JsonNode metric : metrics) {
            any |= metric.path(enabledField).asBoolean(true);
        }
        c.put(LOGGING.at(Logging.METRICS), BooleanNode.valueOf(any), docPath);
    }

    /** Carries access-policy entries, numbering them from {@code first} (nested policy resources append). */
    static int accessPolicies(Carry c, JsonNode policies, String base, int first) {
        JsonNode list = c.value(policies, base, VAULT.at(SecureKeyVault.ACCESS_POLICIES));
        if (list == null || !list.isArray()) {
            return first;
        }
        int n = first;
        for (int i = 0; i < list.size(); i++, n++) {
            policy(c, list.get(i), base + "[" + i + "]", n, ARM_POLICY);
        }
        return n;
    }

    /**
     * Where a source format keeps an access policy's parts.
     *
     * @param permissions the mapping holding the permission lists, or null when they sit on the policy itself
     */
    record PolicyShape(String objectId, String tenantId, String applicationId, String permissions,
                       String keys, String secrets, String certificates, String storage) {
    }

    private static final PolicyShape ARM_POLICY = new PolicyShape(ArmNames.OBJECT_ID, ArmNames.TENANT_ID,
            ArmNames.APPLICATION_ID, ArmNames.PERMISSIONS, ArmNames.KEYS, ArmNames.SECRETS, ArmNames.CERTIFICATES, ArmNames.STORAGE);

    /** Carries one access policy at document path {@code d} as the spec's {@code n}th. */
    static void policy(Carry c, JsonNode policy, String d, int n, PolicyShape shape) {
        Place s = VAULT.item(SecureKeyVault.ACCESS_POLICIES, n);
        c.origin(s.path(), d);
        text(c, policy.get(shape.objectId()), at(d, shape.objectId()), s.at(AccessPolicy.OBJECT_ID));
        text(c, policy.get(shape.tenantId()), at(d, shape.tenantId()), s.at(AccessPolicy.TENANT_ID));
        nonEmptyText(c, policy.get(shape.applicationId()), at(d, shape.applicationId()), s.at(AccessPolicy.APPLICATION_ID));
        JsonNode permissions = shape.permissions() == null ? policy : policy.path(shape.permissions());
        String pd = shape.permissions() == null ? d : at(d, shape.permissions());
        Place ps = s.object(AccessPolicy.PERMISSIONS);
        c.put(ps.path(), JsonNodeFactory.instance.objectNode(), pd);
        permissions(c, permissions.get(shape.keys()), at(pd, shape.keys()), ps.at(Permissions.KEYS), KeyPermission.class);
        permissions(c, permissions.get(shape.secrets()), at(pd, shape.secrets()), ps.at(Permissions.SECRETS), SecretPermission.class);
        permissions(c, permissions.get(shape.certificates()), at(pd, shape.certificates()), ps.at(Permissions.CERTIFICATES),
                CertificatePermission.class);
        permissions(c, permissions.get(shape.storage()), at(pd, shape.storage()), ps.at(Permissions.STORAGE), StoragePermission.class);
    }

    private static <E extends Enum<E> & SpecEnum> void permissions(Carry c, JsonNode node, String docPath, InputPath specPath, Class<E> type) {
        JsonNode list = c.value(node, docPath, specPath);
        if (list == null || !list.isArray()) {
            return;
        }
        c.put(specPath, JsonNodeFactory.instance.arrayNode(), docPath);
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = c.value(list.get(i), docPath + "[" + i + "]", specPath.at(i));
            c.put(specPath.at(i), TextNode.valueOf(p == null ? "" : Normalise.enumName(type, p.asText())),
                    docPath + "[" + i + "]");
        }
    }

    /** A diagnostic setting of the vault ({@code properties} in Azure's shape) as kvguard's logging. */
    static void diagnosticSetting(Carry c, JsonNode setting, String base) {
        if (c.has(SecureKeyVault.LOGGING)) {
            c.note(LOGGING.path(), "another diagnostic setting at " + base + " was not carried over: kvguard manages one.");
            return;
        }
        c.origin(LOGGING.path(), base);
        text(c, setting.get(ArmNames.NAME), at(base, ArmNames.NAME), LOGGING.at(Logging.DIAGNOSTIC_SETTING_NAME));
        JsonNode properties = setting.path(ArmNames.PROPERTIES);
        String p = at(base, ArmNames.PROPERTIES);
        text(c, properties.get(ArmNames.WORKSPACE_ID), at(p, ArmNames.WORKSPACE_ID), LOGGING.at(Logging.LOG_ANALYTICS_WORKSPACE_ID));
        text(c, properties.get(ArmNames.STORAGE_ACCOUNT_ID), at(p, ArmNames.STORAGE_ACCOUNT_ID), LOGGING.at(Logging.STORAGE_ACCOUNT_ID));
        text(c, properties.get(ArmNames.EVENT_HUB_AUTHORIZATION_RULE_ID), at(p, ArmNames.EVENT_HUB_AUTHORIZATION_RULE_ID),
                LOGGING.at(Logging.EVENT_HUB_AUTHORIZATION_RULE_ID));
        text(c, properties.get(ArmNames.EVENT_HUB_NAME), at(p, ArmNames.EVENT_HUB_NAME), LOGGING.at(Logging.EVENT_HUB_NAME));
        logs(c, properties.path(ArmNames.LOGS), at(p, ArmNames.LOGS), ArmNames.CATEGORY, ArmNames.CATEGORY_GROUP, ArmNames.ENABLED);
        metrics(c, properties.path(ArmNames.METRICS), at(p, ArmNames.METRICS), ArmNames.ENABLED);
        if (properties.has(ArmNames.LOG_ANALYTICS_DESTINATION_TYPE)) {
            c.note(LOGGING.path(), ArmNames.LOG_ANALYTICS_DESTINATION_TYPE + " was not carried over: kvguard writes to"
                    + " Azure's default tables.");
        }
    }

    /**
     * Carries log categories; Azure's category groups become the categories they hold for a vault
     * ({@code audit}: AuditEvent; {@code allLogs}: both).
     */
    static void logs(Carry c, JsonNode logs, String base, String categoryField, String groupField, String enabledField) {
        InputPath spec = LOGGING.at(Logging.CATEGORIES);
        Set<String> categories = new LinkedHashSet<>();
        Map<String, String> from = new java.util.HashMap<>();
        for (int i = 0; i < logs.size(); i++) {
            JsonNode log = logs.get(i);
            String d = base + "[" + i + "]";
            if (log.has(enabledField) && !log.path(enabledField).asBoolean(true)) {
                continue;
            }
            if (log.path(ArmNames.RETENTION_POLICY).path(ArmNames.ENABLED).asBoolean(false)) {
                c.note(LOGGING.path(), "the retention policy at " + d + " was not carried over (Azure has retired it).");
            }
            JsonNode category = c.value(log.get(categoryField), d + "." + categoryField, spec);
            if (category != null && !category.asText().isEmpty()) {
                String name = Normalise.enumName(LogCategory.class, category.asText());
                categories.add(name);
                from.putIfAbsent(name, d + "." + categoryField);
                continue;
            }
            JsonNode group = c.value(log.get(groupField), d + "." + groupField, spec);
            if (group == null) {
                continue;
            }
            List<String> held = switch (group.asText().toLowerCase(java.util.Locale.ROOT)) {
                case "audit" -> List.of(LogCategory.AUDIT_EVENT.specName());
                case "alllogs" -> List.of(LogCategory.AUDIT_EVENT.specName(), LogCategory.AZURE_POLICY_EVALUATION_DETAILS.specName());
                default -> List.of(group.asText());
            };
            c.note(spec, "category group '" + group.asText() + "' at " + d + " is written as the categories it holds.");
            for (String name : held) {
                categories.add(name);
                from.putIfAbsent(name, d + "." + groupField);
            }
        }
        c.put(spec, JsonNodeFactory.instance.arrayNode(), base);
        int i = 0;
        for (String category : categories) {
            c.put(spec.at(i), TextNode.valueOf(category), from.get(category));
            i++;
        }
    }

    /** Carries a tags map, ARM's or Terraform's: each value must be known, like any other carried value. */
    static void tags(Carry c, JsonNode tags, String base) {
        InputPath spec = VAULT.at(SecureKeyVault.TAGS);
        JsonNode resolved = c.value(tags, base, spec);
        if (resolved == null || !resolved.isObject() || resolved.isEmpty()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = resolved.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> tag = fields.next();
            // A tag's name is the user's key in the tags map, not a declared property.
            InputPath specTag = spec.child(tag.getKey());
            String at = base + "." + tag.getKey();
            JsonNode value = c.entryValue(tag.getValue(), at, specTag);
            if (value != null) {
                c.put(specTag, TextNode.valueOf(value.asText()), at);
            }
        }
    }

    private static void notCarried(Carry c, JsonNode properties, String p) {
        Iterator<String> names = properties.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (CARRIED.contains(name) || ArmNames.READ_ONLY.contains(name)) {
                continue;
            }
            JsonNode value = properties.get(name);
            if (value.isNull()) {
                continue;
            }
            c.note(InputPath.ROOT, name + " = " + (value.isValueNode() ? value.asText() : value.toString().length() > 60
                    ? value.toString().substring(0, 60) + "..." : value.toString())
                    + " (" + at(p, name) + ") was not carried over: kvguard does not manage it.");
        }
    }

    /** Carries a scalar as text. */
    static void text(Carry c, JsonNode node, String docPath, InputPath specPath) {
        JsonNode value = c.value(node, docPath, specPath);
        if (value != null) {
            c.put(specPath, value.isValueNode() ? TextNode.valueOf(value.asText()) : value, docPath);
        }
    }

    /** Carries a scalar as text unless it is empty (Azure writes an empty application id for "none"). */
    static void nonEmptyText(Carry c, JsonNode node, String docPath, InputPath specPath) {
        JsonNode value = c.value(node, docPath, specPath);
        if (value != null && !(value.isTextual() && value.asText().isEmpty())) {
            c.put(specPath, value.isValueNode() ? TextNode.valueOf(value.asText()) : value, docPath);
        }
    }

    /** Carries switches of the document (name to spec property) as they are. */
    static void flags(Carry c, JsonNode values, String base, List<Map.Entry<String, Property<?>>> flags) {
        for (Map.Entry<String, Property<?>> flag : flags) {
            scalar(c, values.get(flag.getKey()), at(base, flag.getKey()), VAULT.at(flag.getValue()));
        }
    }

    /** Carries a scalar as it is (booleans and numbers keep their type). */
    static void scalar(Carry c, JsonNode node, String docPath, InputPath specPath) {
        JsonNode value = c.value(node, docPath, specPath);
        if (value != null) {
            c.put(specPath, value, docPath);
        }
    }
}
