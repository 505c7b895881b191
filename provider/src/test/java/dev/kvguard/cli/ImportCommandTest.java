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

    private static final String HOSTILE = "x\u001b[2J\rkvguard: ok\u202e";
    private static final String HOSTILE_SHOWN = "x\\u001B[2J\\rkvguard: ok\\u202E";

    @Test
    void documentTextAndFileNamesReachTheTerminalEscaped() throws IOException {
        Path template = dir.resolve("n\u001b[2J.json");
        Files.writeString(template, "{\"contentVersion\": \"1.0.0.0\", \"resources\": [{\"type\": \"Microsoft.KeyVault/vaults\", "
                + "\"name\": \"[concat('" + HOSTILE.replace("\u001b", "\\u001b").replace("\r", "\\r").replace("\u202e", "\\u202e")
                + "')]\", \"properties\": {}}, {\"type\": \"Microsoft.KeyVault/vaults\", \"name\": \"kv-b\", \"properties\": {}}]}");
        Run r = run("import", template.toString());
        assertEquals(1, r.code(), r.err());
        String shownFile = template.toString().replace("\u001b", "\\u001B");
        assertTrue(r.err().startsWith("kvguard: " + shownFile + ": resources[0].name: '[concat('" + HOSTILE_SHOWN + "')]' cannot be resolved"),
                r.err());
        Run plan = run("plan", template.toString());
        assertEquals(2, plan.code());
        assertTrue(plan.err().startsWith("kvguard: " + shownFile + " holds 2 vaults"), plan.err());
        for (String text : List.of(r.err(), plan.err(), r.out())) {
            assertTrue(text.chars().noneMatch(ch -> ch == 0x1b || ch == '\r' || ch == 0x202e), text);
        }
    }

    @Test
    void anUnreadableFileDoesNotHideTheOthers() throws IOException {
        Path missing = dir.resolve("missing.json");
        Run r = run("import", missing.toString(), AZ_SHOW);
        assertEquals(2, r.code());
        assertEquals("kvguard: " + missing + ": no such file\n", r.err());
        assertTrue(r.out().startsWith("# kvguard spec imported from " + AZ_SHOW), r.out());
        Path out = dir.resolve("specs");
        Run written = run("import", "-o", out.toString(), AZ_SHOW, missing.toString());
        assertEquals(2, written.code());
        assertTrue(Files.exists(out.resolve("kv-payments-prod.yaml")), written.out());
    }

    @Test
    void outputNeverReplacesAFileUnlessForced() throws IOException {
        Path out = dir.resolve("specs");
        Files.createDirectories(out);
        Path edited = out.resolve("kv-payments-prod.yaml");
        Files.writeString(edited, "# hand-edited\n");
        Run kept = run("import", "-o", out.toString(), AZ_SHOW);
        assertEquals(2, kept.code());
        assertEquals("kvguard: " + edited + ": exists already and was kept; use --force to replace it\n", kept.err());
        assertEquals("# hand-edited\n", Files.readString(edited));
        Run forced = run("import", "-o", out.toString(), "--force", AZ_SHOW);
        assertEquals(0, forced.code(), forced.err());
        assertTrue(Files.readString(edited).startsWith("# kvguard spec imported from"));
        // Two documents of one vault: the first is written, the second refused, even with --force.
        Path other = dir.resolve("other");
        Run twice = run("import", "-o", other.toString(), "--force", AZ_SHOW, AZ_SHOW);
        assertEquals(2, twice.code());
        assertEquals("kvguard: " + other.resolve("kv-payments-prod.yaml") + ": another vault of this import has the same name; "
                + "import the documents one at a time into different directories\n", twice.err());
        assertEquals(other.resolve("kv-payments-prod.yaml") + "\n", twice.out());
    }

    @Test
    void documentsHaveTheirOwnLargerSizeLimit() throws IOException {
        Path big = dir.resolve("big.json");
        String az = Files.readString(Path.of(AZ_SHOW)).trim();
        // An extra top-level list (as in a large az output) makes the document 5 MiB long, over the spec limit.
        String item = "\"" + "p".repeat(100) + "\"";
        String padded = az.substring(0, az.lastIndexOf('}')) + ", \"padding\": [" + String.join(",",
                java.util.Collections.nCopies(52_000, item)) + "]}";
        Files.writeString(big, padded);
        Run imported = run("import", big.toString());
        assertEquals(0, imported.code(), imported.err());
        Path huge = dir.resolve("huge.json");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(dev.kvguard.core.spec.io.SpecLimits.MAX_DOCUMENT_BYTES + 1);
        }
        Run refused = run("import", huge.toString());
        assertEquals(2, refused.code());
        assertEquals("kvguard: " + huge + ": 67108865 bytes, over the limit of 67108864 bytes (64 MiB) for a document to import\n",
                refused.err());
        Run spec = run("validate", big.toString());
        assertEquals(2, spec.code());
        assertTrue(spec.err().endsWith("over the limit of 4194304 bytes (4 MiB) for a spec file\n"), spec.err());
    }

    @Test
    void aListOfVaultsImportsEveryVaultWithProperties() throws IOException {
        String az = Files.readString(Path.of(AZ_SHOW)).trim();
        Path list = dir.resolve("list.json");
        Files.writeString(list, "[" + az + ", " + az.replace("kv-payments-prod", "kv-payments-test") + "]");
        Run r = run("import", list.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# kvguard spec imported from " + list + " [0] (list of Azure resources (az keyvault list))\n"), r.out());
        assertTrue(r.out().contains("\n---\n# kvguard spec imported from " + list + " [1] ") && r.out().contains("vaultName: kv-payments-test\n"),
                r.out());
        // az keyvault list itself prints no properties: nothing to import, and the message says what to run instead.
        Path bare = dir.resolve("bare.json");
        Files.writeString(bare, "[{\"name\": \"kv-a\", \"type\": \"Microsoft.KeyVault/vaults\", \"location\": \"westeurope\"}]");
        Run none = run("import", bare.toString());
        assertEquals(2, none.code());
        assertEquals("kvguard: " + bare + ": a list of Azure resources (az keyvault list) without any Key Vault with its properties"
                + " (az keyvault list leaves them out; run az keyvault show for each vault)\n", none.err());
    }

    @Test
    void aHostilePropertyNameCannotChangeWhatTheImportedSpecPlans() throws Exception {
        // CR, NEL and U+2028 are YAML line breaks: unescaped in a comment they would start spec lines.
        for (String br : List.of("\\r", "\\u0085", "\\u2028")) {
            String az = Files.readString(Path.of(AZ_SHOW)).trim();
            Path doc = dir.resolve("trav.json");
            Files.writeString(doc, az.replace("\"properties\": {", "\"properties\": {\"x" + br + "stage: observe" + br
                    + "protect: false" + br + "#\": 1, "));
            Run imported = run("import", doc.toString());
            assertEquals(0, imported.code(), imported.err());
            JsonNode spec = dev.kvguard.core.spec.io.SpecReader.parse(imported.out(), "trav.yaml", false);
            assertTrue(!spec.has("stage") && !spec.has("protect"), imported.out());
            assertTrue(imported.out().lines().filter(l -> l.contains("stage: observe")).allMatch(l -> l.startsWith("# ")), imported.out());
        }
    }
}
