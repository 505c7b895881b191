package dev.kvguard.core.validate;

import dev.kvguard.core.access.AccessPolicyRules;
import dev.kvguard.core.adopt.AdoptionRules;
import dev.kvguard.core.check.Checking;
import dev.kvguard.core.check.RuleSet;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.limits.LimitsResolver;
import dev.kvguard.core.logging.LoggingRules;
import dev.kvguard.core.naming.NamingRules;
import dev.kvguard.core.network.FirewallRules;
import dev.kvguard.core.network.IpRules;
import dev.kvguard.core.network.SubnetPrefixRules;
import dev.kvguard.core.network.VirtualNetworkRules;
import dev.kvguard.core.privatelink.PrivateEndpointRules;
import dev.kvguard.core.spec.ManagedSubnetSpec;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.spec.io.BoundSpec;
import dev.kvguard.core.spec.io.SpecBinder;
import dev.kvguard.core.trusted.TrustedServiceRules;
import dev.kvguard.core.vault.VaultRules;
import java.util.List;

/**
 * Runs every rule set on a spec and returns all findings with the resolved vault. Pure: no I/O, no Pulumi,
 * never throws on user input, never stops at the first problem.
 */
public final class Validator {

    /**
     * Every rule set, each owning its rules (see {@link RuleSet#rules()}), in the order they run: trusted services
     * come after access policies, whose resolved entries they match.
     */
    public static final List<RuleSet> RULE_SETS = List.of(
            new VaultRules(),
            new NamingRules(),
            new IpRules(),
            new VirtualNetworkRules(),
            new SubnetPrefixRules(),
            new FirewallRules(),
            new AccessPolicyRules(),
            new TrustedServiceRules(),
            new LoggingRules(),
            new PrivateEndpointRules(),
            new AdoptionRules());

    private Validator() {
    }

    public static ValidationReport validate(VaultSpec spec) {
        return validate(new BoundSpec(spec, List.of()));
    }

    /** Validates a bound spec, keeping the findings binding already made. */
    public static ValidationReport validate(BoundSpec bound) {
        return validate(bound, LimitsProfile.DEFAULT);
    }

    /**
     * Validates the subnet of a subnet service-endpoint component (bound under {@code subnet}), keeping the
     * findings binding made: the same checks a managed subnet of a vault gets on its own.
     */
    public static List<Finding> validateSubnet(SpecBinder.Bound<ManagedSubnetSpec> bound) {
        Findings out = new Findings();
        out.addAll(bound.findings());
        SubnetPrefixRules.addressPrefix(InputPath.of(Inputs.SubnetServiceEndpoint.SUBNET)
                .child(Inputs.ManagedSubnet.ADDRESS_PREFIX), bound.value().addressPrefix(), out);
        return out.sorted();
    }

    /** Validates a bound spec against {@code fallback} when the spec names no limits profile. */
    public static ValidationReport validate(BoundSpec bound, LimitsProfile fallback) {
        Findings out = new Findings();
        out.addAll(bound.findings());
        LimitsProfile profile = LimitsResolver.resolve(bound.spec().limits(), fallback, out);
        Checking checking = new Checking(profile, out);
        for (RuleSet rules : RULE_SETS) {
            int before = out.size();
            rules.check(bound.spec(), checking);
            for (Finding f : out.since(before)) {
                if (!rules.rules().contains(f.rule())) {
                    // A programming error, not a user's: every rule has exactly one owning rule set.
                    throw new IllegalStateException(rules.getClass().getSimpleName() + " reported " + f.ruleId()
                            + ", which it does not own");
                }
            }
        }
        return new ValidationReport(profile, out.sorted(), Resolver.resolve(bound.spec(), checking));
    }
}
