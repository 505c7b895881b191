package io.github.kvguard.core.finding;

import io.github.kvguard.core.limits.LimitsProfile;
import io.github.kvguard.core.spec.VaultSpec;

/** The checks of one concern (network, access, logging...). Implementations are pure and never throw on user input. */
@FunctionalInterface
public interface RuleSet {
    void check(VaultSpec spec, LimitsProfile profile, Findings out);
}
