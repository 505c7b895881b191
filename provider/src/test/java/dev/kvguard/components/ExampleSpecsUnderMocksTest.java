package dev.kvguard.components;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kvguard.core.plan.Applies;
import dev.kvguard.core.plan.Phase;
import dev.kvguard.core.plan.Plan;
import dev.kvguard.core.plan.Planner;
import dev.kvguard.core.plan.Step;
import dev.kvguard.core.spec.io.SpecReader;
import dev.kvguard.core.validate.Validator;
import dev.kvguard.testing.MockStack;
import dev.kvguard.testing.SpecArgs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every valid example spec, fed to the component the way other Pulumi languages feed it (through the
 * provider's input deserializer), registers exactly the plan's resources, parented to the component,
 * with the plan's dependencies.
 */
class ExampleSpecsUnderMocksTest {

    static Stream<Path> validExamples() throws IOException {
        return Files.list(Path.of("../examples/specs")).filter(p -> p.toString().endsWith(".yaml"))
                .filter(p -> !p.getFileName().toString().contains("broken")).sorted();
    }

    @ParameterizedTest
    @MethodSource("validExamples")
    void registersThePlan(Path example) throws Exception {
        JsonNode tree = SpecReader.readTree(example);
        var bound = SpecReader.read(example);
        Plan plan = Planner.plan(Validator.validate(bound));
        MockStack.Run run = MockStack.run(ctx -> new SecureKeyVault("kv", SpecArgs.secureKeyVault(tree), null));
        assertEquals(List.of(), run.errors());

        Map<String, String> nameOfStep = new HashMap<>();
        for (Step step : plan.steps()) {
            if (step.applies() == Applies.RESOURCE) {
                nameOfStep.put(step.id(), expectedName(step));
            }
        }
        List<String> expected = nameOfStep.values().stream().sorted().toList();
        List<String> children = run.registered().values().stream().filter(r -> "kv".equals(r.parent()))
                .map(MockStack.Registration::name).sorted().toList();
        assertEquals(expected, children, "the plan's resources, and only those");
        for (Step step : plan.steps()) {
            if (step.applies() == Applies.RESOURCE) {
                List<String> deps = step.dependsOn().stream().map(nameOfStep::get).filter(java.util.Objects::nonNull).sorted().toList();
                assertEquals(deps, run.get(nameOfStep.get(step.id())).dependsOn(), step.id());
            }
        }
    }

    static String expectedName(Step step) {
        if (step.phase() == Phase.SERVICE_ENDPOINTS) {
            String key = step.id().substring("endpoint/".length());
            return "kv-" + key.substring(key.indexOf('/') + 1).replace('/', '-');
        }
        if (step.phase() == Phase.NETWORK_RULES) {
            return "kv-vault";
        }
        if (step.phase() == Phase.LOGGING) {
            return "kv-audit";
        }
        if (step.phase() == Phase.PRIVATE_CONNECTIVITY) {
            String endpoint = step.id().substring(step.id().indexOf('/') + 1);
            return "kv-" + endpoint + (step.id().startsWith("private-dns/") ? "-dns" : "");
        }
        return "kv-" + step.id().substring("trusted/".length());
    }
}
