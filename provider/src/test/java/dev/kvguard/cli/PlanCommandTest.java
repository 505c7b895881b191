package dev.kvguard.cli;

import static dev.kvguard.cli.KvguardCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

    @TempDir
    Path dir;

    @Test
    void aValidSpecPrintsTheStepsInEveryFormat() throws IOException {
        Path spec = dir.resolve("ok.yaml");
        Files.writeString(spec, KvguardCliTest.VALID);
        KvguardCliTest.Run text = run("plan", spec.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("wave 1") && text.out().contains("diagnostic-setting"), text.out());
        KvguardCliTest.Run md = run("plan", "--format", "markdown", spec.toString());
        assertTrue(md.out().startsWith("## kvguard plan: `kv-a`"), md.out());
        JsonNode json = new ObjectMapper().readTree(run("plan", "--format", "json", spec.toString()).out());
        for (String key : new String[] {"profile", "findings", "steps", "waves"}) {
            assertTrue(json.has(key), key);
        }
        JsonNode step = json.get("steps").get(0);
        for (String key : new String[] {"id", "phase", "resource", "action", "dependsOn"}) {
            assertTrue(step.has(key), key);
        }
        assertEquals("vault", json.get("waves").get(0).get(0).asText());
    }

    @Test
    void aSpecWithErrorsPrintsFindingsAndNoStepsAndExitsOne() throws IOException {
        Path spec = dir.resolve("bad.yaml");
        Files.writeString(spec, KvguardCliTest.VALID.replace("52.1.2.3", "10.1.2.3"));
        KvguardCliTest.Run r = run("plan", "--format", "json", spec.toString());
        assertEquals(1, r.code());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(0, json.get("steps").size());
        assertEquals("ip-rule-not-public", json.get("findings").get(0).get("ruleId").asText());
        KvguardCliTest.Run text = run("plan", spec.toString());
        assertTrue(text.out().contains("no steps"));
        assertFalse(text.out().contains("wave 1"));
    }

    @Test
    void unusableInputExitsTwo() {
        assertEquals(2, run("plan", dir.resolve("none.yaml").toString()).code());
        assertEquals(2, run("plan", "--format", "sarif2", "x").code());
    }
}
