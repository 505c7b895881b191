package dev.kvguard.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.plan.Plan;
import dev.kvguard.core.plan.Planner;
import dev.kvguard.testing.TestSpecs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown plan reads top to bottom in the order the steps run; the phase is a label on each row. */
class MarkdownPlanOrderTest {

    static Plan plan() {
        var spec = TestSpecs.valid().build();
        return Planner.plan(TestSpecs.validate(spec));
    }

    @Test
    void wavesAreSectionsInOrderAndTheLoggingStepComesAfterTheVault() {
        String md = PlanRenderer.markdown(plan());
        int wave1 = md.indexOf("### Wave 1 of 2\n");
        int wave2 = md.indexOf("### Wave 2 of 2\n");
        int vault = md.indexOf("| `vault` | Firewall and virtual-network rules | ");
        int logging = md.indexOf("| `diagnostic-setting` | Logging | ");
        assertTrue(wave1 > 0 && wave1 < vault && vault < wave2 && wave2 < logging, md);
        assertFalse(md.contains("### 1. Logging"), md);
        assertFalse(md.contains("Wave 3"), md);
    }

    @Test
    void everyWaveHasOneTableWithThePhaseColumn() {
        String md = PlanRenderer.markdown(plan());
        String header = "| step | phase | resource | change | after |\n";
        assertEquals(2, md.split(java.util.regex.Pattern.quote(header), -1).length - 1, md);
        assertTrue(md.contains("| `diagnostic-setting` | Logging | Microsoft.Insights/diagnosticSettings kvguard-audit on vault kv-test-01 | "),
                md);
        String row = md.lines().filter(l -> l.startsWith("| `diagnostic-setting` |")).findFirst().orElseThrow();
        assertTrue(row.endsWith(" | `vault` |"), row);
        assertEquals(List.of("vault"), plan().waves().get(0));
    }
}
