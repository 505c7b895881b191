package dev.kvguard.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up of the CLI as a user meets it: {@code ./kvguard validate} of a small spec, each call a new JVM
 * through the launcher script (with the build's class-data archive), against {@code java -version} from the
 * same {@code PATH} on the same machine (target: at most 6x). Both are measured in the same JMH run, one
 * after the other; the summary divides their medians. Needs a built checkout ({@code provider/target}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 40)
@Fork(1)
public class ColdStartBenchmark {

    @Param({"java-version", "validate"})
    public String command;

    private ProcessBuilder process;

    @Setup
    public void locate() throws IOException {
        Path root = checkout(Path.of("").toAbsolutePath());
        List<String> line = command.equals("java-version")
                ? List.of("java", "-version")
                : List.of("sh", root.resolve("kvguard").toString(), "validate", root.resolve("examples/specs/one-subnet.yaml").toString());
        process = new ProcessBuilder(line).directory(root.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        if (command.equals("validate") && !Files.isDirectory(root.resolve("provider/target/lib"))) {
            throw new IllegalStateException("build the CLI first: ./mvnw -B -q -pl provider -am package -DskipTests");
        }
    }

    /** The checkout holding the launcher: JMH's fork runs in the benchmarks module or at the root. */
    static Path checkout(Path from) {
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("kvguard")) && Files.isDirectory(dir.resolve("provider"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no kvguard checkout above " + from + File.separator);
    }

    @Benchmark
    public int start() throws IOException, InterruptedException {
        int code = process.start().waitFor();
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", process.command()) + " exited with " + code);
        }
        return code;
    }
}
