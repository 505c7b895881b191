package dev.kvguard.benchmarks;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks (JMH options may be passed, e.g. a regular expression to select some) and prints the
 * ratios the targets are stated in: kvguard's preview against the hand-written one, time growth from 10 to
 * 1000 rules against the 100x growth of the input, 100 vaults against 1, and the CLI's cold start against the
 * JVM's own.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(cli);
        if (cli.getIncludes().isEmpty()) {
            options.include("dev\\.kvguard\\.benchmarks\\..*");
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Double> score = new HashMap<>();
        Map<String, Double> median = new HashMap<>();
        for (RunResult r : results) {
            String key = r.getParams().getBenchmark().replaceAll(".*\\.", "") + r.getParams().getParamsKeys().stream()
                    .map(k -> "[" + r.getParams().getParam(k) + "]").reduce("", String::concat);
            score.put(key, r.getPrimaryResult().getScore());
            var stats = r.getPrimaryResult().getStatistics();
            median.put(key, stats.getN() > 0 ? stats.getPercentile(50) : Double.NaN);
        }
        System.out.println();
        System.out.println("== kvguard benchmark summary ==");
        medianOf(median, "maximal", "validate + plan, maximal vault (1000 IPv4, 200 subnets, 1024 policies), median us (target <= 400)");
        medianOf(median, "maximalWithWords", "validate + plan, maximal vault, every step's words written, median us");
        medianOf(median, "maximalAsJson", "validate + plan, maximal vault, written as JSON (the component's plan output), median us");
        ratio(score, "scaling[1000]", "scaling[10]", "validate + plan, 1000 rules / 10 rules (input grows 100x; target <= 60)");
        ratio(score, "scaling[100]", "scaling[10]", "validate + plan, 100 rules / 10 rules (input grows 10x)");
        ratio(score, "flagship[kvguard]", "flagship[handwritten]", "mock preview of the flagship, kvguard / hand-written (target <= 1.10)");
        ratio(score, "vaultsInOneStack[10]", "vaultsInOneStack[1]", "mock preview, 10 vaults / 1 vault");
        ratio(score, "vaultsInOneStack[100]", "vaultsInOneStack[1]", "mock preview, 100 vaults / 1 vault");
        ratio(median, "start[validate]", "start[java-version]", "cold start, ./kvguard validate of a small spec / java -version, medians (target <= 6)");
    }

    private static void medianOf(Map<String, Double> median, String key, String label) {
        median.entrySet().stream().filter(e -> e.getKey().equals(key)).findFirst()
                .ifPresent(e -> System.out.printf("%-90s %10.1f%n", label, e.getValue()));
    }

    private static void ratio(Map<String, Double> score, String a, String b, String label) {
        Double x = score.get(a);
        Double y = score.get(b);
        if (x != null && y != null) {
            System.out.printf("%-90s %10.2f%n", label, x / y);
        }
    }
}
