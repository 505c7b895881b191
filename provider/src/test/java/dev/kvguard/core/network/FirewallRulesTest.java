package dev.kvguard.core.network;

import static dev.kvguard.testing.TestSpecs.single;
import static dev.kvguard.testing.TestSpecs.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.spec.DefaultAction;
import dev.kvguard.core.spec.NetworkRulesSpec;
import dev.kvguard.core.spec.Stage;
import dev.kvguard.testing.TestSpecs;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirewallRulesTest {

    @Test
    void allowWithRulesWarnsThatTheRulesRestrictNothing() {
        Finding f = single(validate(TestSpecs.valid().networkRules(
                new NetworkRulesSpec(DefaultAction.ALLOW, null, List.of("52.1.2.3"), null)).build()), "default-action-allow");
        assertEquals("networkRules.defaultAction", f.path());
        assertTrue(f.message().contains("restrict nothing"));
    }

    @Test
    void observeStageWarnsAndSaysHowToFinish() {
        Finding f = single(validate(TestSpecs.valid().stage(Stage.OBSERVE).networkRules(
                new NetworkRulesSpec(DefaultAction.DENY, null, List.of("52.1.2.3"), null)).build()), "default-action-allow");
        assertEquals("stage", f.path());
        assertTrue(f.fix().contains("stage: enforce"));
    }

    @Test
    void denyIsSilent() {
        assertEquals(List.of(), validate(TestSpecs.valid().build()).findings());
    }
}
