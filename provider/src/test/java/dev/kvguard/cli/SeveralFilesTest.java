package dev.kvguard.cli;

import static dev.kvguard.cli.KvguardCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kvguard.testing.SarifSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kvguard validate a.yaml bad.yaml c.yaml}: one unreadable file hides nothing, and the worst outcome wins. */
class SeveralFilesTest {

    @TempDir
    Path dir;

    Path warnings;
    Path broken;
    Path errors;

    @BeforeEach
    void files() throws IOException {
        warnings = Files.writeString(dir.resolve("a.yaml"), KvguardCliTest.VALID);
        broken = Files.writeString(dir.resolve("bad.yaml"), "vaultName: [\n");
        errors = Files.writeString(dir.resolve("c.yaml"), KvguardCliTest.VALID.replace("52.1.2.3,", "10.0.0.0/8,"));
    }

    @Test
    void textReportsEveryReadableFileAndTheUnreadableOneOnItsOwnLine() {
        KvguardCliTest.Run r = run("validate", warnings.toString(), broken.toString(), errors.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("kvguard: " + broken + ": invalid YAML"), r.err());
        String[] heads = r.out().lines().filter(l -> !l.startsWith(" ")).toArray(String[]::new);
        assertEquals(3, heads.length, r.out());
        assertEquals(warnings + ": 0 errors, 1 warning (profile reference-2019)", heads[0]);
        assertTrue(heads[1].startsWith(broken + ": invalid YAML") && heads[1].endsWith(" (not validated)"), heads[1]);
        assertEquals(errors + ": 1 error, 1 warning (profile reference-2019)", heads[2]);
        assertTrue(r.out().contains("ip-rule-not-public  networkRules.ipRules[0] = 10.0.0.0/8"), r.out());
    }

    @Test
    void jsonHasAnEntryPerFileAndTheUnreadableOneCarriesItsError() throws IOException {
        KvguardCliTest.Run r = run("validate", "--format", "json", warnings.toString(), broken.toString(), errors.toString());
        assertEquals(2, r.code());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(3, json.size());
        assertEquals(warnings.toString(), json.at("/0/file").asText());
        assertEquals("ip-rule-host-bits", json.at("/0/findings/0/ruleId").asText());
        assertEquals(broken.toString(), json.at("/1/file").asText());
        assertTrue(json.at("/1/error").asText().startsWith(broken + ": invalid YAML"), json.at("/1").toString());
        assertFalse(json.get(1).has("findings"), "an unreadable file was not validated: it has no findings");
        assertEquals("ip-rule-not-public", json.at("/2/findings/0/ruleId").asText());
    }

    @Test
    void sarifHasTheResultsOfTheReadableFilesAndANotificationForTheUnreadableOne() throws IOException {
        KvguardCliTest.Run r = run("validate", "--format", "sarif", warnings.toString(), broken.toString(), errors.toString());
        assertEquals(2, r.code());
        SarifSchema.assertValid(r.out());
        JsonNode run = new ObjectMapper().readTree(r.out()).at("/runs/0");
        assertEquals(3, run.get("results").size(), "1 warning in a.yaml, 1 error and 1 warning in c.yaml");
        assertTrue(run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText().endsWith("/a.yaml"));
        assertTrue(run.at("/results/2/locations/0/physicalLocation/artifactLocation/uri").asText().endsWith("/c.yaml"));
        JsonNode invocation = run.at("/invocations/0");
        assertFalse(invocation.get("executionSuccessful").asBoolean());
        assertEquals(1, invocation.get("toolExecutionNotifications").size());
        JsonNode notification = invocation.at("/toolExecutionNotifications/0");
        assertEquals("error", notification.get("level").asText());
        assertTrue(notification.at("/message/text").asText().startsWith(broken + ": invalid YAML"));
        assertTrue(notification.at("/locations/0/physicalLocation/artifactLocation/uri").asText().endsWith("/bad.yaml"));
    }

    @Test
    void sarifWithEveryFileReadableHasNoInvocationEntry() throws IOException {
        KvguardCliTest.Run r = run("validate", "--format", "sarif", warnings.toString(), errors.toString());
        assertEquals(1, r.code());
        SarifSchema.assertValid(r.out());
        assertFalse(new ObjectMapper().readTree(r.out()).at("/runs/0").has("invocations"));
    }

    @Test
    void theExitCodeIsTheWorstOutcome() {
        assertEquals(0, run("validate", warnings.toString()).code());
        assertEquals(1, run("validate", warnings.toString(), errors.toString()).code());
        assertEquals(1, run("validate", errors.toString(), warnings.toString()).code());
        assertEquals(2, run("validate", warnings.toString(), broken.toString()).code());
        assertEquals(2, run("validate", broken.toString(), errors.toString()).code());
    }

    @Test
    void whenNoFileCanBeReadTextHasNoReportAndOneLinePerFile() {
        KvguardCliTest.Run r = run("validate", broken.toString(), dir.resolve("missing.yaml").toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals(2, r.err().lines().count(), r.err());
        assertTrue(r.err().lines().allMatch(l -> l.startsWith("kvguard: ")), r.err());
    }

    @Test
    void whenNoFileCanBeReadJsonStillPrintsADocumentCarryingTheError() throws IOException {
        KvguardCliTest.Run one = run("validate", "--format", "json", broken.toString());
        assertEquals(2, one.code());
        JsonNode single = new ObjectMapper().readTree(one.out());
        assertEquals(broken.toString(), single.get("file").asText());
        assertEquals(broken + ": invalid YAML at line 2, column 1: broken YAML syntax", single.get("error").asText());
        assertEquals(1, one.err().lines().count(), one.err());
        KvguardCliTest.Run two = run("validate", "--format", "json", broken.toString(), dir.resolve("missing.yaml").toString());
        assertEquals(2, two.code());
        JsonNode both = new ObjectMapper().readTree(two.out());
        assertEquals(2, both.size(), two.out());
        assertTrue(both.get(1).get("error").asText().contains("missing.yaml"), two.out());
    }

    @Test
    void whenNoFileCanBeReadSarifStillPrintsAValidLogWithTheNotification() throws IOException {
        KvguardCliTest.Run r = run("validate", "--format", "sarif", broken.toString());
        assertEquals(2, r.code());
        SarifSchema.assertValid(r.out());
        JsonNode invocation = new ObjectMapper().readTree(r.out()).at("/runs/0/invocations/0");
        assertFalse(invocation.get("executionSuccessful").asBoolean(), r.out());
        assertTrue(invocation.at("/toolExecutionNotifications/0/message/text").asText().contains("invalid YAML"), r.out());
        assertEquals(0, new ObjectMapper().readTree(r.out()).at("/runs/0/results").size(), r.out());
    }
}
