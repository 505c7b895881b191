package dev.kvguard.benchmarks;

import dev.kvguard.core.plan.Plan;
import dev.kvguard.core.plan.Planner;
import dev.kvguard.core.plan.Step;
import dev.kvguard.core.render.PlanRenderer;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.validate.ValidationReport;
import dev.kvguard.core.validate.Validator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validate + plan. {@code maximal}: 1000 IPv4 rules, 200 virtual-network rules and 1024 access policies
 * under the current profile (target: median at most 0.4 ms), also with every step's words written
 * ({@code maximalWithWords}) and with the plan written as JSON ({@code maximalAsJson}). {@code rules}: how the time grows with the rule
 * count (10, 100, 1000 IPv4 rules and a fifth as many subnets), which must be near-linear.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidatePlanBenchmark {

    VaultSpec maximal;

    @Setup(Level.Trial)
    public void setUp() {
        maximal = valid(Specs.vault(1000, 200, 1024));
    }

    /** The spec at one size; a separate state so that the maximal benchmark runs once. */
    @State(Scope.Benchmark)
    public static class Scaled {
        @Param({"10", "100", "1000"})
        public int rules;

        VaultSpec spec;

        @Setup(Level.Trial)
        public void setUp() {
            spec = valid(Specs.vault(rules, rules / 5, 10));
        }
    }

    static VaultSpec valid(VaultSpec spec) {
        ValidationReport report = Validator.validate(spec);
        if (report.hasErrors()) {
            throw new IllegalStateException("benchmark specs must be valid: " + report.errors());
        }
        return spec;
    }

    @Benchmark
    public Plan maximal() {
        return Planner.plan(Validator.validate(maximal));
    }

    /**
     * As {@link #maximal}, with every step's words (resource, action, details, notes) written, which a plan
     * does only when they are first read: the figure to hold against the target if words count as planning.
     */
    @Benchmark
    public int maximalWithWords() {
        int lines = 0;
        for (Step step : Planner.plan(Validator.validate(maximal)).steps()) {
            lines += step.resource().length() + step.action().length() + step.details().size() + step.notes().size();
        }
        return lines;
    }

    /**
     * As {@link #maximal}, and the plan written as JSON, as the component's {@code plan} output and
     * {@code kvguard plan} show it: a step's words are written only when first read, so {@code maximal} alone
     * does not pay for them.
     */
    @Benchmark
    public String maximalAsJson() {
        return PlanRenderer.json(Planner.plan(Validator.validate(maximal)));
    }

    @Benchmark
    public Plan scaling(Scaled state) {
        return Planner.plan(Validator.validate(state.spec));
    }
}
