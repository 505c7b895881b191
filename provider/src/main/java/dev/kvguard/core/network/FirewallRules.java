package dev.kvguard.core.network;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.finding.RuleSet;
import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.privatelink.PublicAccess;
import dev.kvguard.core.spec.DefaultAction;
import dev.kvguard.core.spec.Stage;
import dev.kvguard.core.spec.VaultSpec;

/**
 * The firewall as a whole: a default action that lets everyone in makes every rule pointless, unless public network
 * access is disabled, when Azure applies no firewall at all (see {@code PrivateEndpointRules}).
 */
public final class FirewallRules implements RuleSet {

    @Override
    public void check(VaultSpec spec, LimitsProfile profile, Findings out) {
        if (spec.effectiveDefaultAction() != DefaultAction.ALLOW) {
            return;
        }
        if (PublicAccess.heldBack(spec)) {
            out.add(Finding.of(Rule.DEFAULT_ACTION_ALLOW, "stage").value(spec.stage().specName())
                    .limit("default action Deny and public network access Disabled when enforced")
                    .because("Stage 'observe' keeps the default action Allow and holds back 'publicNetworkAccess: "
                            + "Disabled': rules, logging and private endpoints go live, but the vault keeps its current "
                            + "public network access, and while that is Enabled every network reaches its data plane.",
                            "Review the AuditEvent logs for callers the rules would refuse and move clients to the "
                                    + "private endpoints, then deploy again with 'stage: enforce', which also disables "
                                    + "public network access."));
        } else if (spec.stage() == Stage.OBSERVE) {
            out.add(Finding.of(Rule.DEFAULT_ACTION_ALLOW, "stage").value(spec.stage().specName())
                    .limit("default action Deny when enforced")
                    .because("Stage 'observe' keeps the default action Allow: rules and logging go live but every "
                            + "network still reaches the vault's data plane.",
                            "Review the AuditEvent logs for callers the rules would refuse, then deploy again with "
                                    + "'stage: enforce'."));
        } else if (PublicAccess.disabledOnDeploy(spec)) {
            // Not "open to every network": with public access disabled Azure never consults the firewall.
            out.add(Finding.of(Rule.PUBLIC_ACCESS_RULES_IGNORED, "networkRules.defaultAction").value("Allow")
                    .limit("public network access Disabled")
                    .because("The default action Allow has no effect while public network access is disabled: Azure "
                            + "refuses every public caller whatever the firewall says, and only private endpoints and "
                            + "trusted services (through the bypass) reach the data plane.",
                            "Set 'defaultAction: Deny', so the firewall still holds if public network access is "
                                    + "enabled again."));
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
