package dev.kvguard.core.spec;

import dev.kvguard.core.limits.LimitsProfile;
import java.util.List;

/**
 * Which limits profile to validate against, and any single limits the user overrides.
 *
 * @param profile                name of a built-in profile; null means {@link LimitsProfile#DEFAULT}
 * @param maxIpRules             override of the IPv4 rule limit, or null
 * @param maxVirtualNetworkRules override of the virtual-network rule limit, or null
 * @param refusedPrefixLengths   override of the refused prefix lengths, or null
 */
public record LimitsSpec(String profile, Integer maxIpRules, Integer maxVirtualNetworkRules,
                         List<Integer> refusedPrefixLengths) {

    public static final LimitsSpec DEFAULT = new LimitsSpec(null, null, null, null);

    public LimitsSpec {
        refusedPrefixLengths = refusedPrefixLengths == null ? null : SpecList.copyOf(refusedPrefixLengths);
    }
}
