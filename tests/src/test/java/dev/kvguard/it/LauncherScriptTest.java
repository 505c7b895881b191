package dev.kvguard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's commands go through the {@code ./kvguard} launcher script; run it as a user would, on
 * the jar the build just made.
 */
class LauncherScriptTest {

    record Result(int code, String output) {
    }

    static Result kvguard(String... args) throws Exception {
        return kvguardIn(new File(".."), Map.of(), args);
    }

    static Result kvguardIn(File checkout, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("sh", "kvguard"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(checkout).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    static final Path TARGET = Path.of("../provider/target").toAbsolutePath().normalize();

    /** The jar the build made, beside which the build leaves its class-data archive. */
    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(TARGET)) {
            return files.filter(f -> f.getFileName().toString().matches("kvguard-[^-]+(-SNAPSHOT)?\\.jar")).findFirst().orElseThrow();
        }
    }

    @Test
    void startsFromTheBuildsClassDataArchive() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("kvguard.cds.skip"),
                "built with -Dkvguard.cds.skip=true: no archive");
        Path archive = TARGET.resolve(jar().getFileName().toString().replace(".jar", ".jsa"));
        assertTrue(Files.isRegularFile(archive), "the package phase writes " + archive + " (provider/pom.xml, exec@cds)");
        Result r = kvguardIn(new File(".."), Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info"),
                "validate", "examples/specs/one-subnet.yaml");
        assertEquals(0, r.code(), r.output());
        // The archive's layer is "top"; the JDK's own archive has no suffix.
        assertTrue(r.output().contains("dev.kvguard.cli.ValidateCommand source: shared objects file (top)"), r.output());
        assertTrue(r.output().contains("\nexamples/specs/one-subnet.yaml: no findings (profile reference-2019)\n"), r.output());
    }

    @ParameterizedTest
    @ValueSource(strings = {"moved", "garbage"})
    void runsWithoutAnArchiveItCannotUseAndSaysNothing(String archive, @TempDir Path checkout) throws Exception {
        // A copy of the checkout elsewhere: the build's archive names the jars where the build left them.
        Path jar = jar();
        Path target = Files.createDirectories(checkout.resolve("provider/target"));
        Files.copy(Path.of("../kvguard"), checkout.resolve("kvguard"));
        Files.copy(jar, target.resolve(jar.getFileName()));
        Files.createSymbolicLink(target.resolve("lib"), TARGET.resolve("lib"));
        Path jsa = target.resolve(jar.getFileName().toString().replace(".jar", ".jsa"));
        if (archive.equals("moved")) {
            Files.copy(TARGET.resolve(jsa.getFileName()), jsa);
        } else {
            Files.writeString(jsa, "not an archive");
        }
        Path spec = Path.of("../examples/specs/one-subnet.yaml").toAbsolutePath().normalize();
        Result r = kvguardIn(checkout.toFile(), Map.of(), "validate", spec.toString());
        assertEquals(0, r.code(), r.output());
        assertEquals(spec + ": no findings (profile reference-2019)\n", r.output());
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
