package dev.kvguard.core.naming;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.finding.RuleSet;
import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.spec.ManagedSubnetSpec;
import dev.kvguard.core.spec.VaultSpec;
import java.util.List;
import java.util.Map;

/**
 * The names kvguard passes to Azure besides the vault's own: resource groups, the virtual networks and
 * subnets of managed subnets, and tags. A name Azure would refuse fails at deployment, half-way through a
 * plan; a name with a backtick, pipe or line break also has no place in a review.
 */
public final class NamingRules implements RuleSet {

    @Override
    public void check(VaultSpec spec, LimitsProfile profile, Findings out) {
        name(Rule.RESOURCE_GROUP_NAME, AzureName.RESOURCE_GROUP, "resourceGroupName", spec.resourceGroupName(), out);
        List<dev.kvguard.core.spec.VirtualNetworkRuleSpec> rules = spec.networkRules().virtualNetworkRules();
        for (int i = 0; i < rules.size(); i++) {
            ManagedSubnetSpec subnet = rules.get(i).subnet();
            if (subnet != null) {
                String at = "networkRules.virtualNetworkRules[" + i + "].subnet.";
                name(Rule.RESOURCE_GROUP_NAME, AzureName.RESOURCE_GROUP, at + "resourceGroupName", subnet.resourceGroupName(), out);
                name(Rule.VIRTUAL_NETWORK_NAME, AzureName.VIRTUAL_NETWORK, at + "virtualNetworkName", subnet.virtualNetworkName(), out);
                name(Rule.SUBNET_NAME, AzureName.SUBNET, at + "name", subnet.name(), out);
            }
        }
        List<dev.kvguard.core.spec.PrivateEndpointSpec> endpoints = spec.privateAccess().endpoints();
        for (int i = 0; i < endpoints.size(); i++) {
            String at = "privateEndpoints[" + i + "].";
            name(Rule.PRIVATE_ENDPOINT_NAME, AzureName.PRIVATE_ENDPOINT, at + "name", endpoints.get(i).name(), out);
            var subnet = endpoints.get(i).subnet();
            if (subnet != null) {
                name(Rule.RESOURCE_GROUP_NAME, AzureName.RESOURCE_GROUP, at + "subnet.resourceGroupName", subnet.resourceGroupName(), out);
                name(Rule.VIRTUAL_NETWORK_NAME, AzureName.VIRTUAL_NETWORK, at + "subnet.virtualNetworkName", subnet.virtualNetworkName(), out);
                name(Rule.SUBNET_NAME, AzureName.SUBNET, at + "subnet.name", subnet.name(), out);
            }
        }
        for (Map.Entry<String, String> tag : spec.tags().entrySet()) {
            String at = "tags." + tag.getKey();
            name(Rule.TAG_NAME, AzureName.TAG_NAME, at, tag.getKey(), out);
            name(Rule.TAG_VALUE, AzureName.TAG_VALUE, at, tag.getValue(), out);
        }
    }

    private static void name(Rule rule, AzureName kind, String path, String name, Findings out) {
        if (name == null) {
            return;
        }
        kind.problems(name).ifPresent(problems -> out.add(Finding.of(rule, path).value(name).limit(kind.rules())
                .because("The " + kind.what() + " at '" + path + "' " + problems + ". Azure requires " + kind.rules() + ".",
                        "Rename it to meet the rule, e.g. '" + suggest(name, kind) + "'.")));
    }

    /** A name close to the given one that meets the rule: unusable characters become '-', then the ends are fixed. */
    static String suggest(String name, AzureName kind) {
        StringBuilder b = new StringBuilder();
        name.codePoints().limit(kind.max()).forEach(c -> b.appendCodePoint(kind.allowed().test(c) ? c : '-'));
        while (b.length() > 0 && !kind.last().test(b.codePointBefore(b.length()))) {
            b.setLength(b.length() - Character.charCount(b.codePointBefore(b.length())));
        }
        while (b.length() > 0 && !kind.first().test(b.codePointAt(0))) {
            b.deleteCharAt(0);
        }
        while (b.length() < kind.min()) {
            b.append('0');
        }
        return b.toString();
    }
}
