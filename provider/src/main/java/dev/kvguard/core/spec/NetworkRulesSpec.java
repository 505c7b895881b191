package dev.kvguard.core.spec;

import java.util.List;

/**
 * The vault firewall.
 *
 * @param defaultAction       what happens to unmatched requests; default {@code Deny}
 * @param bypass              trusted-service bypass; null means derived: {@code AzureServices} when trusted
 *                            services are listed, {@code None} otherwise
 * @param ipRules             IPv4 addresses and CIDR ranges, as written by the user
 * @param virtualNetworkRules subnets admitted through their service endpoint
 */
public record NetworkRulesSpec(DefaultAction defaultAction, Bypass bypass, List<String> ipRules,
                               List<VirtualNetworkRuleSpec> virtualNetworkRules) {

    public static final NetworkRulesSpec DEFAULT = new NetworkRulesSpec(DefaultAction.DENY, null, List.of(), List.of());

    public NetworkRulesSpec {
        defaultAction = defaultAction == null ? DefaultAction.DENY : defaultAction;
        ipRules = SpecList.copyOf(ipRules);
        virtualNetworkRules = SpecList.copyOf(virtualNetworkRules);
    }

    /** Whether the user listed any rule, usable or not (an unusable one is reported, and still narrows intent). */
    public boolean hasRules() {
        return SpecList.written(ipRules) > 0 || SpecList.written(virtualNetworkRules) > 0;
    }
}
