package dev.kvguard.core.adopt;

import dev.kvguard.core.azure.Ipv4Parser;
import dev.kvguard.core.azure.SubnetId;
import dev.kvguard.core.azure.VaultId;
import dev.kvguard.core.check.Checking;
import dev.kvguard.core.check.RuleSet;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.spec.ExistingVaultSpec;
import dev.kvguard.core.spec.ManagedSubnetSpec;
import dev.kvguard.core.spec.PublicNetworkAccess;
import dev.kvguard.core.spec.SpecEnum;
import dev.kvguard.core.spec.SpecList;
import dev.kvguard.core.spec.VaultFlag;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.spec.VirtualNetworkRuleSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adopting a vault that already exists: its resource id must name the vault the spec describes, and every
 * property the adopting deployment would change from what Azure reported is reported too.
 *
 * <p>Pulumi 3.174.0 and later import the vault and then update it in the same deployment (pulumi/pulumi
 * #19339), so a difference is a change the first deployment makes: a warning. Older CLIs refuse an import
 * whose inputs differ from the resource, which the fix of each warning says. Two differences are errors
 * because Azure refuses them whatever Pulumi does:
 * <ul>
 *   <li>turning purge protection off: Microsoft's reference for the vault property {@code enablePurgeProtection}
 *       says enabling it is irreversible and the property does not accept false
 *       (https://learn.microsoft.com/dotnet/api/azure.resourcemanager.keyvault.models.keyvaultproperties.enablepurgeprotection,
 *       the same text as the REST API's vault properties);</li>
 *   <li>changing the soft-delete retention: once the interval is set and saved it cannot change for that vault
 *       (Azure Key Vault soft-delete overview, https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview).</li>
 *   <li>changing the location: a resource's location is fixed when it is created; moving it means a new resource
 *       (Microsoft's "Move Azure resources across regions" overview,
 *       https://learn.microsoft.com/azure/azure-resource-manager/management/move-region, and azure-native marks a
 *       vault's {@code location} as forcing replacement), which for an adopted vault would delete the one that
 *       serves traffic.</li>
 * </ul>
 */
public final class AdoptionRules extends RuleSet {

    static final InputPath RESOURCE_ID = InputPath.of(Inputs.SecureKeyVault.EXISTING).child(Inputs.ExistingVault.RESOURCE_ID);
    static final String NEWER_PULUMI = "Adopting imports the vault and then applies this change in the same deployment "
            + "(Pulumi CLI 3.174.0 or later; older CLIs refuse an import whose inputs differ from the vault)";

    /** Owns, and alone reports, these rules. */
    public AdoptionRules() {
        super(Rule.ADOPT_IMMUTABLE_PROPERTY, Rule.ADOPT_PROPERTY_DIFFERS, Rule.ADOPT_RESOURCE_ID);
    }

    @Override
    public void check(VaultSpec spec, Checking checking) {
        Findings out = checking.findings();
        ExistingVaultSpec existing = spec.existing();
        if (existing == null || existing.resourceId() == null) {
            return; // a new vault, or the binder has reported the missing id
        }
        resourceId(spec, existing.resourceId(), out);
        observed(spec, existing.observed(), out);
    }

    private static void resourceId(VaultSpec spec, String text, Findings out) {
        VaultId id = VaultId.parse(text).orElse(null);
        if (id == null) {
            out.add(Finding.of(Rule.ADOPT_RESOURCE_ID, RESOURCE_ID).value(text).limit(VaultId.SHAPE)
                    .because("'" + text + "' is not the resource id of a Key Vault (" + VaultId.SHAPE + ").",
                            "Use the vault's 'id' as 'az keyvault show --name <vault> --query id -o tsv' prints it."));
            return;
        }
        if (spec.vaultName() != null && !id.vaultName().equalsIgnoreCase(spec.vaultName())) {
            out.add(disagrees(text, "vault", id.vaultName(), "vaultName", spec.vaultName()));
        }
        if (spec.resourceGroupName() != null && !id.resourceGroup().equalsIgnoreCase(spec.resourceGroupName())) {
            out.add(disagrees(text, "resource group", id.resourceGroup(), "resourceGroupName", spec.resourceGroupName()));
        }
    }

    private static Finding disagrees(String text, String what, String inId, String property, String inSpec) {
        return Finding.of(Rule.ADOPT_RESOURCE_ID, RESOURCE_ID).value(text).limit(property + " " + inSpec)
                .because("The existing vault's id names " + what + " '" + inId + "' but '" + property + "' is '" + inSpec
                                + "'; Pulumi would adopt one vault and describe another.",
                        "Make '" + property + "' and the id name the same " + what + " (case does not matter).");
    }

    private static void observed(VaultSpec spec, ExistingVaultSpec.Observed seen, Findings out) {
        if (seen.softDeleteRetentionInDays() != null && seen.softDeleteRetentionInDays() != spec.softDeleteRetentionInDays()) {
            out.add(Finding.of(Rule.ADOPT_IMMUTABLE_PROPERTY, InputPath.of(Inputs.SecureKeyVault.SOFT_DELETE_RETENTION_IN_DAYS))
                    .value(spec.softDeleteRetentionInDays()).limit(seen.softDeleteRetentionInDays() + " days (observed)")
                    .because("The existing vault keeps soft-deleted items " + seen.softDeleteRetentionInDays()
                                    + " days, and Azure does not let a vault's retention change once set; the spec asks for "
                                    + spec.softDeleteRetentionInDays() + ".",
                            "Set 'softDeleteRetentionInDays: " + seen.softDeleteRetentionInDays() + "'."));
        }
        if (Boolean.TRUE.equals(seen.enablePurgeProtection()) && !spec.enablePurgeProtection()) {
            out.add(Finding.of(Rule.ADOPT_IMMUTABLE_PROPERTY, InputPath.of(Inputs.SecureKeyVault.ENABLE_PURGE_PROTECTION)).value(false).limit("true (observed)")
                    .because("The existing vault has purge protection on, and Azure never turns it off again; the spec "
                            + "asks for false.", "Remove 'enablePurgeProtection: false' (kvguard's default is true)."));
        } else {
            differs(out, InputPath.of(Inputs.SecureKeyVault.ENABLE_PURGE_PROTECTION), seen.enablePurgeProtection(), spec.enablePurgeProtection(),
                    " Purge protection cannot be turned off again once on.");
        }
        differs(out, InputPath.of(Inputs.SecureKeyVault.SKU), name(seen.sku()), spec.sku().specName(), "");
        differs(out, InputPath.of(Inputs.SecureKeyVault.ENABLE_RBAC_AUTHORIZATION), seen.enableRbacAuthorization(), spec.enableRbacAuthorization(),
                " Callers authorised the other way lose access to the data plane.");
        for (VaultFlag flag : VaultFlag.values()) {
            differs(out, InputPath.of(flag.specName()), seen.flag(flag), spec.flag(flag), "");
        }
        differs(out, InputPath.of(Inputs.SecureKeyVault.NETWORK_RULES).child(Inputs.NetworkRules.DEFAULT_ACTION), name(seen.defaultAction()), spec.effectiveDefaultAction().specName(), "");
        differs(out, InputPath.of(Inputs.SecureKeyVault.NETWORK_RULES).child(Inputs.NetworkRules.BYPASS), name(seen.bypass()), spec.effectiveBypass().specName(), "");
        if (seen.ipRules() != null) {
            lists(out, InputPath.of(Inputs.SecureKeyVault.NETWORK_RULES).child(Inputs.NetworkRules.IP_RULES), "IPv4 rule", ipKeys(seen.ipRules()), ipKeys(spec.networkRules().ipRules()));
        }
        if (seen.virtualNetworkRules() != null) {
            lists(out, InputPath.of(Inputs.SecureKeyVault.NETWORK_RULES).child(Inputs.NetworkRules.VIRTUAL_NETWORK_RULES), "virtual-network rule", subnetKeys(seen.virtualNetworkRules()),
                    specSubnetKeys(spec));
        }
        location(spec, seen.location(), out);
        differs(out, InputPath.of(Inputs.SecureKeyVault.TENANT_ID), seen.tenantId(), spec.tenantId(),
                " Access policies and Azure RBAC then refer to the identities of the other directory.");
        if (seen.publicNetworkAccess() != null && spec.privateAccess().publicNetworkAccess() != null) {
            // Only a value the spec sends changes the vault; an omitted one keeps what Azure has.
            differs(out, InputPath.of(Inputs.SecureKeyVault.PUBLIC_NETWORK_ACCESS), seen.publicNetworkAccess().specName(),
                    spec.privateAccess().publicNetworkAccess().specName(),
                    seen.publicNetworkAccess() == PublicNetworkAccess.DISABLED
                            ? " This reopens the vault's public endpoint: every network the firewall admits reaches it again,"
                            + " where today only private endpoints and trusted services do." : "");
        }
        if (seen.tags() != null) {
            tags(out, seen.tags(), spec.tags());
        }
        if (seen.accessPolicies() != null) {
            ObservedPolicies.compare(seen.accessPolicies(), spec.accessPolicies(), out);
        } else if (seen.accessPolicyCount() != null && seen.accessPolicyCount() != SpecList.written(spec.accessPolicies())) {
            differs(out, InputPath.of(Inputs.SecureKeyVault.ACCESS_POLICIES), seen.accessPolicyCount() + " access policies",
                    SpecList.written(spec.accessPolicies()) + " access policies",
                    " The component owns the vault's policies: the adopted vault keeps exactly the ones the spec lists.");
        }
    }

    private static void location(VaultSpec spec, String observed, Findings out) {
        if (observed == null || spec.location() == null || region(observed).equals(region(spec.location()))) {
            return;
        }
        out.add(Finding.of(Rule.ADOPT_IMMUTABLE_PROPERTY, InputPath.of(Inputs.SecureKeyVault.LOCATION)).value(spec.location()).limit(observed + " (observed)")
                .because("The existing vault is in '" + observed + "' and a resource's location cannot change; the spec asks for '"
                                + spec.location() + "', so the deployment would replace the vault instead of adopting it.",
                        "Set 'location: " + observed + "'."));
    }

    /** A region's name as Resource Manager matches it: ignoring case and spaces ({@code West Europe} = {@code westeurope}). */
    private static String region(String location) {
        return location.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
    }

    /** Tags the adopting deployment adds, removes or changes: the component sends the spec's tags as the whole set. */
    private static void tags(Findings out, Map<String, String> observed, Map<String, String> declared) {
        List<String> changes = new ArrayList<>();
        List<String> added = declared.keySet().stream().filter(k -> !observed.containsKey(k)).sorted().toList();
        List<String> removed = observed.keySet().stream().filter(k -> !declared.containsKey(k)).sorted().toList();
        List<String> changed = declared.keySet().stream()
                .filter(k -> observed.containsKey(k) && !observed.get(k).equals(declared.get(k))).sorted().toList();
        if (!added.isEmpty()) {
            changes.add("adds " + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            changes.add("removes " + String.join(", ", removed));
        }
        if (!changed.isEmpty()) {
            changes.add("changes " + changed.stream().map(k -> k + " (" + observed.get(k) + " to " + declared.get(k) + ")")
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (changes.isEmpty()) {
            return;
        }
        out.add(Finding.of(Rule.ADOPT_PROPERTY_DIFFERS, InputPath.of(Inputs.SecureKeyVault.TAGS)).value(declared).limit(observed + " (observed)")
                .because("Adopting the existing vault changes its tags: " + String.join("; ", changes) + ".",
                        NEWER_PULUMI + "; to adopt it unchanged first, list exactly the observed tags for that deployment."));
    }

    private static String name(SpecEnum value) {
        return value == null ? null : value.specName();
    }

    /** Reports a property whose observed value (null: not recorded) differs from the one the spec sends. */
    private static void differs(Findings out, InputPath path, Object observed, Object declared, String consequence) {
        if (observed == null || observed.toString().equalsIgnoreCase(declared.toString())) {
            return;
        }
        out.add(Finding.of(Rule.ADOPT_PROPERTY_DIFFERS, path).value(declared).limit(observed + " (observed)")
                .because("Adopting the existing vault changes '" + path + "' from " + observed + " to " + declared + "."
                        + consequence, NEWER_PULUMI + "; to adopt it unchanged first, set '" + path + "' to "
                        + observed + " for that deployment."));
    }

    /** Rules added or removed, each list keyed by a normal form ({@code a.b.c.d} and {@code a.b.c.d/32} alike). */
    private static void lists(Findings out, InputPath path, String what, Map<String, String> observed,
                              Map<String, String> declared) {
        List<String> added = new ArrayList<>();
        declared.forEach((key, text) -> {
            if (!observed.containsKey(key)) {
                added.add(text);
            }
        });
        List<String> removed = new ArrayList<>();
        observed.forEach((key, text) -> {
            if (!declared.containsKey(key)) {
                removed.add(text);
            }
        });
        if (added.isEmpty() && removed.isEmpty()) {
            return;
        }
        List<String> changes = new ArrayList<>();
        if (!added.isEmpty()) {
            changes.add("adds " + count(added.size(), what) + " (" + String.join(", ", added) + ")");
        }
        if (!removed.isEmpty()) {
            changes.add("removes " + count(removed.size(), what) + " (" + String.join(", ", removed) + ")");
        }
        out.add(Finding.of(Rule.ADOPT_PROPERTY_DIFFERS, path).value(String.join(", ", declared.values()))
                .limit(observed.size() + " observed")
                .because("Adopting the existing vault " + String.join(" and ", changes) + ".",
                        NEWER_PULUMI + "; to adopt it unchanged first, list exactly the observed rules for that deployment."));
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static Map<String, String> ipKeys(List<String> rules) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String text : rules) {
            String key = Ipv4Parser.parse(text) instanceof Ipv4Parser.Parsed p ? p.range().toCidr() : text.strip();
            keys.putIfAbsent(key, text);
        }
        return keys;
    }

    private static Map<String, String> subnetKeys(List<String> ids) {
        Map<String, String> keys = new LinkedHashMap<>();
        ids.forEach(id -> keys.putIfAbsent(
                SubnetId.parse(id).map(SubnetId::key).orElse(id.toLowerCase(java.util.Locale.ROOT)), id));
        return keys;
    }

    private static Map<String, String> specSubnetKeys(VaultSpec spec) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (VirtualNetworkRuleSpec rule : spec.networkRules().virtualNetworkRules()) {
            if (rule.isManaged()) {
                ManagedSubnetSpec s = rule.subnet();
                keys.putIfAbsent(SubnetId.SubnetKey.of(s.resourceGroupName(), s.virtualNetworkName(), s.name()),
                        s.virtualNetworkName() + "/" + s.name());
            } else {
                subnetKeys(List.of(rule.subnetId())).forEach(keys::putIfAbsent);
            }
        }
        return keys;
    }
}
