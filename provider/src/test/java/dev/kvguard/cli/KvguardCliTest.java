package dev.kvguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kvguard.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KvguardCliTest {

    @TempDir
    Path dir;

    static final String VALID = """
            vaultName: kv-a
            resourceGroupName: rg
            location: westeurope
            tenantId: 8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d
            networkRules: {ipRules: [52.1.2.3, 40.1.2.9/24]}
            logging: {logAnalyticsWorkspaceId: /subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/w}
            """;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        CliRun r = CliRun.of(args);
        return new Run(r.code(), r.out(), r.err());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void warningsOnlyExitZero() throws IOException {
        Run r = run("validate", write("ok.yaml", VALID).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("0 errors, 1 warning (profile reference-2019)"), r.out());
        assertTrue(r.out().contains("ip-rule-host-bits"));
    }

    @Test
    void errorsExitOneAndJsonHasTheContractedShape() throws IOException {
        Path file = write("bad.json", "{\"vaultName\": \"kv-a\", \"resourceGroupName\": \"rg\", \"location\": \"l\","
                + " \"tenantId\": \"nope\", \"logging\": {\"waiver\": \"test\"}}");
        Run r = run("validate", "--format", "json", file.toString());
        assertEquals(1, r.code());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("reference-2019", json.get("profile").get("name").asText());
        JsonNode finding = json.get("findings").get(1);
        for (String key : new String[] {"ruleId", "severity", "path", "value", "message", "fix"}) {
            assertTrue(finding.hasNonNull(key), key);
        }
        assertEquals("tenant-id", finding.get("ruleId").asText());
        assertEquals("logging-missing", json.get("findings").get(0).get("ruleId").asText());
        assertEquals("warning", json.get("findings").get(0).get("severity").asText());
    }

    @Test
    void unreadableOrBrokenFilesExitTwoWithOneLine() throws IOException {
        Run missing = run("validate", dir.resolve("missing.yaml").toString());
        assertEquals(2, missing.code());
        assertEquals(1, missing.err().lines().count());
        Run broken = run("validate", write("broken.yaml", "vaultName: [\n").toString());
        assertEquals(2, broken.code());
        assertEquals(1, broken.err().lines().count(), broken.err());
        assertFalse(broken.err().contains("Exception"), broken.err());
    }

    @Test
    void usageErrorsEchoTheArgumentEscapedOnOneLine() {
        Run r = run("validate", "--bogus\u001B[2J\nkvguard: all good", "x.yaml");
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("--bogus\\u001B[2J\\nkvguard: all good"), r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("validate").code());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("validate", "--format", "yaml", "x").code());
        assertEquals(2, run("validate", "--format", "markdown", "x").code());
    }

    @Test
    void severalFilesGiveAJsonListAndTheWorstExitCode() throws IOException {
        Path ok = write("ok.yaml", VALID);
        Path bad = write("bad.yaml", VALID.replace("kv-a", "1"));
        Run r = run("validate", "--format", "json", ok.toString(), bad.toString());
        assertEquals(1, r.code());
        assertEquals(2, new ObjectMapper().readTree(r.out()).size());
    }
}
