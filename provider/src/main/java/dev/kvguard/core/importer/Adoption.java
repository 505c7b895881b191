package dev.kvguard.core.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kvguard.core.azure.VaultId;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.declaration.Inputs.AccessPolicy;
import dev.kvguard.core.spec.declaration.Inputs.ExistingVault;
import dev.kvguard.core.spec.declaration.Inputs.NetworkRules;
import dev.kvguard.core.spec.declaration.Inputs.ObservedVault;
import dev.kvguard.core.spec.declaration.Inputs.SecureKeyVault;
import dev.kvguard.core.spec.declaration.Inputs.VirtualNetworkRule;
import dev.kvguard.core.spec.declaration.Property;
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

    /** The spec properties copied into {@code existing.observed}, which declares them under the same names. */
    private static final List<Property<?>> SCALARS = List.of(ObservedVault.LOCATION, ObservedVault.TENANT_ID, ObservedVault.SKU,
            ObservedVault.SOFT_DELETE_RETENTION_IN_DAYS, ObservedVault.ENABLE_PURGE_PROTECTION, ObservedVault.ENABLE_RBAC_AUTHORIZATION,
            ObservedVault.ENABLED_FOR_DEPLOYMENT, ObservedVault.ENABLED_FOR_TEMPLATE_DEPLOYMENT, ObservedVault.ENABLED_FOR_DISK_ENCRYPTION,
            ObservedVault.PUBLIC_NETWORK_ACCESS, ObservedVault.TAGS);
    /** The network rules copied as they are; virtual-network rules are copied by subnet id only. */
    private static final List<Property<?>> NETWORK = List.of(NetworkRules.DEFAULT_ACTION, NetworkRules.BYPASS, NetworkRules.IP_RULES);
    /** An access policy's principal and permissions: what adoption compares (descriptions are the spec's own). */
    private static final List<Property<?>> POLICY = List.of(AccessPolicy.OBJECT_ID, AccessPolicy.TENANT_ID,
            AccessPolicy.APPLICATION_ID, AccessPolicy.PERMISSIONS);
    private static final Place EXISTING = Place.VAULT.object(SecureKeyVault.EXISTING);

    private Adoption() {
    }

    /**
     * @param document     the document the vault was imported from (its {@code id}, or Terraform's {@code values.id})
     * @param subscription subscription to build the id from when the document names none (ARM templates, REST
     *                     bodies), or null
     */
    public static ImportedVault adopt(ImportedVault vault, JsonNode document, String subscription) {
        ObjectNode copy = vault.spec().deepCopy();
        SpecNode spec = SpecNode.vault(copy);
        SpecNode existing = spec.object(SecureKeyVault.EXISTING);
        Map<String, List<String>> notes = new LinkedHashMap<>(vault.notes());
        String id = documentId(vault, document);
        if (id == null && subscription != null && spec.hasNonNull(SecureKeyVault.RESOURCE_GROUP_NAME)
                && spec.hasNonNull(SecureKeyVault.VAULT_NAME)) {
            id = VaultId.of(subscription, spec.get(SecureKeyVault.RESOURCE_GROUP_NAME).asText(),
                    spec.get(SecureKeyVault.VAULT_NAME).asText());
        }
        if (id != null) {
            existing.put(ExistingVault.RESOURCE_ID, id);
        } else {
            InputPath resourceId = EXISTING.at(ExistingVault.RESOURCE_ID);
            notes.put(resourceId.toString(), List.of(resourceId + ": the document names no resource id; add "
                    + VaultId.SHAPE + " (or import with --subscription)."));
        }
        existing.set(ExistingVault.OBSERVED, observed(vault, vaultNode(vault, document)));
        add(notes, EXISTING.path().toString(), "adopted by kvguard import --adopt: Pulumi imports this vault instead of"
                + " creating it; " + ExistingVault.OBSERVED.name() + " is what the document says it has, and validation"
                + " warns about every property the spec changes.");
        return new ImportedVault(vault.label(), copy, vault.origins(), notes, vault.findings(), vault.unresolved());
    }

    private static ObjectNode observed(ImportedVault vault, JsonNode node) {
        SpecNode imported = SpecNode.vault(vault.spec());
        SpecNode observed = new SpecNode(vault.spec().objectNode(), ObservedVault.TYPE);
        // A value the document does not know (a Terraform plan's after_unknown) is not observed, never empty.
        java.util.function.Predicate<InputPath> known = path -> vault.unresolved().stream()
                .noneMatch(u -> path.covers(InputPath.parse(u)));
        for (Property<?> property : SCALARS) {
            Property<?> input = inputOf(property);
            if (imported.has(input) && known.test(Place.VAULT.at(input))) {
                observed.set(property, imported.get(input).deepCopy());
            }
        }
        if (!imported.has(SecureKeyVault.PUBLIC_NETWORK_ACCESS) && known.test(Place.VAULT.at(SecureKeyVault.PUBLIC_NETWORK_ACCESS))) {
            // The import leaves out Enabled (Azure's default); adoption needs to know it, to warn when the spec disables it.
            publicAccess(node).ifPresent(value -> observed.put(ObservedVault.PUBLIC_NETWORK_ACCESS, value));
        }
        JsonNode network = imported.path(SecureKeyVault.NETWORK_RULES);
        if (network.isObject()) {
            SpecNode from = SpecNode.read(network, NetworkRules.TYPE);
            SpecNode rules = observed.object(ObservedVault.NETWORK_RULES);
            Place at = Place.VAULT.object(SecureKeyVault.NETWORK_RULES);
            NETWORK.stream().filter(from::has).filter(p -> known.test(at.at(p))).forEach(p -> rules.set(p, from.get(p).deepCopy()));
            if (from.has(NetworkRules.VIRTUAL_NETWORK_RULES) && known.test(at.at(NetworkRules.VIRTUAL_NETWORK_RULES))) {
                ArrayNode subnets = rules.putArray(NetworkRules.VIRTUAL_NETWORK_RULES);
                // Only rules naming a subnet by id: that is all a document of an existing vault holds.
                from.get(NetworkRules.VIRTUAL_NETWORK_RULES).forEach(rule -> {
                    SpecNode r = SpecNode.read(rule, VirtualNetworkRule.TYPE);
                    if (r.hasNonNull(VirtualNetworkRule.SUBNET_ID)) {
                        new SpecNode(subnets.addObject(), VirtualNetworkRule.TYPE)
                                .put(VirtualNetworkRule.SUBNET_ID, r.get(VirtualNetworkRule.SUBNET_ID).asText());
                    }
                });
            }
        }
        if (known.test(Place.VAULT.at(SecureKeyVault.ACCESS_POLICIES))) {
            ArrayNode policies = observed.putArray(ObservedVault.ACCESS_POLICIES);
            imported.path(SecureKeyVault.ACCESS_POLICIES).forEach(policy -> {
                SpecNode from = SpecNode.read(policy, AccessPolicy.TYPE);
                SpecNode entry = new SpecNode(policies.addObject(), AccessPolicy.TYPE);
                POLICY.stream().filter(from::has).forEach(p -> entry.set(p, from.get(p).deepCopy()));
            });
        }
        return observed.node();
    }

    /** The vault input an observed property mirrors: the one of the same name. */
    private static Property<?> inputOf(Property<?> observed) {
        return SecureKeyVault.TYPE.property(observed.name()).orElseThrow();
    }

    /** The vault's resource id as the document gives it: the vault node's {@code id} or Terraform's {@code values.id}. */
    static String documentId(ImportedVault vault, JsonNode document) {
        JsonNode node = vaultNode(vault, document);
        for (JsonNode candidate : List.of(node.path(ArmNames.ID), node.path("values").path(TerraformNames.ID))) {
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
        JsonNode azure = node.path(ArmNames.PROPERTIES).path(ArmNames.PUBLIC_NETWORK_ACCESS);
        if (azure.isTextual()) {
            return java.util.Optional.of(Normalise.enumName(dev.kvguard.core.spec.PublicNetworkAccess.class, azure.asText()));
        }
        JsonNode terraform = node.has("values") ? node.path("values").path(TerraformNames.PUBLIC_NETWORK_ACCESS_ENABLED)
                : node.path(TerraformNames.PUBLIC_NETWORK_ACCESS_ENABLED);
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
