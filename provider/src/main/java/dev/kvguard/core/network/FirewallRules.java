package dev.kvguard.core.network;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.finding.RuleSet;
import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.spec.DefaultAction;
import dev.kvguard.core.spec.Stage;
import dev.kvguard.core.spec.VaultSpec;

/** The firewall as a whole: a default action that lets everyone in makes every rule pointless. */
public final class FirewallRules implements RuleSet {

    @Override
    public void check(VaultSpec spec, LimitsProfile profile, Findings out) {
        if (spec.effectiveDefaultAction() != DefaultAction.ALLOW) {
            return;
        }
        if (spec.stage() == Stage.OBSERVE) {
            out.add(Finding.of(Rule.DEFAULT_ACTION_ALLOW, "stage").value(spec.stage().specName())
                    .limit("default action Deny when enforced")
                    .because("Stage 'observe' keeps the default action Allow: rules and logging go live but every "
                            + "network still reaches the vault's data plane.",
                            "Review the AuditEvent logs for callers the rules would refuse, then deploy again with "
                                    + "'stage: enforce'."));
        } else if (spec.networkRules().hasRules()) {
            out.add(Finding.of(Rule.DEFAULT_ACTION_ALLOW, "networkRules.defaultAction").value("Allow")
                    .limit("default action Deny")
                    .because("The default action is Allow, so the IP and virtual-network rules restrict nothing: "
                            + "every network reaches the vault's data plane.",
                            "Set 'defaultAction: Deny', or 'stage: observe' to tighten a vault in use step by step."));
        } else {
            out.add(Finding.of(Rule.DEFAULT_ACTION_ALLOW, "networkRules.defaultAction").value("Allow")
                    .limit("default action Deny")
                    .because("The default action is Allow with no rules: the vault is open to every network.",
                            "Set 'defaultAction: Deny' and list the subnets and public ranges that need the vault."));
        }
    }
}
