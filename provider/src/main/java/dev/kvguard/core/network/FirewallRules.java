package dev.kvguard.core.network;

import dev.kvguard.core.check.Checking;
import dev.kvguard.core.check.RuleSet;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.spec.DefaultAction;
import dev.kvguard.core.spec.Stage;
import dev.kvguard.core.spec.VaultSpec;
import java.util.Set;

/**
 * The firewall as a whole: a default action that lets everyone in makes every rule pointless, unless public network
 * access is disabled, when Azure applies no firewall at all (see {@code PrivateEndpointRules}).
 */
public final class FirewallRules extends RuleSet {

    /** Owns, and alone reports, these rules. */
    public FirewallRules() {
        super(Rule.DEFAULT_ACTION_ALLOW);
    }

    @Override
    public void check(VaultSpec spec, Checking checking) {
        Findings out = checking.findings();
        if (spec.effectiveDefaultAction() != DefaultAction.ALLOW) {
            return;
        }
        if (spec.publicAccessHeldBack()) {
            out.add(Finding.of(Rule.DEFAULT_ACTION_ALLOW, InputPath.of(Inputs.SecureKeyVault.STAGE)).value(spec.stage().specName())
                    .limit("default action Deny and public network access Disabled when enforced")
                    .because("Stage 'observe' keeps the default action Allow and holds back 'publicNetworkAccess: "
                            + "Disabled': rules, logging and private endpoints go live, but the vault keeps its current "
                            + "public network access, and while that is Enabled every network reaches its data plane.",
                            "Review the AuditEvent logs for callers the rules would refuse and move clients to the "
                                    + "private endpoints, then deploy again with 'stage: enforce', which also disables "
                                    + "public network access."));
        } else if (spec.stage() == Stage.OBSERVE) {
            out.add(Finding.of(Rule.DEFAULT_ACTION_ALLOW, InputPath.of(Inputs.SecureKeyVault.STAGE)).value(spec.stage().specName())
                    .limit("default action Deny when enforced")
                    .because("Stage 'observe' keeps the default action Allow: rules and logging go live but every "
                            + "network still reaches the vault's data plane.",
                            "Review the AuditEvent logs for callers the rules would refuse, then deploy again with "
                                    + "'stage: enforce'."));
        } else if (spec.publicAccessDisabledOnDeploy()) {
            return; // not "open to every network": Azure never consults the firewall (PrivateEndpointRules says so)
        } else if (spec.networkRules().hasRules()) {
            out.add(Finding.of(Rule.DEFAULT_ACTION_ALLOW, InputPath.of(Inputs.SecureKeyVault.NETWORK_RULES).child(Inputs.NetworkRules.DEFAULT_ACTION)).value("Allow")
                    .limit("default action Deny")
                    .because("The default action is Allow, so the IP and virtual-network rules restrict nothing: "
                            + "every network reaches the vault's data plane.",
                            "Set 'defaultAction: Deny', or 'stage: observe' to tighten a vault in use step by step."));
        } else {
            out.add(Finding.of(Rule.DEFAULT_ACTION_ALLOW, InputPath.of(Inputs.SecureKeyVault.NETWORK_RULES).child(Inputs.NetworkRules.DEFAULT_ACTION)).value("Allow")
                    .limit("default action Deny")
                    .because("The default action is Allow with no rules: the vault is open to every network.",
                            "Set 'defaultAction: Deny' and list the subnets and public ranges that need the vault."));
        }
    }
}
