package dev.kvguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kvguard.core.spec.io.SpecLimits;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that is not a regular spec file: devices, pipes, directories, files over the size limit, text that
 * is not UTF-8, standard input, and secrets passed by mistake. Each is exit 2 with one line and no stack
 * trace, decided before anything is read, so nothing hangs or fills memory.
 */
class SpecialFilesTest {

    @TempDir
    Path dir;

    static KvguardCliTest.Run refused(String file, String expectedEnd) {
        KvguardCliTest.Run r = KvguardCliTest.run("validate", file);
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("kvguard: " + file + ": " + expectedEnd, r.err().strip());
        return r;
    }

    @Test
    void devicesAreRefusedWithoutBeingRead() {
        for (String device : new String[] {"/dev/zero", "/dev/urandom", "/dev/null"}) {
            assumeTrue(Files.exists(Path.of(device)));
            refused(device, "is not a regular file (a device, pipe or socket); pass a file, or '-' to read standard input");
        }
    }

    @Test
    void aFifoIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = dir.resolve("spec.yaml");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException noMkfifo) {
            assumeTrue(false, "mkfifo is not available");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        // Opening a FIFO for reading blocks until a writer comes; kvguard must refuse before opening it.
        refused(fifo.toString(), "is not a regular file (a device, pipe or socket); pass a file, or '-' to read standard input");
    }

    @Test
    void aDirectoryIsRefused() {
        refused(dir.toString(), "is a directory, not a spec file");
    }

    @Test
    void aSparseThreeGibibyteFileIsRefusedBeforeReading() throws Exception {
        Path huge = dir.resolve("huge.yaml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L << 30);
        }
        refused(huge.toString(), (3L << 30) + " bytes, over the limit of 4194304 bytes (4 MiB) for a spec file");
    }

    /** A valid spec padded with a trailing comment to exactly {@code size} bytes. */
    private Path padded(String name, long size) throws Exception {
        String head = KvguardCliTest.VALID + "#";
        Path file = dir.resolve(name);
        Files.writeString(file, head + "x".repeat((int) size - head.length()));
        assertEquals(size, Files.size(file));
        return file;
    }

    @Test
    void theSizeLimitIsExact() throws Exception {
        KvguardCliTest.Run atLimit = KvguardCliTest.run("validate", padded("at.yaml", SpecLimits.MAX_BYTES).toString());
        assertEquals(0, atLimit.code(), atLimit.err());
        Path over = padded("over.yaml", SpecLimits.MAX_BYTES + 1);
        refused(over.toString(), (SpecLimits.MAX_BYTES + 1) + " bytes, over the limit of 4194304 bytes (4 MiB) for a spec file");
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws Exception {
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "vaultName: k\u00e9v\n".getBytes(StandardCharsets.ISO_8859_1));
        refused(latin1.toString(), "not UTF-8 text");
    }

    @Test
    void aDashReadsStandardInput() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(KvguardCliTest.VALID.getBytes(StandardCharsets.UTF_8)));
            KvguardCliTest.Run ok = KvguardCliTest.run("validate", "-");
            assertEquals(0, ok.code(), ok.err());
            assertTrue(ok.out().contains("0 errors, 1 warning"), ok.out());
            System.setIn(new ByteArrayInputStream("vaultName: [".getBytes(StandardCharsets.UTF_8)));
            KvguardCliTest.Run broken = KvguardCliTest.run("validate", "-");
            assertEquals(2, broken.code());
            assertEquals("kvguard: standard input: invalid YAML at line 1, column 13: broken YAML syntax", broken.err().strip());
            // Standard input is bounded like a file.
            System.setIn(new ByteArrayInputStream(new byte[(int) SpecLimits.MAX_BYTES + 1]));
            KvguardCliTest.Run big = KvguardCliTest.run("validate", "-");
            assertEquals(2, big.code());
            assertEquals("kvguard: standard input: more than 4194304 bytes, over the limit of 4194304 bytes (4 MiB) for a spec file",
                    big.err().strip());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void sarifLocatesFindingsFromTheOneReadOfStandardInput() throws Exception {
        String spec = KvguardCliTest.VALID.replace("location: westeurope", "location: westeurope\nsku: gold");
        int skuLine = 1 + (int) spec.substring(0, spec.indexOf("sku: gold")).chars().filter(c -> c == '\n').count();
        InputStream saved = System.in;
        try {
            for (String command : new String[] {"validate", "plan"}) {
                System.setIn(new ByteArrayInputStream(spec.getBytes(StandardCharsets.UTF_8)));
                KvguardCliTest.Run run = KvguardCliTest.run(command, "--format", "sarif", "-");
                assertEquals(1, run.code(), run.err());
                // Standard input cannot be read twice: the lines come from the read that validated it.
                assertTrue(run.out().contains("\"startLine\" : " + skuLine) || run.out().contains("\"startLine\": " + skuLine),
                        command + ": " + run.out());
            }
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void aSecretPassedByMistakeIsNeverEchoed() throws Exception {
        String secret = "ghp_FAKEsecretTOKEN0123456789abcdef";
        String[] contents = {secret + "\n", "-----BEGIN RSA PRIVATE KEY-----\n" + secret + "\n-----END RSA PRIVATE KEY-----\n",
                "token: " + secret + "\nbad: [", "{\"token\": " + secret + ", ", secret + ": [", "\u0000" + secret, "token: !" + secret + " x\n"};
        for (String suffix : new String[] {".yaml", ".json"}) {
            for (int i = 0; i < contents.length; i++) {
                Path file = dir.resolve("secret" + i + suffix);
                Files.writeString(file, contents[i]);
                for (String format : new String[] {"text", "json", "sarif"}) {
                    KvguardCliTest.Run r = KvguardCliTest.run("validate", "--format", format, file.toString());
                    assertEquals(2, r.code(), r.out() + r.err());
                    assertFalse((r.out() + r.err()).contains("FAKE"), contents[i] + " -> " + r.out() + r.err());
                    assertFalse((r.out() + r.err()).contains("PRIVATE"), contents[i] + " -> " + r.out() + r.err());
                    assertEquals(1, r.err().lines().count(), r.err());
                    assertFalse(r.err().contains("Exception"), r.err());
                }
            }
        }
    }
}
