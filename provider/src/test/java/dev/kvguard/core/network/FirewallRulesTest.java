package dev.kvguard.core.network;

import static dev.kvguard.testing.TestSpecs.byRule;
import static dev.kvguard.testing.TestSpecs.single;
import static dev.kvguard.testing.TestSpecs.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.spec.DefaultAction;
import dev.kvguard.core.spec.NetworkRulesSpec;
import dev.kvguard.core.spec.PrivateAccessSpec;
import dev.kvguard.core.spec.PublicNetworkAccess;
import dev.kvguard.core.spec.Stage;
import dev.kvguard.testing.TestSpecs;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirewallRulesTest {

    @Test
    void allowWithRulesWarnsThatTheRulesRestrictNothing() {
        Finding f = single(validate(TestSpecs.valid().networkRules(
                new NetworkRulesSpec(DefaultAction.ALLOW, null, List.of("52.1.2.3"), null)).build()), "default-action-allow");
        assertEquals("networkRules.defaultAction", f.path().toString());
        assertTrue(f.message().contains("restrict nothing"));
    }

    @Test
    void observeStageWarnsAndSaysHowToFinish() {
        Finding f = single(validate(TestSpecs.valid().stage(Stage.OBSERVE).networkRules(
                new NetworkRulesSpec(DefaultAction.DENY, null, List.of("52.1.2.3"), null)).build()), "default-action-allow");
        assertEquals("stage", f.path().toString());
        assertTrue(f.fix().contains("stage: enforce"));
    }

    @Test
    void denyIsSilent() {
        assertEquals(List.of(), validate(TestSpecs.valid().build()).findings());
    }

    /** Public access disabled, its endpoints made elsewhere (waived), so that only the firewall verdicts differ. */
    static final PrivateAccessSpec DISABLED = new PrivateAccessSpec(PublicNetworkAccess.DISABLED, List.of(), "hub team");

    @Test
    void underObserveWithPublicAccessDisabledTheWarningSaysPublicAccessIsHeldBack() {
        Finding f = single(validate(TestSpecs.valid().stage(Stage.OBSERVE).privateAccess(DISABLED).build()),
                "default-action-allow");
        assertEquals("stage", f.path().toString());
        assertEquals("default action Deny and public network access Disabled when enforced", f.limit());
        assertTrue(f.message().contains("holds back 'publicNetworkAccess: Disabled'"), f.message());
        assertTrue(f.message().contains("keeps its current public network access, and while that is Enabled every "
                + "network reaches its data plane"), f.message());
        assertTrue(f.fix().endsWith("'stage: enforce', which also disables public network access."), f.fix());
    }

    @Test
    void allowWithPublicAccessDisabledIsReportedAsHavingNoEffectNotAsOpen() {
        for (List<String> ipRules : List.of(List.<String>of(), List.of("52.1.2.3"))) {
            var report = validate(TestSpecs.valid().privateAccess(DISABLED)
                    .networkRules(new NetworkRulesSpec(DefaultAction.ALLOW, null, ipRules, null)).build());
            assertEquals(List.of(), byRule(report, "default-action-allow"));
            List<Finding> ignored = byRule(report, "public-access-rules-ignored");
            assertEquals(List.of("networkRules.defaultAction"), ignored.stream().map(f -> f.path().toString())
                    .filter(p -> p.endsWith("defaultAction")).toList());
            Finding f = ignored.stream().filter(x -> x.path().toString().equals("networkRules.defaultAction")).findFirst().orElseThrow();
            assertEquals("Allow", f.value());
            assertTrue(f.message().startsWith("The default action Allow has no effect while public network access is "
                    + "disabled"), f.message());
            assertFalse(f.message().contains("every network reaches"), f.message());
        }
        // Enabled keeps the verdict that the vault is open.
        assertEquals(1, byRule(validate(TestSpecs.valid().privateAccess(new PrivateAccessSpec(PublicNetworkAccess.ENABLED,
                List.of(), null)).networkRules(new NetworkRulesSpec(DefaultAction.ALLOW, null, List.of(), null)).build()),
                "default-action-allow").size());
    }
}
