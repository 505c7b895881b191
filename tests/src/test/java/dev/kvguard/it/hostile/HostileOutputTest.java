package dev.kvguard.it.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kvguard.cli.MisbehavingPrograms;
import dev.kvguard.testing.CliRun;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile output, end to end: spec files whose keys and values hold control, bidi and invisible
 * characters, forged lines and Markdown, through every spec command and format; a file name that does
 * the same; several files with one unreadable; and preview programs that sleep, exit, print to stdout,
 * fail in their static initialiser or use hostile names, run through the real launcher. Whatever rules
 * refuse or accept these values, the output must stay what it claims to be.
 */
class HostileOutputTest {

    static final Path SPECS = Path.of("src/test/resources/hostile-output");
    /** A line an attacker wrote, wherever it starts: after indentation or a Markdown marker. */
    static final Pattern FORGED = Pattern.compile("^[\\s#>*+\\-|0-9.]*(FORGED|result: preview passes)");
    /** The preview's own verdict: only ever the last line of its text output. */
    static final String VERDICT = "result: preview passes";
    static final ObjectMapper JSON = new ObjectMapper();
    /** Where the provider's misbehaving test programs are compiled, relative to the repository root. */
    static final String PROGRAMS = "provider/target/test-classes";
    /** A code span: a run of backticks, content, and a run of the same length. */
    static final Pattern CODE_SPAN = Pattern.compile("(?<!`)(`+)(?!`).+?(?<!`)\\1(?!`)");

    @TempDir
    static Path dir;

