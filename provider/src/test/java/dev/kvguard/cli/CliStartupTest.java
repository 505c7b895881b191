package dev.kvguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.testing.CliRun;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What keeps a cold {@code kvguard validate} short. It never asks for a class the class path lacks: such a
 * lookup searches every jar on the class path, the Pulumi and Azure Native ones included, before it fails
 * (the CLI runs in a fresh class loader that records each miss). And picocli is given only the subcommand
 * being run, since it reads every option of every subcommand it is given.
 */
class CliStartupTest {

    /** Loads the class path's classes itself (parent: the JDK's platform classes) and notes each class it cannot find. */
    static final class RecordingLoader extends URLClassLoader {
        final List<String> missing = Collections.synchronizedList(new ArrayList<>());

        RecordingLoader(URL[] urls) {
            super("recording", urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            try {
                return super.findClass(name);
            } catch (ClassNotFoundException e) {
                missing.add(name);
                throw e;
            }
        }
    }

    static URL[] classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(entry -> {
            try {
                return Path.of(entry).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(URL[]::new);
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "plan"})
    void specCommandsLookUpNoMissingClass(String command) throws ReflectiveOperationException, IOException {
        String previous = System.clearProperty("picocli.disable.closures");
        try (RecordingLoader loader = new RecordingLoader(classPath())) {
            Class<?> cli = loader.loadClass(KvguardCli.class.getName());
            assertTrue(cli.getClassLoader() == loader, "the CLI runs from the recording loader");
            Object code = cli.getMethod("run", String[].class).invoke(null, (Object) new String[] {command, "../examples/specs/one-subnet.yaml"});
            assertEquals(0, code);
            assertEquals(List.of(), loader.missing);
        } finally {
            if (previous != null) {
                System.setProperty("picocli.disable.closures", previous);
            }
        }
    }

    static List<String> subcommands(String... args) {
        return List.copyOf(KvguardCli.commandLine(args).getSubcommands().keySet());
    }

    @Test
    void aNamedSubcommandIsTheOnlyOneRegistered() {
        assertEquals(List.of("validate"), subcommands("validate", "a.yaml"));
        assertEquals(List.of("plan"), subcommands("plan", "--format", "markdown", "a.yaml"));
        assertEquals(List.of("preview"), subcommands("preview", "--help"));
        assertEquals(List.of("import"), subcommands("import", "a.json"));
    }

    @Test
    void helpAndEverythingElseGetAllSubcommandsInTheirOrder() {
        List<String> all = List.of("validate", "plan", "preview", "import", "help");
        assertEquals(all, subcommands());
        assertEquals(all, subcommands("help", "validate"));
        assertEquals(all, subcommands("--help"));
        assertEquals(all, subcommands("valdate", "a.yaml"));
        assertEquals(all, subcommands("a.yaml", "validate"));
    }

    @Test
    void helpStillDescribesEachSubcommand() {
        CliRun top = CliRun.of("--help");
        assertEquals(0, top.code());
        assertTrue(top.out().contains("Commands:\n  validate  Validates spec files"), top.out());
        assertTrue(top.out().contains("\n  import    Prints the kvguard spec"), top.out());
        CliRun help = CliRun.of("help", "plan");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("Usage: kvguard plan "), help.out());
        CliRun own = CliRun.of("validate", "--help");
        assertEquals(0, own.code());
        assertTrue(own.out().startsWith("Usage: kvguard validate "), own.out());
    }

    @Test
    void aMistypedSubcommandIsStillRefusedInOneLine() {
        CliRun r = CliRun.of("valdate", "a.yaml");
        assertEquals(KvguardCli.UNUSABLE, r.code());
        assertEquals("kvguard: Unmatched arguments from index 0: 'valdate', 'a.yaml' (see 'kvguard --help')\n", r.err().replace("\r\n", "\n"));
    }
}
