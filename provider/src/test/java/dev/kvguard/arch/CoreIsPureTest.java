package dev.kvguard.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core (spec, validation, plan, rendering) and the CLI must not know Pulumi. */
class CoreIsPureTest {

    static final Path MAIN = Path.of("src/main/java/dev/kvguard");

    static List<String> offenders(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return Files.readString(p).contains("com.pulumi");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).sorted().toList();
        }
    }

    @Test
    void corePackagesImportNothingFromPulumi() throws IOException {
        assertTrue(Files.isDirectory(MAIN.resolve("core")), "run from the provider module");
        assertEquals(List.of(), offenders(MAIN.resolve("core")));
    }

    @Test
    void cliImportsNothingFromPulumi() throws IOException {
        assertEquals(List.of(), offenders(MAIN.resolve("cli")));
    }
}
