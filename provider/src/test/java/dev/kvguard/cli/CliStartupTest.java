package dev.kvguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code validate} and {@code plan} never ask for a class the class path lacks: such a lookup searches
 * every jar on the class path, the Pulumi and Azure Native ones included, before it fails, and that search
 * was a large part of the CLI's start-up. The CLI runs in a fresh class loader that records each miss.
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
}
