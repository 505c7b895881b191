package dev.kvguard.core.importer;

import static dev.kvguard.core.importer.Carry.at;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
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
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carries a vault in Azure's own shape ({@code properties.networkAcls.ipRules[].value}...), as ARM templates,
 * REST bodies and {@code az keyvault show} write it, over to kvguard's spec.
 */
final class AzureVaults {
    static final String VAULT_TYPE = "Microsoft.KeyVault/vaults";

    /** Output-only properties Azure returns; nothing to carry and nothing lost. */
    private static final Set<String> READ_ONLY = Set.of("vaultUri", "provisioningState", "hsmPoolResourceId",
            "privateEndpointConnections");
    private static final Set<String> CARRIED = Set.of("tenantId", "sku", "softDeleteRetentionInDays",
            "enablePurgeProtection", "enableRbacAuthorization", "enabledForDeployment", "enabledForTemplateDeployment",
            "enabledForDiskEncryption", "networkAcls", "accessPolicies", "enableSoftDelete", "publicNetworkAccess");
    private static final List<String> FLAGS = List.of("softDeleteRetentionInDays", "enableRbacAuthorization",
            "enabledForDeployment", "enabledForTemplateDeployment", "enabledForDiskEncryption");

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
        JsonNode name = identity != null ? identity.name() : resource.get("name");
        String namePath = identity != null ? identity.namePath() : at(base, "name");
        text(c, name, namePath, "vaultName");
        JsonNode group = identity != null ? identity.resourceGroup() : resource.get("resourceGroup");
        String groupPath = identity != null ? identity.resourceGroupPath() : at(base, "resourceGroup");
        if (group == null && resource.path("id").isTextual() && Normalise.resourceGroupOf(resource.path("id").asText()) != null) {
            group = TextNode.valueOf(Normalise.resourceGroupOf(resource.path("id").asText()));
            groupPath = at(base, "id");
        }
        if (group == null) {
            c.note("resourceGroupName", "resourceGroupName: the document does not say which resource group holds the vault"
                    + " (a template deploys into the one it is given). Write it here.");
        } else {
            text(c, group, groupPath, "resourceGroupName");
        }
        text(c, resource.get("location"), at(base, "location"), "location");
        JsonNode properties = resource.path("properties");
        String p = at(base, "properties");
        text(c, properties.get("tenantId"), at(p, "tenantId"), "tenantId");
        JsonNode sku = c.value(properties.path("sku").get("name"), at(p, "sku.name"), "sku");
        if (sku != null) {
            c.put("sku", TextNode.valueOf(Normalise.enumName(Sku.class, sku.asText())), at(p, "sku.name"));
        }
        for (String flag : FLAGS) {
            scalar(c, properties.get(flag), at(p, flag), flag);
        }
        JsonNode purge = c.value(properties.get("enablePurgeProtection"), at(p, "enablePurgeProtection"), "enablePurgeProtection");
        if (purge != null) {
            c.put("enablePurgeProtection", purge, at(p, "enablePurgeProtection"));
        } else if (!properties.has("enablePurgeProtection")) {
            purgeProtectionOff(c, p);
        }
        JsonNode softDelete = c.value(properties.get("enableSoftDelete"), at(p, "enableSoftDelete"), "enableSoftDelete");
        if (softDelete != null && softDelete.isBoolean() && !softDelete.booleanValue()) {
            c.note("", "enableSoftDelete: false was not carried over: kvguard always keeps soft delete on, and Azure no"
                    + " longer lets new vaults switch it off.");
        }
        JsonNode access = c.value(properties.get("publicNetworkAccess"), at(p, "publicNetworkAccess"), "publicNetworkAccess");
        if (access != null && access.isTextual()) {
            publicNetworkAccess(c, access.asText(), at(p, "publicNetworkAccess"),
                    properties.path("privateEndpointConnections"), at(p, "privateEndpointConnections"));
        }
        networkAcls(c, properties, p);
        accessPolicies(c, properties.path("accessPolicies"), at(p, "accessPolicies"), 0);
        tags(c, resource.path("tags"), at(base, "tags"));
        notCarried(c, properties, p);
    }

    private static void networkAcls(Carry c, JsonNode properties, String p) {
        JsonNode acls = properties.get("networkAcls");
        String a = at(p, "networkAcls");
        if (acls == null || acls.isNull()) {
            open(c, p, "networkAcls");
            return;
        }
        c.origin("networkRules", a);
        JsonNode action = c.value(acls.get("defaultAction"), at(a, "defaultAction"), "networkRules.defaultAction");
        c.put("networkRules.defaultAction", TextNode.valueOf(action == null ? DefaultAction.ALLOW.specName()
                : Normalise.enumName(DefaultAction.class, action.asText())), action == null ? a : at(a, "defaultAction"));
        JsonNode bypass = c.value(acls.get("bypass"), at(a, "bypass"), "networkRules.bypass");
        if (bypass == null && !acls.has("bypass")) {
            c.note("networkRules.bypass", "the document names no bypass; Azure's default is AzureServices.");
        }
        c.put("networkRules.bypass", TextNode.valueOf(bypass == null ? Bypass.AZURE_SERVICES.specName()
                : Normalise.enumName(Bypass.class, bypass.asText())), bypass == null ? a : at(a, "bypass"));
        JsonNode ipRules = c.value(acls.get("ipRules"), at(a, "ipRules"), "networkRules.ipRules");
        c.put("networkRules.ipRules", JsonNodeFactory.instance.arrayNode(), at(a, "ipRules"));
        if (ipRules != null && ipRules.isArray()) {
            for (int i = 0; i < ipRules.size(); i++) {
                String rulePath = at(a, "ipRules[" + i + "]");
                JsonNode rule = ipRules.get(i);
                JsonNode value = rule.isObject() ? c.value(rule.get("value"), rulePath + ".value", "networkRules.ipRules[" + i + "]")
                        : c.value(rule, rulePath, "networkRules.ipRules[" + i + "]");
                c.put("networkRules.ipRules[" + i + "]", value == null ? TextNode.valueOf("") : TextNode.valueOf(value.asText()),
                        rule.isObject() ? rulePath + ".value" : rulePath);
            }
        }
        JsonNode vnetRules = c.value(acls.get("virtualNetworkRules"), at(a, "virtualNetworkRules"), "networkRules.virtualNetworkRules");
        c.put("networkRules.virtualNetworkRules", JsonNodeFactory.instance.arrayNode(), at(a, "virtualNetworkRules"));
        if (vnetRules != null && vnetRules.isArray()) {
            for (int i = 0; i < vnetRules.size(); i++) {
                String rulePath = at(a, "virtualNetworkRules[" + i + "]");
                String spec = "networkRules.virtualNetworkRules[" + i + "]";
                JsonNode id = c.value(vnetRules.get(i).get("id"), rulePath + ".id", spec + ".subnetId");
                c.origin(spec, rulePath);
                c.put(spec + ".subnetId", TextNode.valueOf(id == null ? "" : Normalise.subnetId(id.asText())), rulePath + ".id");
                JsonNode ignore = vnetRules.get(i).get("ignoreMissingVnetServiceEndpoint");
                if (ignore != null && ignore.asBoolean(false)) {
                    c.note(spec, "ignoreMissingVnetServiceEndpoint: true was not carried over: kvguard keeps Azure's check"
                            + " that the subnet has the Microsoft.KeyVault endpoint.");
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
        c.put("publicNetworkAccess", TextNode.valueOf(Normalise.enumName(PublicNetworkAccess.class, value)), docPath);
        int approved = approved(connections);
        if (PublicNetworkAccess.DISABLED.specName().equalsIgnoreCase(value) && approved > 0) {
            c.note("publicNetworkAccess", "the vault has " + approved + " approved private endpoint connection"
                    + (approved == 1 ? "" : "s") + " made outside kvguard (" + connectionsPath + "). kvguard cannot adopt"
                    + " them; if clients reach the vault through them, confirm it with privateEndpointsWaiver: \"<who owns"
                    + " them>\", or list them under privateEndpoints for kvguard to manage.");
        }
    }

    /**
     * Connections whose state is {@code Approved}: pending, rejected and disconnected ones carry no traffic.
     * {@code az keyvault show} flattens the state onto the connection; REST and ARM nest it under {@code properties}.
     */
    static int approved(JsonNode connections) {
        int n = 0;
        for (JsonNode connection : connections) {
            JsonNode state = connection.has("properties") ? connection.path("properties") : connection;
            if ("Approved".equalsIgnoreCase(state.path("privateLinkServiceConnectionState").path("status").asText())) {
                n++;
            }
        }
        return n;
    }

    /** A vault without network rules: Azure lets every network in, where kvguard's default would close it. */
    static void open(Carry c, String docPath, String missing) {
        c.put("networkRules.defaultAction", TextNode.valueOf(DefaultAction.ALLOW.specName()), docPath);
        c.put("networkRules.bypass", TextNode.valueOf(Bypass.AZURE_SERVICES.specName()), docPath);
        c.note("networkRules", "the document sets no " + missing + ", so Azure admits every network (Allow, bypass"
                + " AzureServices). Set defaultAction: Deny and list the networks to lock the vault down.");
    }

    /** Azure leaves purge protection off unless asked; kvguard's default is on. Say what Azure has. */
    static void purgeProtectionOff(Carry c, String docPath) {
        c.put("enablePurgeProtection", BooleanNode.FALSE, docPath);
        c.note("enablePurgeProtection", "the document does not enable purge protection, so Azure leaves it off;"
                + " kvguard's default would switch it on (which cannot be undone).");
    }

    /** Whether any metric of a diagnostic setting is on (an entry without 'enabled' is on). */
    static void metrics(Carry c, JsonNode metrics, String docPath) {
        boolean any = false;
        for (JsonNode metric : metrics) {
            any |= metric.path("enabled").asBoolean(true);
        }
        c.put("logging.metrics", BooleanNode.valueOf(any), docPath);
    }

    /** Carries access-policy entries, numbering them from {@code first} (nested policy resources append). */
    static int accessPolicies(Carry c, JsonNode policies, String base, int first) {
        JsonNode list = c.value(policies, base, "accessPolicies");
        if (list == null || !list.isArray()) {
            return first;
        }
        int n = first;
        for (int i = 0; i < list.size(); i++, n++) {
            JsonNode policy = list.get(i);
            String d = base + "[" + i + "]";
            String s = "accessPolicies[" + n + "]";
            c.origin(s, d);
            text(c, policy.get("objectId"), d + ".objectId", s + ".objectId");
            text(c, policy.get("tenantId"), d + ".tenantId", s + ".tenantId");
            text(c, policy.get("applicationId"), d + ".applicationId", s + ".applicationId");
            JsonNode permissions = policy.path("permissions");
            c.put(s + ".permissions", JsonNodeFactory.instance.objectNode(), d + ".permissions");
            permissions(c, permissions.get("keys"), d + ".permissions.keys", s + ".permissions.keys", KeyPermission.class);
            permissions(c, permissions.get("secrets"), d + ".permissions.secrets", s + ".permissions.secrets", SecretPermission.class);
            permissions(c, permissions.get("certificates"), d + ".permissions.certificates", s + ".permissions.certificates",
                    CertificatePermission.class);
            permissions(c, permissions.get("storage"), d + ".permissions.storage", s + ".permissions.storage", StoragePermission.class);
        }
        return n;
    }

    static <E extends Enum<E> & SpecEnum> void permissions(Carry c, JsonNode node, String docPath, String specPath, Class<E> type) {
        JsonNode list = c.value(node, docPath, specPath);
        if (list == null || !list.isArray()) {
            return;
        }
        c.put(specPath, JsonNodeFactory.instance.arrayNode(), docPath);
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = c.value(list.get(i), docPath + "[" + i + "]", specPath + "[" + i + "]");
            c.put(specPath + "[" + i + "]", TextNode.valueOf(p == null ? "" : Normalise.enumName(type, p.asText())),
                    docPath + "[" + i + "]");
        }
    }

    /** A diagnostic setting of the vault ({@code properties} in Azure's shape) as kvguard's logging. */
    static void diagnosticSetting(Carry c, JsonNode setting, String base) {
        if (c.has("logging")) {
            c.note("logging", "another diagnostic setting at " + base + " was not carried over: kvguard manages one.");
            return;
        }
        c.origin("logging", base);
        text(c, setting.get("name"), at(base, "name"), "logging.diagnosticSettingName");
        JsonNode properties = setting.path("properties");
        String p = at(base, "properties");
        text(c, properties.get("workspaceId"), at(p, "workspaceId"), "logging.logAnalyticsWorkspaceId");
        text(c, properties.get("storageAccountId"), at(p, "storageAccountId"), "logging.storageAccountId");
        text(c, properties.get("eventHubAuthorizationRuleId"), at(p, "eventHubAuthorizationRuleId"), "logging.eventHubAuthorizationRuleId");
        text(c, properties.get("eventHubName"), at(p, "eventHubName"), "logging.eventHubName");
        logs(c, properties.path("logs"), at(p, "logs"), "category", "categoryGroup", "enabled");
        metrics(c, properties.path("metrics"), at(p, "metrics"));
        if (properties.has("logAnalyticsDestinationType")) {
            c.note("logging", "logAnalyticsDestinationType was not carried over: kvguard writes to Azure's default tables.");
        }
    }

    /**
     * Carries log categories; Azure's category groups become the categories they hold for a vault
     * ({@code audit}: AuditEvent; {@code allLogs}: both).
     */
    static void logs(Carry c, JsonNode logs, String base, String categoryField, String groupField, String enabledField) {
        Set<String> categories = new LinkedHashSet<>();
        Map<String, String> from = new java.util.HashMap<>();
        for (int i = 0; i < logs.size(); i++) {
            JsonNode log = logs.get(i);
            String d = base + "[" + i + "]";
            if (log.has(enabledField) && !log.path(enabledField).asBoolean(true)) {
                continue;
            }
            if (log.path("retentionPolicy").path("enabled").asBoolean(false)) {
                c.note("logging", "the retention policy at " + d + " was not carried over (Azure has retired it).");
            }
            JsonNode category = c.value(log.get(categoryField), d + "." + categoryField, "logging.categories");
            if (category != null && !category.asText().isEmpty()) {
                String name = Normalise.enumName(LogCategory.class, category.asText());
                categories.add(name);
                from.putIfAbsent(name, d + "." + categoryField);
                continue;
            }
            JsonNode group = c.value(log.get(groupField), d + "." + groupField, "logging.categories");
            if (group == null) {
                continue;
            }
            List<String> held = switch (group.asText().toLowerCase(java.util.Locale.ROOT)) {
                case "audit" -> List.of(LogCategory.AUDIT_EVENT.specName());
                case "alllogs" -> List.of(LogCategory.AUDIT_EVENT.specName(), LogCategory.AZURE_POLICY_EVALUATION_DETAILS.specName());
                default -> List.of(group.asText());
            };
            c.note("logging.categories", "category group '" + group.asText() + "' at " + d + " is written as the categories it holds.");
            for (String name : held) {
                categories.add(name);
                from.putIfAbsent(name, d + "." + groupField);
            }
        }
        c.put("logging.categories", JsonNodeFactory.instance.arrayNode(), base);
        int i = 0;
        for (String category : categories) {
            c.put("logging.categories[" + i + "]", TextNode.valueOf(category), from.get(category));
            i++;
        }
    }

    private static void tags(Carry c, JsonNode tags, String base) {
        JsonNode resolved = c.value(tags, base, "tags");
        if (resolved == null || !resolved.isObject() || resolved.isEmpty()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = resolved.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> tag = fields.next();
            JsonNode value = c.value(tag.getValue(), base + "." + tag.getKey(), "tags." + tag.getKey());
            if (value != null) {
                c.put("tags." + tag.getKey(), TextNode.valueOf(value.asText()), base + "." + tag.getKey());
            }
        }
    }

    private static void notCarried(Carry c, JsonNode properties, String p) {
        Iterator<String> names = properties.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (CARRIED.contains(name) || READ_ONLY.contains(name)) {
                continue;
            }
            JsonNode value = properties.get(name);
            if (value.isNull()) {
                continue;
            }
            c.note("", name + " = " + (value.isValueNode() ? value.asText() : value.toString().length() > 60
                    ? value.toString().substring(0, 60) + "..." : value.toString())
                    + " (" + at(p, name) + ") was not carried over: kvguard does not manage it.");
        }
    }

    /** Carries a scalar as text. */
    static void text(Carry c, JsonNode node, String docPath, String specPath) {
        JsonNode value = c.value(node, docPath, specPath);
        if (value != null && !(value.isTextual() && value.asText().isEmpty() && specPath.endsWith("applicationId"))) {
            c.put(specPath, value.isValueNode() ? TextNode.valueOf(value.asText()) : value, docPath);
        }
    }

    /** Carries a scalar as it is (booleans and numbers keep their type). */
    static void scalar(Carry c, JsonNode node, String docPath, String specPath) {
        JsonNode value = c.value(node, docPath, specPath);
        if (value != null) {
            c.put(specPath, value, docPath);
        }
    }
}
