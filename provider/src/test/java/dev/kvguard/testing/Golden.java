package dev.kvguard.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a checked-in golden file. Run with {@code -Dkvguard.golden.update=true} to
 * rewrite the files after an intended change, then review the diff like any other.
 */
public final class Golden {
    public static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static void assertMatches(Path golden, String actual) throws IOException {
        assertMatches(golden, actual, "rerun with -Dkvguard.golden.update=true if intended");
    }

    /** As {@link #assertMatches(Path, String)}, naming {@code howToUpdate} when the file is stale. */
    public static void assertMatches(Path golden, String actual, String howToUpdate) throws IOException {
        if (Boolean.getBoolean("kvguard.golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual);
            return;
        }
        String expected = Files.exists(golden) ? Files.readString(golden) : "(missing golden file " + golden + ")";
        assertEquals(expected, actual, "output differs from " + golden + "; " + howToUpdate);
    }
}
