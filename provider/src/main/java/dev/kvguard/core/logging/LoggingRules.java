package dev.kvguard.core.logging;

import dev.kvguard.core.check.Checking;
import dev.kvguard.core.check.RuleSet;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.finding.Severity;
import dev.kvguard.core.model.DiagnosticSetting;
import dev.kvguard.core.spec.LoggingSpec;
import dev.kvguard.core.spec.VaultSpec;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Logging comes first in the documented recipe: without the AuditEvent log nobody can see which callers a
 * new firewall refuses. A firewalled vault must have a destination, or an explicit waiver with a reason.
 */
public final class LoggingRules extends RuleSet {

    private static final Pattern RESOURCE_ID = Pattern.compile("/subscriptions/[^/]+/resourceGroups/[^/]+/providers/.+",
            Pattern.CASE_INSENSITIVE);

    /** Owns, and alone reports, these rules. */
    public LoggingRules() {
        super(Rule.LOGGING_DESTINATION, Rule.LOGGING_MISSING);
    }

    @Override
    public void check(VaultSpec spec, Checking checking) {
        Findings out = checking.findings();
        LoggingSpec logging = spec.logging();
        checking.diagnosticSetting(!logging.hasDestination() ? Optional.empty() : Optional.of(new DiagnosticSetting(
                logging.diagnosticSettingName(), Optional.ofNullable(logging.logAnalyticsWorkspaceId()),
                Optional.ofNullable(logging.storageAccountId()), Optional.ofNullable(logging.eventHubAuthorizationRuleId()),
                Optional.ofNullable(logging.eventHubName()), logging.categories(), logging.metrics())));
        destination(InputPath.of(Inputs.SecureKeyVault.LOGGING).child(Inputs.Logging.LOG_ANALYTICS_WORKSPACE_ID), logging.logAnalyticsWorkspaceId(), out);
        destination(InputPath.of(Inputs.SecureKeyVault.LOGGING).child(Inputs.Logging.STORAGE_ACCOUNT_ID), logging.storageAccountId(), out);
        destination(InputPath.of(Inputs.SecureKeyVault.LOGGING).child(Inputs.Logging.EVENT_HUB_AUTHORIZATION_RULE_ID), logging.eventHubAuthorizationRuleId(), out);
        if (logging.eventHubName() != null && logging.eventHubAuthorizationRuleId() == null) {
            out.add(Finding.of(Rule.LOGGING_DESTINATION, InputPath.of(Inputs.SecureKeyVault.LOGGING).child(Inputs.Logging.EVENT_HUB_NAME)).value(logging.eventHubName())
                    .limit("eventHubName with eventHubAuthorizationRuleId")
                    .because("An event hub name is given without 'eventHubAuthorizationRuleId', so Azure cannot send to it.",
                            "Add 'eventHubAuthorizationRuleId' of the event hub namespace's authorization rule."));
        }
        if (!spec.isFirewalled() || logging.hasDestination()) {
            return;
        }
        if (logging.isWaived()) {
            out.add(Finding.of(Rule.LOGGING_MISSING, InputPath.of(Inputs.SecureKeyVault.LOGGING)).severity(Severity.WARNING).value(logging.waiver())
                    .limit("a diagnostic setting on a firewalled vault")
                    .because("Logging is waived (\"" + logging.waiver() + "\"): firewall denials on this vault will "
                            + "leave no audit trail.", "Send AuditEvent to a Log Analytics workspace when you can."));
        } else {
            out.add(Finding.of(Rule.LOGGING_MISSING, InputPath.of(Inputs.SecureKeyVault.LOGGING)).value("")
                    .limit("a diagnostic setting on a firewalled vault")
                    .because("The vault is firewalled but has no diagnostic setting: requests the firewall refuses "
                            + "would leave no AuditEvent log to diagnose them.",
                            "Set 'logging.logAnalyticsWorkspaceId' (or storageAccountId / eventHubAuthorizationRuleId), "
                                    + "or waive it explicitly with 'logging.waiver: <reason>'."));
        }
    }

    private static void destination(InputPath path, String id, Findings out) {
        if (id != null && !RESOURCE_ID.matcher(id).matches()) {
            out.add(Finding.of(Rule.LOGGING_DESTINATION, path).value(id).limit("an Azure resource id")
                    .because("'" + id + "' is not an Azure resource id.",
                            "Use the destination's full id: /subscriptions/<id>/resourceGroups/<rg>/providers/..."));
        }
    }
}
