package dev.kvguard.golden;

import dev.kvguard.core.plan.Plan;
import dev.kvguard.core.plan.Planner;
import dev.kvguard.core.render.PlanRenderer;
import dev.kvguard.core.spec.io.BoundSpec;
import dev.kvguard.core.spec.io.SpecReader;
import dev.kvguard.core.validate.Validator;
import dev.kvguard.testing.Golden;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text, Markdown and JSON plans of the example specs, byte for byte. */
class PlanGoldenTest {

    static Plan plan(String name) throws Exception {
        BoundSpec bound = SpecReader.read(ExampleSpecsTest.SPECS.resolve(name + ".yaml"));
        return Planner.plan(Validator.validate(bound));
    }

    @ParameterizedTest
    @ValueSource(strings = {"one-subnet", "one-network", "multi-network", "existing-subnets", "trusted-services",
            "payments-vault", "payments-vault-broken", "private-endpoint", "adopted-vault"})
    void renderingsMatchTheGoldenFiles(String name) throws Exception {
        Plan plan = plan(name);
        Path dir = Golden.ROOT.resolve("plan");
        Golden.assertMatches(dir.resolve(name + ".txt"), PlanRenderer.text(plan));
        Golden.assertMatches(dir.resolve(name + ".md"), PlanRenderer.markdown(plan));
        Golden.assertMatches(dir.resolve(name + ".json"), PlanRenderer.json(plan));
    }

    @Test
    void theRenderedExamplePlanInExamplesIsCurrent() throws Exception {
        Golden.assertMatches(ExampleSpecsTest.SPECS.resolve("multi-network.plan.md"), PlanRenderer.markdown(plan("multi-network")));
    }
}
