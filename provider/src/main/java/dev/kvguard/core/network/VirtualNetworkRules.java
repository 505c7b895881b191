package dev.kvguard.core.network;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.finding.RuleSet;
import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.net.Ipv4Parser;
import dev.kvguard.core.net.Ipv4Range;
import dev.kvguard.core.net.SubnetId;
import dev.kvguard.core.spec.ManagedSubnetSpec;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.spec.VirtualNetworkRuleSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Virtual-network rules: well-formed subnet ids, managed subnets' prefixes, duplicates and the rule count. */
public final class VirtualNetworkRules implements RuleSet {

    static final String PATH = "networkRules.virtualNetworkRules";

    @Override
    public void check(VaultSpec spec, LimitsProfile profile, Findings out) {
        List<VirtualNetworkRuleSpec> rules = spec.networkRules().virtualNetworkRules();
        Map<String, String> firstPathByKey = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            VirtualNetworkRuleSpec rule = rules.get(i);
            String path = PATH + "[" + i + "]";
            String key = null;
            if (rule.subnetId() != null) {
                key = existingSubnet(path + ".subnetId", rule.subnetId(), out);
            } else if (rule.subnet() != null) {
                key = managedSubnet(path + ".subnet", rule.subnet(), out);
            }
            if (key == null) {
                continue;
            }
            String first = firstPathByKey.putIfAbsent(key, path);
            if (first != null) {
                out.add(Finding.of(Rule.VNET_RULE_DUPLICATE, path).value(key).limit("each subnet once")
                        .because("Virtual-network rule " + path + " names the same subnet (" + key + ") as " + first + ".",
                                "Remove " + path + "; kvguard would send the subnet once anyway."));
            }
        }
        if (rules.size() > profile.maxVirtualNetworkRules()) {
            out.add(Finding.of(Rule.VNET_RULE_COUNT, PATH).value(rules.size())
                    .limit("at most " + profile.maxVirtualNetworkRules() + " virtual-network rules (" + profile.name() + ")")
                    .because(rules.size() + " virtual-network rules exceed the limit of " + profile.maxVirtualNetworkRules()
                                    + " in the '" + profile.name() + "' profile.",
                            "Admit whole address spaces through fewer, larger subnets or a private endpoint; if your vault "
                                    + "follows Microsoft's current limits, use profile 'current' ("
                                    + LimitsProfile.CURRENT.maxVirtualNetworkRules() + ")."));
        }
    }

    private static String existingSubnet(String path, String id, Findings out) {
        return SubnetId.parse(id).map(SubnetId::key).orElseGet(() -> {
            out.add(Finding.of(Rule.VNET_RULE_SUBNET_ID, path).value(id).limit(SubnetId.SHAPE)
                    .because("'" + id + "' is not a subnet resource id.",
                            "Use the subnet's full id: " + SubnetId.SHAPE
                                    + " (e.g. 'az network vnet subnet show ... --query id')."));
            return null;
        });
    }

    /** Checks a managed subnet on its own; returns its identity, or null when its names are missing. */
    public static String managedSubnet(String path, ManagedSubnetSpec subnet, Findings out) {
        addressPrefix(path + ".addressPrefix", subnet.addressPrefix(), out);
        if (subnet.resourceGroupName() == null || subnet.virtualNetworkName() == null || subnet.name() == null) {
            return null; // binding reported the missing names
        }
        return SubnetId.SubnetKey.of(subnet.resourceGroupName(), subnet.virtualNetworkName(), subnet.name());
    }

    /**
     * Checks a subnet's address prefix, when given, as a network address in CIDR form; shared by managed subnets
     * and by private endpoints' subnets. Returns the range when it is one (host bits set included).
     */
    public static Optional<Ipv4Range> addressPrefix(String path, String prefix, Findings out) {
        if (prefix == null) {
            return Optional.empty();
        }
        if (!(Ipv4Parser.parse(prefix) instanceof Ipv4Parser.Parsed parsed) || !parsed.hadPrefix()) {
            out.add(Finding.of(Rule.SUBNET_ADDRESS_PREFIX, path).value(prefix)
                    .limit("an IPv4 CIDR range").because("Subnet address prefix '" + prefix
                            + "' is not an IPv4 CIDR range.", "Write the subnet's range, e.g. 10.1.0.0/24."));
            return Optional.empty();
        }
        if (parsed.hostBitsSet()) {
            out.add(Finding.of(Rule.SUBNET_ADDRESS_PREFIX, path).value(prefix)
                    .limit("a network address").because("Subnet address prefix '" + prefix
                            + "' has host bits set; Azure refuses it.", "Write " + parsed.range().toCidr() + "."));
        }
        return Optional.of(parsed.range());
    }
}
