package dev.kvguard.core.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The Key Vault firewall limits kvguard checks against. Two named profiles exist because Microsoft's
 * documentation changed: {@link #REFERENCE_2019} is the reference document this project is built from
 * (the default), {@link #CURRENT} is Microsoft's current page. Users may override single limits.
 *
 * @param name                   profile name as shown in findings and outputs; carries any overrides
 * @param maxIpRules             most IPv4 rules a vault accepts
 * @param maxVirtualNetworkRules most virtual-network rules a vault accepts
 * @param refusedPrefixLengths   prefix lengths Azure refuses in IP rules (write single addresses instead)
 * @param maxAccessPolicies      most access-policy entries a vault accepts
 * @param source                 where the numbers come from
 */
public record LimitsProfile(String name, int maxIpRules, int maxVirtualNetworkRules,
                            SortedSet<Integer> refusedPrefixLengths, int maxAccessPolicies, String source) {

    /** Access-policy entries per vault; the same in every version of the documentation. */
    public static final int ACCESS_POLICY_LIMIT = 1024;

    public static final LimitsProfile REFERENCE_2019 = new LimitsProfile("reference-2019", 127, 127,
            new TreeSet<>(List.of(31, 32)), ACCESS_POLICY_LIMIT,
            "Virtual network service endpoints for Azure Key Vault (ms.date 01/02/2019)");

    /**
     * Microsoft's current page, "Configure Azure Key Vault firewalls and virtual networks"
     * (https://learn.microsoft.com/azure/key-vault/general/network-security): its limitations name 200
     * virtual-network rules, 1000 IPv4 rules, public IPv4 only, and no refused prefix length. The /31 and
     * /32 sentence of the 2019 page is gone, so this profile refuses none rather than keep an unsourced limit.
     */
    public static final LimitsProfile CURRENT = new LimitsProfile("current", 1000, 200,
            new TreeSet<>(), ACCESS_POLICY_LIMIT,
            "Configure Azure Key Vault firewalls and virtual networks, "
                    + "https://learn.microsoft.com/azure/key-vault/general/network-security "
                    + "(200 VNet rules, 1000 IPv4 rules, no refused prefix length)");

    public static final LimitsProfile DEFAULT = REFERENCE_2019;

    public LimitsProfile {
        Objects.requireNonNull(name, "name");
        refusedPrefixLengths = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(refusedPrefixLengths));
        Objects.requireNonNull(source, "source");
    }

    /** The built-in profiles, in the order they are documented. */
    public static List<LimitsProfile> builtIn() {
        return List.of(REFERENCE_2019, CURRENT);
    }

    /** Looks a built-in profile up by name, case-insensitively. */
    public static Optional<LimitsProfile> named(String name) {
        return builtIn().stream().filter(p -> p.name.equalsIgnoreCase(name)).findFirst();
    }

    public static List<String> names() {
        return builtIn().stream().map(LimitsProfile::name).toList();
    }

    public boolean refusesPrefix(int prefixLength) {
        return refusedPrefixLengths.contains(prefixLength);
    }

    /**
     * The form in which a normalised IP rule is sent to Azure. Where the profile accepts /32, a single
     * address goes as {@code a.b.c.d/32}, the form Azure stores and returns, so that a refresh shows no
     * difference; where /32 is refused, the bare address is the only form the profile allows.
     */
    public String azureIpRule(String rule) {
        return rule.indexOf('/') < 0 && !refusesPrefix(32) ? rule + "/32" : rule;
    }

    /**
     * Applies the user's overrides. The name then records them, e.g.
     * {@code current+maxIpRules=400}, so that every output says which limits were really applied.
     */
    public LimitsProfile withOverrides(Integer ipRules, Integer virtualNetworkRules, List<Integer> refusedPrefixes) {
        List<String> changes = new ArrayList<>();
        int ip = maxIpRules;
        int vnet = maxVirtualNetworkRules;
        SortedSet<Integer> refused = refusedPrefixLengths;
        if (ipRules != null && ipRules != maxIpRules) {
            ip = ipRules;
            changes.add("maxIpRules=" + ipRules);
        }
        if (virtualNetworkRules != null && virtualNetworkRules != maxVirtualNetworkRules) {
            vnet = virtualNetworkRules;
            changes.add("maxVirtualNetworkRules=" + virtualNetworkRules);
        }
        if (refusedPrefixes != null && !new TreeSet<>(refusedPrefixes).equals(refusedPrefixLengths)) {
            refused = new TreeSet<>(refusedPrefixes);
            changes.add("refusedPrefixLengths=" + refused.toString().replace(" ", ""));
        }
        if (changes.isEmpty()) {
            return this;
        }
        return new LimitsProfile(name + "+" + String.join(",", changes), ip, vnet, refused, maxAccessPolicies,
                source + ", with overrides");
    }

    /** Human-readable statement of the profile, used by renderers. */
    public String describe() {
        return name + ": at most " + maxIpRules + " IPv4 rules, " + maxVirtualNetworkRules
                + " virtual-network rules, " + maxAccessPolicies + " access policies; refused prefixes "
                + refusedPrefixLengths.stream().map(p -> "/" + p).toList();
    }
}