    static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    static Stream<Arguments> specsAndFormats() {
        List<Arguments> all = new ArrayList<>();
        for (String spec : List.of("free-text.json", "unknown-keys.json", "refused-values.json")) {
            for (String command : List.of("validate", "plan")) {
                for (String format : List.of("text", "markdown", "json", "sarif")) {
                    if (!(command.equals("validate") && format.equals("markdown"))) {
                        all.add(Arguments.of(spec, command, format));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} --format {2} {0}")
    @MethodSource("specsAndFormats")
    void hostileSpecsCannotForgeOrBreakTheOutput(String spec, String command, String format) throws IOException {
        CliRun r = cli(command, "--format", format, SPECS.resolve(spec).toString());
        assertTrue(r.code() == 0 || r.code() == 1, r.code() + ": " + r.err());
        assertEquals("", r.err());
        assertSafe(r.out(), format);
    }

    @Test
    void aHostileFileNameIsShownEscapedAndEncoded() throws IOException {
        Path file = Files.copy(SPECS.resolve("free-text.json"), dir.resolve("spec\u001B[2J\nFORGED | x |<!--\u202E.json"));
        CliRun text = cli("validate", file.toString());
        assertSafe(text.out(), "text");
        assertTrue(text.out().startsWith(dir + "/spec\\u001B[2J\\nFORGED | x |<!--\\u202E.json: "), text.out());
        CliRun json = cli("validate", "--format", "json", file.toString());
        assertEquals(file.toString(), JSON.readTree(json.out()).get("file").asText());
        CliRun sarif = cli("validate", "--format", "sarif", file.toString());
        assertSafe(sarif.out(), "sarif");
        assertTrue(sarif.out().contains("spec%1B%5B2J%0AFORGED%20%7C%20x%20%7C%3C%21--%E2%80%AE.json"), sarif.out());
    }

    @Test
    void severalFilesWithOneUnreadableReportEveryOtherFile() throws IOException {
        Path unreadable = Files.writeString(dir.resolve("unparsable.yaml"), "vaultName: [\u001B[2J\n");
        String good = "../examples/specs/payments-vault.yaml";
        String broken = "../examples/specs/payments-vault-broken.yaml";
        CliRun json = cli("validate", "--format", "json", good, unreadable.toString(), broken);
        assertEquals(2, json.code(), "an unreadable file is the worst outcome");
        JsonNode entries = JSON.readTree(json.out());
        assertEquals(3, entries.size());
        assertEquals(0, entries.at("/0/findings").size());
        assertTrue(entries.at("/1/error").asText().startsWith(unreadable.toString()), entries.get(1).toString());
        assertEquals(13, entries.at("/2/findings").size(), "11 errors and 2 warnings, as the README shows");
        assertEquals(1, json.err().lines().count(), json.err());
        assertSafe(json.err(), "text");
        CliRun text = cli("validate", good, unreadable.toString(), broken);
        assertEquals(2, text.code());
        assertTrue(text.out().contains(good + ": no findings"), text.out());
        assertTrue(text.out().contains(broken + ": 11 errors, 2 warnings"), text.out());
        CliRun sarif = cli("validate", "--format", "sarif", good, unreadable.toString(), broken);
        assertEquals(13, JSON.readTree(sarif.out()).at("/runs/0/results").size());
        assertEquals(1, JSON.readTree(sarif.out()).at("/runs/0/invocations/0/toolExecutionNotifications").size());
    }

    @Test
    void aPreviewThatSleepsForeverStopsAtTheLimit() throws Exception {
        Launched r = launch("preview", "--classpath", PROGRAMS, "--program", MisbehavingPrograms.class.getName(),
                "--function", "sleepsForever", "--timeout", "1", "--format", "json");
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals("kvguard: the program did not finish within the 1 s time limit (--timeout); it was stopped\n", r.err());
    }

    @Test
    void aPreviewThatCallsSystemExitZeroFails() throws Exception {
        Launched r = launch("preview", "--classpath", PROGRAMS, "--program", MisbehavingPrograms.class.getName(),
                "--function", "exitsZero");
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("kvguard: the program ended its JVM itself (exit status 0"), r.err());
    }

    @Test
    void aPreviewWithHostileNamesAndStdoutKeepsEveryFormatIntact() throws Exception {
        for (String format : List.of("json", "sarif", "markdown", "text")) {
            Launched r = launch("preview", "--classpath", "tests/target/test-classes", "--program",
                    HostilePrograms.class.getName(), "--function", "hostileNames", "--format", format);
            assertEquals(0, r.code(), format + ": " + r.err());
            assertSafe(r.out(), format);
            assertTrue(r.err().contains("program: {\"failed\": false, \"findings\": []}"), r.err());
            if (format.equals("json")) {
                assertEquals(HostilePrograms.NAME, JSON.readTree(r.out()).at("/components/0/name").asText());
            }
        }
    }

    @Test
    void aFailingStaticInitialiserIsNotAMissingClass() throws Exception {
        String name = MisbehavingPrograms.BrokenInitialiser.class.getName();
        Launched r = launch("preview", "--classpath", PROGRAMS, "--program", name);
        assertEquals(2, r.code());
        assertEquals("kvguard: class " + name + " was found but its static initialiser failed: "
                + "java.lang.IllegalStateException: no configuration found\n", r.err());
    }

    @Test
    void aHostileProgramNameIsEchoedEscapedOnOneLine() {
        CliRun r = cli("preview", "--program", "x\u001B[2J\nresult: preview passes", "--timeout", "60");
        assertEquals(2, r.code());
        assertEquals("kvguard: cannot load class x\\u001B[2J\\nresult: preview passes (is it on --classpath?)\n", r.err());
    }

    /** Output that claims a format keeps it: no raw control or bidi character, no forged line, valid JSON. */
    static void assertSafe(String output, String format) throws IOException {
        output.codePoints().filter(c -> c != '\n' && (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT))
                .findFirst().ifPresent(c -> assertEquals(-1, c, String.format("raw U+%04X in:%n%s", c, output)));
        List<String> lines = output.lines().toList();
        boolean verdictLast = format.equals("text") && !lines.isEmpty() && lines.get(lines.size() - 1).equals(VERDICT);
        int last = verdictLast ? lines.size() - 1 : lines.size();
        lines.subList(0, last).stream().filter(l -> FORGED.matcher(l).find()).findFirst()
                .ifPresent(l -> assertEquals("", l, "a forged line in:\n" + output));
        switch (format) {
            case "json", "sarif" -> assertFalse(JSON.readTree(output).isMissingNode());
            case "markdown" -> assertMarkdownTablesHold(output);
            default -> {
                // Text: the checks above.
            }
        }
    }

    /** Every table row has its header's number of cell delimiters, and no HTML but kvguard's line breaks. */
    static void assertMarkdownTablesHold(String markdown) {
        int columns = -1;
        for (String line : markdown.lines().toList()) {
            if (!line.startsWith("|")) {
                columns = -1;
                continue;
            }
            long pipes = line.chars().filter(c -> c == '|').count();
            if (columns < 0) {
                columns = (int) pipes;
            }
            assertEquals(columns, pipes, "a row with more or fewer cells: " + line);
        }
        // Inside code spans, HTML and mentions are literal text; outside them they must not appear.
        String prose = CODE_SPAN.matcher(markdown).replaceAll("");
        assertFalse(prose.replace("<br>", "").contains("<"), "raw HTML in:\n" + prose);
        assertFalse(prose.contains("@kvguard/"), "a mention in:\n" + prose);
    }

    record Launched(int code, String out, String err) {
    }

    /** The real launcher script on the built jar, as a user runs it, with stdout and stderr apart. */
    static Launched launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "kvguard"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(new File("..")).start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String out = read(process.getInputStream());
        return new Launched(process.waitFor(), out, err.get());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
