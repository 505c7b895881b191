package dev.kvguard.cli;

import static dev.kvguard.cli.KvguardCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kvguard.cli.KvguardCliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kvguard import --adopt}: the spec adopts the vault it was imported from, and later changes are warned about. */
class ImportAdoptTest {
    static final String VAULT_ID = "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-payments-prod"
            + "/providers/Microsoft.KeyVault/vaults/kv-payments-prod";
    static final String WORKSPACE = "logging:\n  logAnalyticsWorkspaceId: /subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d"
            + "/resourceGroups/rg-monitoring/providers/Microsoft.OperationalInsights/workspaces/law-prod\n";

    @TempDir
    Path dir;

    @Test
    void adoptWritesTheExistingBlockFromWhatTheDocumentShows() {
        Run imported = run("import", "--adopt", ImportCommandTest.AZ_SHOW);
        assertEquals(0, imported.code(), imported.err());
        String out = imported.out();
        assertTrue(out.contains("existing:\n  resourceId: \"" + VAULT_ID + "\"\n  observed:\n    location: westeurope\n"), out);
        assertTrue(out.contains("    sku: standard\n    softDeleteRetentionInDays: 90\n    enablePurgeProtection: true\n"), out);
        assertTrue(out.contains("    networkRules:\n      defaultAction: Allow\n      bypass: AzureServices\n"), out);
        assertFalse(out.contains("accessPolicyCount"), out);
        assertTrue(out.contains("    accessPolicies:\n"), out);
        assertTrue(out.contains("# adopted by kvguard import --adopt"), out);
    }

    @Test
    void observeThenEnforceFromAnAdoptedImport() throws IOException {
        Run imported = run("import", "--adopt", "--lock-down", "--profile", "current", ImportCommandTest.AZ_SHOW);
        assertEquals(0, imported.code(), imported.err());
        Path observe = dir.resolve("observe.yaml");
        Files.writeString(observe, imported.out() + WORKSPACE);
        Run first = run("plan", "--format", "json", observe.toString());
        assertEquals(0, first.code(), first.out());
        JsonNode plan = new ObjectMapper().readTree(first.out());
        // Observe keeps Allow, which is what the vault has: nothing to warn about but the open stage.
        assertEquals(List.of("default-action-allow stage"), ruleAndPath(plan));
        JsonNode vault = plan.path("steps").findParents("id").stream().filter(s -> s.path("id").asText().equals("vault"))
                .findFirst().orElseThrow();
        assertTrue(vault.path("action").asText().startsWith("Adopt (import) the existing vault and update it with default "
                + "action Allow"), vault.toString());
        assertEquals("existing vault " + VAULT_ID, vault.path("details").get(0).asText());

        Path enforce = dir.resolve("enforce.yaml");
        Files.writeString(enforce, Files.readString(observe).replace("stage: observe\n", "stage: enforce\n"));
        Run second = run("plan", "--format", "json", enforce.toString());
        assertEquals(0, second.code(), second.out());
        assertEquals(List.of("adopt-property-differs networkRules.defaultAction"),
                ruleAndPath(new ObjectMapper().readTree(second.out())));
    }

    @Test
    void documentsOfWhatIsWantedAreRefusedForAdoption() throws IOException {
        // A template says what is wanted, not what Azure has: recorded as observed, it would hide every change.
        Run template = run("import", "--adopt", "--resource-group", "rg-orders-prod", ImportCommandTest.TEMPLATE);
        assertEquals(2, template.code());
        assertEquals("", template.out());
        assertEquals("kvguard: " + ImportCommandTest.TEMPLATE + ": --adopt needs what Azure has (az keyvault show, az resource"
                + " show, terraform show -json of the state), and an ARM template says what is wanted; import it without --adopt,"
                + " or import the deployed vault's az keyvault show\n", template.err());
        Path body = dir.resolve("body.json");
        Files.writeString(body, "{\"location\": \"westeurope\", \"properties\": {\"tenantId\": \"" + dev.kvguard.core.azure.Guid.EXAMPLE
                + "\", \"sku\": {\"family\": \"A\", \"name\": \"standard\"}}}");
        assertTrue(run("import", "--adopt", body.toString()).err().contains("a REST request body says what is wanted"));
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, "{\"format_version\": \"1.2\", \"planned_values\": {\"root_module\": {\"resources\": []}}}");
        assertTrue(run("import", "--adopt", plan.toString()).err().contains("a Terraform plan says what is wanted"));
        assertEquals(0, run("import", "--resource-group", "rg-orders-prod", ImportCommandTest.TEMPLATE).code());
    }

    @Test
    void theSubscriptionBuildsTheIdOfAVaultWhoseDocumentNamesNone() throws IOException {
        Path noId = dir.resolve("no-id.json");
        JsonNode doc = new ObjectMapper().readTree(Path.of(ImportCommandTest.AZ_SHOW).toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc).remove("id");
        Files.writeString(noId, doc.toString());
        Run without = run("import", "--adopt", noId.toString());
        assertEquals(0, without.code(), without.err());
        assertFalse(without.out().contains("  resourceId: "), without.out());
        assertTrue(without.out().contains("# existing.resourceId: the document names no resource id; add "), without.out());
        Run with = run("import", "--adopt", "--subscription", "6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d", noId.toString());
        assertTrue(with.out().contains("  resourceId: \"" + VAULT_ID + "\"\n"), with.out());
    }

    @Test
    void aSubscriptionThatIsNotAGuidIsOneEscapedLine() {
        Run bad = run("import", "--adopt", "--subscription", "6b1f3c55\u001b[2J", ImportCommandTest.AZ_SHOW);
        assertEquals(2, bad.code());
        assertEquals("", bad.out());
        assertEquals("kvguard: --subscription '6b1f3c55\\u001B[2J' is not a subscription id (a GUID such as "
                + "00000000-0000-0000-0000-000000000000)\n", bad.err());
        // One character short of a GUID, and a GUID in capitals (Azure prints both cases).
        assertEquals(2, run("import", "--adopt", "--subscription", "6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4", ImportCommandTest.AZ_SHOW).code());
        assertEquals(0, run("import", "--adopt", "--subscription", "6B1F3C55-8D2E-4C39-9D56-0F9A1A2B3C4D", ImportCommandTest.AZ_SHOW).code());
    }

    private static List<String> ruleAndPath(JsonNode root) {
        List<String> out = new ArrayList<>();
        root.path("findings").forEach(f -> out.add(f.path("ruleId").asText() + " " + f.path("path").asText()));
        return out;
    }
}
