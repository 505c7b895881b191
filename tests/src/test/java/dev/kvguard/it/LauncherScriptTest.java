package dev.kvguard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's commands go through the {@code ./kvguard} launcher script; run it as a user would, on
 * the jar the build just made.
 */
class LauncherScriptTest {

    record Result(int code, String output) {
    }

    static Result kvguard(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("sh", "kvguard"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(new File("..")).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    @Test
    void validatesTheFlagshipSpec() throws Exception {
        Result r = kvguard("validate", "examples/specs/payments-vault.yaml");
        assertEquals(0, r.code(), r.output());
        assertEquals("examples/specs/payments-vault.yaml: no findings (profile reference-2019)\n", r.output());
    }

    @Test
    void previewsTheFlagshipProgramAsTheReadmeSays() throws Exception {
        Result r = kvguard("preview", "--classpath", "examples/multi-network/target/classes",
                "--program", "dev.kvguard.examples.multinetwork.MultiNetworkVault");
        assertEquals(0, r.code(), r.output());
        assertTrue(r.output().startsWith("kvguard offline preview of dev.kvguard.examples.multinetwork.MultiNetworkVault.stack"), r.output());
        assertTrue(r.output().contains("azure-native:keyvault:Vault  platform-vault  parent=platform"), r.output());
        assertTrue(r.output().endsWith("result: preview passes\n"), r.output());
    }

    @Test
    void reportsErrorsWithExitOne() throws Exception {
        Result r = kvguard("validate", "examples/specs/payments-vault-broken.yaml");
        assertEquals(1, r.code(), r.output());
        assertTrue(r.output().contains("11 errors, 2 warnings"), r.output());
    }
}
