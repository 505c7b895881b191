package dev.kvguard.core.limits;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.spec.LimitsSpec;
import dev.kvguard.core.spec.SpecList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns the user's {@code limits} block into the profile to validate against, reporting unusable values. */
public final class LimitsResolver {

    /** The rules limits resolution reports: an unknown profile, overrides that are not usable numbers. */
    public static final Set<Rule> RULES = Set.of(Rule.LIMITS_PROFILE, Rule.LIMITS_OVERRIDE);

    private LimitsResolver() {
    }

    /** The profile of {@code limits}, with {@link LimitsProfile#DEFAULT} for specs that name none. */
    public static LimitsProfile resolve(LimitsSpec limits, Findings out) {
        return resolve(limits, LimitsProfile.DEFAULT, out);
    }

    /**
     * The profile of {@code limits}, with {@code fallback} for specs that name none: the caller says which
     * (the offline preview's {@code --profile} reaches components through the deployment's config).
     */
    public static LimitsProfile resolve(LimitsSpec limits, LimitsProfile fallback, Findings out) {
        LimitsProfile base = fallback;
        if (limits.profile() != null) {
            base = LimitsProfile.named(limits.profile()).orElseGet(() -> {
                out.add(Finding.of(Rule.LIMITS_PROFILE, InputPath.of(Inputs.SecureKeyVault.LIMITS).child(Inputs.Limits.PROFILE)).value(limits.profile())
                        .limit("one of " + String.join(", ", LimitsProfile.names()))
                        .because("'" + limits.profile() + "' is not a limits profile; known: "
                                        + String.join(", ", LimitsProfile.names()) + ". Validated against '"
                                        + LimitsProfile.DEFAULT.name() + "'.",
                                "Use 'reference-2019' (the reference document) or 'current' (Microsoft's current page)."));
                return LimitsProfile.DEFAULT;
            });
        }
        Integer ip = positive(limits.maxIpRules(), InputPath.of(Inputs.SecureKeyVault.LIMITS).child(Inputs.Limits.MAX_IP_RULES), out);
        Integer vnet = positive(limits.maxVirtualNetworkRules(), InputPath.of(Inputs.SecureKeyVault.LIMITS).child(Inputs.Limits.MAX_VIRTUAL_NETWORK_RULES), out);
        List<Integer> refused = null;
        if (limits.refusedPrefixLengths() != null) {
            refused = new ArrayList<>();
            boolean usable = true;
            for (int i = 0; i < limits.refusedPrefixLengths().size(); i++) {
                int p = limits.refusedPrefixLengths().get(i);
                if (p < 0 || p > 32) {
                    out.add(Finding.of(Rule.LIMITS_OVERRIDE, InputPath.of(Inputs.SecureKeyVault.LIMITS).child(Inputs.Limits.REFUSED_PREFIX_LENGTHS)
                            .at(SpecList.position(limits.refusedPrefixLengths(), i))).value(p)
                            .limit("0-32").because("Prefix length " + p + " is outside 0-32.",
                                    "Use prefix lengths between 0 and 32, e.g. [31, 32]."));
                    usable = false;
                } else {
                    refused.add(p);
                }
            }
            // A half-valid override is not applied at all: guessing which half the user meant is worse.
            refused = usable ? refused : null;
        }
        return base.withOverrides(ip, vnet, refused);
    }

    private static Integer positive(Integer value, InputPath path, Findings out) {
        if (value != null && value < 1) {
            out.add(Finding.of(Rule.LIMITS_OVERRIDE, path).value(value).limit("at least 1")
                    .because("A limit of " + value + " would refuse every rule.", "Use a limit of at least 1, or remove the override."));
            return null;
        }
        return value;
    }
}
