package dev.kvguard.core.check;

import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.spec.VaultSpec;
import java.util.EnumSet;
import java.util.Set;

/**
 * The checks of one concern (network, access, logging...). Implementations are pure and never throw on user
 * input. A rule set that parses a part of the spec hands the parsed part to {@link Checking}, so the planner and
 * the translators never parse it again. Each set names, once, the rules it owns: no other set reports them.
 */
public abstract class RuleSet {

    private final Set<Rule> rules;

    protected RuleSet(Rule first, Rule... rest) {
        this.rules = Set.copyOf(EnumSet.of(first, rest));
    }

    public abstract void check(VaultSpec spec, Checking checking);

    /** The rules whose findings this set reports: each rule has exactly one owner. */
    public final Set<Rule> rules() {
        return rules;
    }
}
