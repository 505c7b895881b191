package dev.kvguard.components;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kvguard.core.plan.Applies;
import dev.kvguard.core.plan.Plan;
import dev.kvguard.core.plan.Planner;
import dev.kvguard.core.plan.Step;
import dev.kvguard.core.plan.Target;
import java.util.Locale;
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

    /** The child's name, from what the step deploys (never from its id): the examples' names never clash. */
    static String expectedName(Step step) {
        Target target = step.target();
        if (target instanceof Target.ServiceEndpoint endpoint) {
            return ("kv-" + endpoint.subnet().virtualNetworkName() + "-" + endpoint.subnet().name()).toLowerCase(Locale.ROOT);
        }
        if (target instanceof Target.Vault) {
            return "kv-vault";
        }
        if (target instanceof Target.Diagnostics) {
            return "kv-audit";
        }
        if (target instanceof Target.Endpoint endpoint) {
            return "kv-" + endpoint.endpoint().name().toLowerCase(Locale.ROOT);
        }
        if (target instanceof Target.DnsZoneGroup group) {
            return "kv-" + group.endpoint().name().toLowerCase(Locale.ROOT) + "-dns";
        }
        return "kv-" + ((Target.RoleAssignment) target).admission().service().specName();
    }
}
