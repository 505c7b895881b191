package dev.kvguard.it.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kvguard.cli.KvguardCli;
import dev.kvguard.components.SecureKeyVault;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.finding.Severity;
import dev.kvguard.core.render.PreviewReport;
import dev.kvguard.core.render.TextEscaper;
import dev.kvguard.core.spec.io.SpecReader;
import dev.kvguard.core.validate.ValidationReport;
import dev.kvguard.core.validate.Validator;
import dev.kvguard.preview.OfflinePreview;
import dev.kvguard.testing.SpecArgs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every corpus case gets a clear answer: a finding with the expected rule id (and path), or exit code 2
 * with a one-line reason; never a stack trace. Under Pulumi's mocks, no case with an error registers
 * any resource.
 */
class BadInputCorpusTest {

    @TempDir
    static Path dir;

    static Stream<Corpus.Case> cases() {
        return Corpus.all().stream();
    }

    static Stream<Corpus.Case> parseableCases() {
        return Corpus.all().stream().filter(c -> c.rule() != null);
    }

    @Test
    void theCorpusHasAtLeast200Cases() {
        assertTrue(Corpus.all().size() >= 200, "corpus size " + Corpus.all().size());
        assertTrue(Corpus.unparseable().size() >= 20);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theCliAnswersWithAFindingOrExitTwo(Corpus.Case c) throws Exception {
        Path file = dir.resolve("case-" + Math.abs(c.name().hashCode()) + c.suffix());
        Files.write(file, c.bytes());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = KvguardCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("validate", "--format", "json", file.toString());
        String all = out + "\n" + err;
        assertFalse(all.contains("Exception") || all.contains("\tat "), "stack trace or exception name for " + c + ":\n" + all);
        if (c.rule() == null) {
            assertEquals(2, code, c + ": " + all);
            // A refusal names the place, never the content: a secret passed by mistake stays out of CI logs.
            assertFalse(all.contains(HostileInput.SECRET), c + ": " + all);
            assertEquals(1, err.toString().lines().count(), c + ": " + err);
            assertTrue(err.toString().startsWith("kvguard: "), err.toString());
            // Even with no readable file, a JSON consumer gets a document: the file and why it was not validated.
            JsonNode refused = new ObjectMapper().readTree(out.toString());
            assertEquals(file.toString(), refused.get("file").asText(), c + ": " + out);
            assertEquals(err.toString().strip(), "kvguard: " + TextEscaper.escape(refused.get("error").asText()), c + ": " + out);
            assertFalse(refused.has("findings"), c + ": " + out);
            return;
        }
        JsonNode findings = new ObjectMapper().readTree(out.toString()).get("findings");
        boolean found = false;
        for (JsonNode f : findings) {
            if (f.get("ruleId").asText().equals(c.rule()) && (c.path() == null || f.get("path").asText().equals(c.path()))) {
                found = true;
                assertFalse(f.get("message").asText().isBlank());
                assertFalse(f.get("fix").asText().isBlank());
            }
        }
        assertTrue(found, c + ": expected " + c.rule() + " at " + c.path() + " in " + findings);
        boolean error = Rule.byId(c.rule()).orElseThrow().defaultSeverity() == Severity.ERROR;
        assertEquals(error ? 1 : 0, code, c + ": " + findings);
    }

    @ParameterizedTest
    @MethodSource("parseableCases")
    void underPulumiMocksNoCaseWithAnErrorRegistersAResource(Corpus.Case c) throws Exception {
        JsonNode tree = SpecReader.parse(new String(c.bytes(), java.nio.charset.StandardCharsets.UTF_8), c.name(),
                c.suffix().equals(".json"));
        ValidationReport report = Validator.validate(dev.kvguard.core.spec.io.SpecBinder.bind(tree));
        PreviewReport preview = OfflinePreview.run(c.name(), ctx -> new SecureKeyVault("corpus", SpecArgs.secureKeyVault(tree), null));
        if (report.hasErrors()) {
            assertEquals(java.util.List.of(), preview.resources(), c.name());
            assertTrue(preview.failed(), c.name());
        } else {
            assertFalse(preview.resources().isEmpty(), c.name());
            assertTrue(preview.findings().stream().anyMatch(f -> f.ruleId().equals(c.rule())), c + ": " + preview.findings());
        }
    }
}
