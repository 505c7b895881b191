package dev.kvguard.core.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kvguard.core.azure.VaultId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an imported vault into one the component adopts: an {@code existing} block with the vault's resource
 * id and what the document says it has ({@code observed}), so that validation warns about every property
 * the spec later changes. Works on the spec as imported, before any lock-down, since that is what Azure has.
 */
public final class Adoption {

    /** The spec properties copied into {@code existing.observed}, under the same names. */
    private static final List<String> SCALARS = List.of("location", "tenantId", "sku", "softDeleteRetentionInDays",
            "enablePurgeProtection", "enableRbacAuthorization", "enabledForDeployment", "enabledForTemplateDeployment",
            "enabledForDiskEncryption", "publicNetworkAccess", "tags");
    private static final List<String> NETWORK = List.of("defaultAction", "bypass", "ipRules");

    private Adoption() {
    }

    /**
     * @param document     the document the vault was imported from (its {@code id}, or Terraform's {@code values.id})
     * @param subscription subscription to build the id from when the document names none (ARM templates, REST
     *                     bodies), or null
     */
    public static ImportedVault adopt(ImportedVault vault, JsonNode document, String subscription) {
        ObjectNode spec = vault.spec().deepCopy();
        ObjectNode existing = spec.putObject("existing");
        Map<String, List<String>> notes = new LinkedHashMap<>(vault.notes());
        String id = documentId(vault, document);
        if (id == null && subscription != null && spec.hasNonNull("resourceGroupName") && spec.hasNonNull("vaultName")) {
            id = VaultId.of(subscription, spec.get("resourceGroupName").asText(), spec.get("vaultName").asText());
        }
        if (id != null) {
            existing.put("resourceId", id);
        } else {
            notes.put("existing.resourceId", List.of("existing.resourceId: the document names no resource id; add "
                    + VaultId.SHAPE + " (or import with --subscription)."));
        }
        existing.set("observed", observed(vault, vaultNode(vault, document)));
        add(notes, "existing", "adopted by kvguard import --adopt: Pulumi imports this vault instead of creating it; "
                + "observed is what the document says it has, and validation warns about every property the spec changes.");
        return new ImportedVault(vault.label(), spec, vault.origins(), notes, vault.findings(), vault.unresolved());
    }

    private static ObjectNode observed(ImportedVault vault, JsonNode node) {
        ObjectNode imported = vault.spec();
        ObjectNode observed = imported.objectNode();
        // A value the document does not know (a Terraform plan's after_unknown) is not observed, never empty.
        java.util.function.Predicate<String> known = name -> vault.unresolved().stream()
                .noneMatch(u -> u.equals(name) || u.startsWith(name + ".") || u.startsWith(name + "["));
        SCALARS.stream().filter(imported::has).filter(known).forEach(name -> observed.set(name, imported.get(name).deepCopy()));
        if (!imported.has("publicNetworkAccess") && known.test("publicNetworkAccess")) {
            // The import leaves out Enabled (Azure's default); adoption needs to know it, to warn when the spec disables it.
            publicAccess(node).ifPresent(value -> observed.put("publicNetworkAccess", value));
        }
        JsonNode network = imported.path("networkRules");
        if (network.isObject()) {
            ObjectNode rules = observed.putObject("networkRules");
            NETWORK.stream().filter(network::has).filter(name -> known.test("networkRules." + name)).forEach(name -> rules.set(name, network.get(name).deepCopy()));
            if (network.has("virtualNetworkRules") && known.test("networkRules.virtualNetworkRules")) {
                ArrayNode subnets = rules.putArray("virtualNetworkRules");
                // Only rules naming a subnet by id: that is all a document of an existing vault holds.
                network.get("virtualNetworkRules").forEach(rule -> {
                    if (rule.hasNonNull("subnetId")) {
                        subnets.addObject().put("subnetId", rule.get("subnetId").asText());
                    }
                });
            }
        }
        if (known.test("accessPolicies")) {
            ArrayNode policies = observed.putArray("accessPolicies");
            imported.path("accessPolicies").forEach(policy -> {
                ObjectNode entry = policies.addObject();
                // Principal and permissions are what adoption compares; descriptions are the spec's own.
                List.of("objectId", "tenantId", "applicationId", "permissions").stream().filter(policy::has)
                        .forEach(name -> entry.set(name, policy.get(name).deepCopy()));
            });
        }
        return observed;
    }

    /** The vault's resource id as the document gives it: the vault node's {@code id} or Terraform's {@code values.id}. */
    static String documentId(ImportedVault vault, JsonNode document) {
        JsonNode node = vaultNode(vault, document);
        for (JsonNode candidate : List.of(node.path("id"), node.path("values").path("id"))) {
            if (candidate.isTextual() && VaultId.parse(candidate.asText()).isPresent()) {
                return candidate.asText();
            }
        }
        return null;
    }

    /** The vault's node in the document: the resource whose name the spec's vault name came from. */
    private static JsonNode vaultNode(ImportedVault vault, JsonNode document) {
        String namePath = vault.origins().getOrDefault("", "");
        int cut = Math.max(namePath.lastIndexOf('.'), 0);
        JsonNode node = document;
        for (Object segment : Carry.segments(namePath.substring(0, cut))) {
            node = segment instanceof Integer i ? node.path(i) : node.path((String) segment);
        }
        return node;
    }

    /** Public network access as Azure ({@code properties.publicNetworkAccess}) or Terraform state reports it. */
    private static java.util.Optional<String> publicAccess(JsonNode node) {
        JsonNode azure = node.path("properties").path("publicNetworkAccess");
        if (azure.isTextual()) {
            return java.util.Optional.of(Normalise.enumName(dev.kvguard.core.spec.PublicNetworkAccess.class, azure.asText()));
        }
        JsonNode terraform = node.has("values") ? node.path("values").path("public_network_access_enabled")
                : node.path("public_network_access_enabled");
        if (terraform.isBoolean()) {
            return java.util.Optional.of((terraform.asBoolean() ? dev.kvguard.core.spec.PublicNetworkAccess.ENABLED
                    : dev.kvguard.core.spec.PublicNetworkAccess.DISABLED).specName());
        }
        return java.util.Optional.empty();
    }

    private static void add(Map<String, List<String>> notes, String path, String text) {
        List<String> lines = new ArrayList<>(notes.getOrDefault(path, List.of()));
        lines.add(text);
        notes.put(path, lines);
    }
}
