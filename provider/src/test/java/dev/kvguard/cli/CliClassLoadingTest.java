package dev.kvguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code validate} and {@code plan} start fast because they never load the Pulumi or Azure Native
 * classes: a fresh JVM runs the command with class-load logging, and no such class may appear.
 */
class CliClassLoadingTest {

    @ParameterizedTest
    @ValueSource(strings = {"validate", "plan"})
    void specCommandsLoadNoPulumiClasses(String command) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
                KvguardCli.class.getName(), command, "../examples/specs/payments-vault.yaml")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output.lines().filter(l -> !l.startsWith("[")).toList().toString());
        List<String> pulumi = output.lines().filter(l -> l.contains(" com.pulumi.")).limit(5).toList();
        assertEquals(List.of(), pulumi, "Pulumi classes loaded by " + command);
        assertTrue(output.contains("dev.kvguard.cli.KvguardCli"), "the log shows class loading at all");
    }
}
