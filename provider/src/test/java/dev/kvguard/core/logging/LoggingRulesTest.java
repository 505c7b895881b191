package dev.kvguard.core.logging;

import static dev.kvguard.testing.TestSpecs.byRule;
import static dev.kvguard.testing.TestSpecs.single;
import static dev.kvguard.testing.TestSpecs.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Severity;
import dev.kvguard.core.spec.DefaultAction;
import dev.kvguard.core.spec.LogCategory;
import dev.kvguard.core.spec.LoggingSpec;
import dev.kvguard.core.spec.NetworkRulesSpec;
import dev.kvguard.core.validate.ValidationReport;
import dev.kvguard.testing.TestSpecs;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoggingRulesTest {

    @Test
    void firewalledVaultWithoutLoggingIsAnError() {
        Finding f = single(validate(TestSpecs.valid().logging(LoggingSpec.NONE).build()), "logging-missing");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("logging", f.path().toString());
        assertTrue(f.fix().contains("logging.waiver"));
    }

    @Test
    void aWaiverWithAReasonTurnsItIntoAWarning() {
        LoggingSpec waived = new LoggingSpec(null, null, null, null, null, true, null, "sandbox, deleted nightly");
        ValidationReport report = validate(TestSpecs.valid().logging(waived).build());
        Finding f = single(report, "logging-missing");
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("sandbox, deleted nightly"));
        assertFalse(report.hasErrors());
    }

    @Test
    void aBlankWaiverIsNoWaiver() {
        LoggingSpec blank = new LoggingSpec(null, null, null, null, null, true, null, "  ");
        assertEquals(Severity.ERROR, single(validate(TestSpecs.valid().logging(blank).build()), "logging-missing").severity());
    }

    @Test
    void anOpenVaultWithoutRulesNeedsNoLogging() {
        ValidationReport report = validate(TestSpecs.valid().logging(LoggingSpec.NONE)
                .networkRules(new NetworkRulesSpec(DefaultAction.ALLOW, null, null, null)).build());
        assertEquals(0, byRule(report, "logging-missing").size());
        assertEquals(1, byRule(report, "default-action-allow").size());
    }

    @Test
    void eachDestinationAloneSatisfiesTheRule() {
        String id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st";
        for (LoggingSpec spec : List.of(new LoggingSpec(null, id, null, null, null, true, null, null),
                new LoggingSpec(null, null, id, "hub", null, true, null, null))) {
            assertEquals(List.of(), validate(TestSpecs.valid().logging(spec).build()).findings());
        }
    }

    @Test
    void destinationsMustBeResourceIdsAndHubNamesNeedARule() {
        LoggingSpec bad = new LoggingSpec("law-platform", null, null, "hub", null, true, null, null);
        List<Finding> findings = byRule(validate(TestSpecs.valid().logging(bad).build()), "logging-destination");
        assertEquals(List.of("logging.eventHubName", "logging.logAnalyticsWorkspaceId"), findings.stream().map(f -> f.path().toString()).toList());
    }

    @Test
    void categoriesDefaultToAuditEvent() {
        assertEquals(List.of(LogCategory.AUDIT_EVENT), LoggingSpec.NONE.categories());
    }
}
