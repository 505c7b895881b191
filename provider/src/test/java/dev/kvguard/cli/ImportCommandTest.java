package dev.kvguard.cli;

import static dev.kvguard.cli.KvguardCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kvguard.cli.KvguardCliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    static final String AZ_SHOW = "../examples/import/payments-vault.az.json";
    static final String TEMPLATE = "../examples/import/open-vault.template.json";

    @TempDir
    Path dir;

    @Test
    void importPrintsACommentedSpecThatValidatesLikeTheDocument() throws IOException {
        Run imported = run("import", AZ_SHOW);
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().startsWith("# kvguard spec imported from " + AZ_SHOW + " (Azure resource (az keyvault show))\n"),
                imported.out());
        assertTrue(imported.out().contains("    - \"52.168.0.7/32\"\n"), imported.out());
        Path spec = dir.resolve("vault.yaml");
        Files.writeString(spec, imported.out());
        Run viaSpec = run("validate", "--format", "json", spec.toString());
        Run direct = run("validate", "--format", "json", AZ_SHOW);
        assertEquals(1, direct.code());
        assertEquals(viaSpec.code(), direct.code());
        assertEquals(List.of("logging-missing name", "default-action-allow properties.networkAcls.defaultAction",
                "ip-rule-prefix properties.networkAcls.ipRules[0].value"), ruleAndPath(direct.out()));
        assertEquals(List.of("logging-missing ", "default-action-allow networkRules.defaultAction",
                "ip-rule-prefix networkRules.ipRules[0]"), ruleAndPath(viaSpec.out()).stream()
                .map(s -> s.replace("logging-missing logging", "logging-missing ")).toList());
    }

    @Test
    void theTwoCommandPathFromAnOpenTemplateToALockedDownPlan() throws IOException {
        Run imported = run("import", "--lock-down", "--profile", "current", "--resource-group", "rg-orders-prod", TEMPLATE);
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("stage: observe\n") && imported.out().contains("  defaultAction: Deny\n")
                && imported.out().contains("limits:\n  profile: current\n") && imported.out().contains("resourceGroupName: rg-orders-prod\n"),
                imported.out());
        Path spec = dir.resolve("orders.yaml");
        Files.writeString(spec, imported.out());
        Run plan = run("plan", spec.toString());
        assertEquals(0, plan.code(), plan.out());
        assertTrue(plan.out().startsWith("kvguard plan for kv-orders-prod (profile current)\nfindings: 0 errors, 1 warning\n"), plan.out());
        assertTrue(plan.out().contains("Microsoft.Insights/diagnosticSettings audit-to-law on vault kv-orders-prod"), plan.out());
    }

    @Test
    void unresolvableExpressionsAreListedAndExitOne() throws IOException {
        Path template = dir.resolve("t.json");
        Files.writeString(template, "{\"contentVersion\": \"1.0.0.0\", \"parameters\": {\"n\": {\"type\": \"string\"}}, \"resources\": "
                + "[{\"type\": \"Microsoft.KeyVault/vaults\", \"name\": \"[parameters('n')]\", \"properties\": {}}]}");
        Run r = run("import", template.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(template + ": resources[0].name: '[parameters('n')]' cannot be resolved before deployment: "
                + "parameter 'n' has no default value"), r.err());
        assertTrue(r.out().contains("# vaultName: not carried over; [parameters('n')] is only known at deployment. Write its value here.\n"),
                r.out());
    }

    @Test
    void outputDirectoryGetsOneFilePerVault() throws IOException {
        Path template = dir.resolve("two.json");
        Files.writeString(template, "{\"contentVersion\": \"1.0.0.0\", \"resources\": ["
                + "{\"type\": \"Microsoft.KeyVault/vaults\", \"name\": \"kv-one\", \"properties\": {}},"
                + "{\"type\": \"Microsoft.KeyVault/vaults\", \"name\": \"kv-two\", \"properties\": {}}]}");
        Path out = dir.resolve("specs");
        Run r = run("import", "-o", out.toString(), template.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(out.resolve("kv-one.yaml") + "\n" + out.resolve("kv-two.yaml") + "\n", r.out());
        assertTrue(Files.readString(out.resolve("kv-two.yaml")).contains("vaultName: kv-two\n"));
        Run plan = run("plan", template.toString());
        assertEquals(2, plan.code());
        assertEquals("kvguard: " + template + " holds 2 vaults (resources[0], resources[1]); plan one at a time: 'kvguard import "
                + template + "' writes a spec for each\n", plan.err());
        Run validate = run("validate", template.toString());
        assertTrue(validate.out().contains(template + " resources[1]: "), validate.out());
    }

    @Test
    void specsAndDocumentsWithoutVaultsAreRefusedWithOneLine() throws IOException {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, KvguardCliTest.VALID);
        Run r = run("import", spec.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("kvguard: " + spec + ": already a kvguard spec"), r.err());
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "{\"format_version\": \"1.0\", \"values\": {\"root_module\": {}}}");
        Run none = run("validate", empty.toString());
        assertEquals(2, none.code());
        assertEquals("kvguard: " + empty + ": a terraform show -json without any Key Vault (Microsoft.KeyVault/vaults or "
                + "azurerm_key_vault)\n", none.err());
    }

    @Test
    void profileOptionIsSharedAndRefusesUnknownNames() {
        Run current = run("validate", "--profile", "current", AZ_SHOW);
        assertTrue(current.out().contains("(profile current)") && !current.out().contains("ip-rule-prefix"), current.out());
        for (String command : List.of("validate", "plan", "import")) {
            Run bad = run(command, "--profile", "latest", AZ_SHOW);
            assertEquals(2, bad.code(), command);
            assertTrue(bad.err().startsWith("kvguard: --profile latest is not a limits profile; use one of [reference-2019, current]"),
                    bad.err());
        }
        Run preview = run("preview", "--profile", "latest", "--program", "no.Such");
        assertEquals(2, preview.code());
        assertTrue(preview.err().contains("--profile latest is not a limits profile"), preview.err());
    }

    @Test
    void sarifResultsOfADocumentAreOnItsLines() throws IOException {
        Run r = run("validate", "--format", "sarif", AZ_SHOW);
        JsonNode results = new ObjectMapper().readTree(r.out()).path("runs").path(0).path("results");
        List<String> lines = Files.readAllLines(Path.of(AZ_SHOW));
        for (JsonNode result : results) {
            int line = result.path("locations").path(0).path("physicalLocation").path("region").path("startLine").asInt();
            if (result.path("ruleId").asText().equals("ip-rule-prefix")) {
                assertTrue(lines.get(line - 1).contains("\"value\": \"52.168.0.7/32\""), lines.get(line - 1));
            }
            if (result.path("ruleId").asText().equals("default-action-allow")) {
                assertTrue(lines.get(line - 1).contains("\"defaultAction\": \"Allow\""), lines.get(line - 1));
            }
        }
        assertEquals(3, results.size());
    }

    private static List<String> ruleAndPath(String json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode findings = (root.isArray() ? root.get(0) : root).path("findings");
        List<String> out = new java.util.ArrayList<>();
        findings.forEach(f -> out.add(f.path("ruleId").asText() + " " + f.path("path").asText()));
        return out;
    }
}
