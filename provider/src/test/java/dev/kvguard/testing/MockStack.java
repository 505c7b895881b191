package dev.kvguard.testing;

import com.pulumi.Context;
import com.pulumi.test.TestResult;
import dev.kvguard.preview.OfflinePreview;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a program under Pulumi's in-process mocks through kvguard's own offline preview, and gives tests
 * the registered resources with their inputs, parents and dependencies.
 */
public final class MockStack {

    /** One registered resource. */
    public record Registration(String type, String name, Map<String, Object> inputs, String parent,
                               List<String> dependsOn, String importId) {
    }

    /** The outcome of a run; resources are keyed by type and name. */
    public record Run(TestResult result, Map<String, Registration> registered) {

        /** The Azure resource with this logical name (components may share a name with their child). */
        public Registration get(String name) {
            return registered.values().stream().filter(r -> r.name().equals(name))
                    .filter(r -> !r.type().startsWith("kvguard:")).findFirst()
                    .orElseThrow(() -> new AssertionError("no resource named " + name + "; registered: " + resources()));
        }

        /** Registered resources: {@code type name}, sorted. */
        public List<String> resources() {
            return registered.values().stream().map(r -> r.type() + " " + r.name()).sorted().toList();
        }

        public List<String> errors() {
            List<String> out = new ArrayList<>(result.errors());
            result.exceptions().forEach(e -> out.add(String.valueOf(e.getMessage())));
            return out;
        }
    }

    private MockStack() {
    }

    /** Runs the program as {@code pulumi up} would once Azure answered (every output known). */
    public static Run run(Consumer<Context> program) {
        OfflinePreview.Outcome outcome = OfflinePreview.record("test", program, OfflinePreview.Phase.DEPLOYMENT);
        Map<String, Registration> registered = new LinkedHashMap<>();
        for (OfflinePreview.Registration r : outcome.registrations()) {
            registered.put(r.type() + " " + r.name(), new Registration(r.type(), r.name(), r.inputs(), r.parent(), r.dependsOn(), r.importId()));
        }
        return new Run(outcome.result(), registered);
    }
}
