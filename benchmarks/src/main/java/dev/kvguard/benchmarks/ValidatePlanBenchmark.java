package dev.kvguard.benchmarks;

import dev.kvguard.core.plan.Plan;
import dev.kvguard.core.plan.Planner;
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
 * under the current profile (target: median at most 0.4 ms). {@code rules}: how the time grows with the rule
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

    @Benchmark
    public Plan scaling(Scaled state) {
        return Planner.plan(Validator.validate(state.spec));
    }
}
