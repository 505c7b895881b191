package dev.kvguard.core.finding;

import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.spec.VaultSpec;

/** The checks of one concern (network, access, logging...). Implementations are pure and never throw on user input. */
@FunctionalInterface
public interface RuleSet {
    void check(VaultSpec spec, LimitsProfile profile, Findings out);
}
