package dev.kvguard.it.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kvguard.provider.KvguardProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs, in the flagship's folder, the command Pulumi's Java language host runs for GetRequiredPackages
 * (pulumi/pulumi-java {@code executor_maven.go}: {@code ./mvnw} if the folder has one, else {@code mvn}),
 * and checks that it names azure-native at the version this build uses.
 *
 * <p>kvguard reaches the program through a private local Maven repository holding this build's jar, chained
 * in front of the shared one ({@code maven.repo.local.tail}, Maven 3.9), so nothing is installed into the
 * shared repository.
 */
class GetRequiredPackagesTest {

    private static final Path ROOT = PulumiProjectFilesTest.ROOT;
    private static final Path FLAGSHIP = ROOT.resolve("examples/multi-network");

    /** The host's arguments, verbatim. */
    static final List<String> HOST_PLUGIN_ARGS = List.of("-Dorg.slf4j.simpleLogger.logFile=System.err",
            "--no-transfer-progress", "compile", "exec:java",
            "-DmainClass=com.pulumi.bootstrap.internal.Main", "-DmainArgs=packages");

    @Test
    void theFlagshipNamesAzureNativeAtTheBuildsVersion(@TempDir Path work) throws Exception {
        String azureNative = property("azure-native.version");
        Path repository = work.resolve("repository");
        install(repository, property("kvguard.version"));

        List<String> command = new ArrayList<>();
        command.add(FLAGSHIP.resolve("mvnw").toString());
        command.addAll(HOST_PLUGIN_ARGS);
        command.add("-Dmaven.repo.local=" + repository);
        command.add("-Dmaven.repo.local.tail=" + property("kvguard.sharedRepository"));
        Path stdout = work.resolve("stdout.txt");
        Path stderr = work.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(FLAGSHIP.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        // A bound, not a measurement: a hung build must not hang the test run.
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("the host's command did not finish within 10 minutes\n" + tail(stderr));
        }
        assertEquals(0, process.exitValue(), tail(stderr));

        // The host reads stdout as one JSON document: nothing else may be printed there.
        List<String> lines = Files.readAllLines(stdout, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "stdout: " + lines);
        JsonNode packages = new ObjectMapper().readTree(lines.get(0));
        assertTrue(packages.isArray(), lines.get(0));
        List<JsonNode> azure = new ArrayList<>();
        packages.forEach(p -> {
            if ("azure-native".equals(p.path("name").asText())) {
                azure.add(p);
            }
        });
        assertEquals(List.of(new ObjectMapper().readTree("{\"resource\":true,\"name\":\"azure-native\",\"version\":\""
                + azureNative + "\"}")), azure, lines.get(0));
    }

    static Stream<Path> javaPrograms() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT.resolve("examples"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("pom.xml"))).sorted().toList().stream();
        }
    }

    /** The wrapper's files, which every folder Pulumi's Java host starts Maven in carries as real copies of the root's. */
    static final List<String> WRAPPER = List.of("mvnw", "mvnw.cmd", ".mvn/wrapper/maven-wrapper.properties");

    static Stream<Path> wrapperFolders() throws IOException {
        return Stream.concat(javaPrograms(), Stream.of(ROOT.resolve("provider")));
    }

    /**
     * The host looks for ./mvnw in the program's folder only, and the wrapper reads .mvn/ next to itself. Real
     * files, not symbolic links (which a Windows checkout or a copied folder loses), byte for byte the root's, so
     * the copies cannot drift from it.
     */
    @ParameterizedTest
    @MethodSource("wrapperFolders")
    void everyFolderTheHostStartsMavenInShipsAnIdenticalWrapper(Path folder) throws IOException {
        assertTrue(Files.isExecutable(folder.resolve("mvnw")), folder + "/mvnw");
        for (String file : WRAPPER) {
            Path copy = folder.resolve(file);
            assertFalse(Files.isSymbolicLink(copy) || Files.isSymbolicLink(copy.getParent())
                    || Files.isSymbolicLink(folder.resolve(".mvn")), copy + " is a symbolic link");
            assertEquals(-1L, Files.mismatch(ROOT.resolve(file), copy), copy + " differs from the root's");
        }
    }

    @ParameterizedTest
    @MethodSource("javaPrograms")
    void everyJavaProgramIsAJavaProject(Path program) throws IOException {
        assertTrue(Files.readString(program.resolve("Pulumi.yaml")).contains("runtime: java"), program + "/Pulumi.yaml");
    }

    /** The provider's build must stay quiet when the host starts it (see provider/.mvn/README.md). */
    @Test
    void theProvidersMavenConfigStaysBesideItsWrapper() throws IOException {
        assertEquals("-q", Files.readString(ROOT.resolve("provider/.mvn/maven.config")).strip());
    }

    @Test
    void theSixExamplesAreJavaPrograms() throws IOException {
        assertEquals(List.of("existing-subnets", "multi-network", "one-subnet", "private-endpoint", "staged-tightening",
                        "trusted-services"),
                javaPrograms().map(p -> p.getFileName().toString()).toList());
    }

    /** Places this build's kvguard jar and POMs where {@code mvn install} would put them. */
    private static void install(Path repository, String version) throws IOException, URISyntaxException {
        Path parent = Files.createDirectories(repository.resolve("dev/kvguard/kvguard-parent/" + version));
        Files.copy(ROOT.resolve("pom.xml"), parent.resolve("kvguard-parent-" + version + ".pom"));
        Path kvguard = Files.createDirectories(repository.resolve("dev/kvguard/kvguard/" + version));
        Files.copy(ROOT.resolve("provider/pom.xml"), kvguard.resolve("kvguard-" + version + ".pom"));
        Path built = Path.of(KvguardProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = kvguard.resolve("kvguard-" + version + ".jar");
        if (Files.isDirectory(built)) {
            jar(built, jar); // the reactor handed the tests the classes folder (a run without 'package')
        } else {
            Files.copy(built, jar);
        }
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null && !value.isBlank() && !value.startsWith("${"),
                name + " must be set by surefire (tests/pom.xml systemPropertyVariables)");
        return value;
    }

    private static String tail(Path file) throws IOException {
        List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
