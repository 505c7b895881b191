package dev.kvguard.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.render.Json;
import dev.kvguard.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated reference pages in docs/ match the code: the rule table the {@link Rule} enum, the spec
 * reference the checked-in schema (which SchemaTest keeps equal to what the provider serves).
 */
class ReferenceDocsTest {

    static final Path DOCS = Path.of("../docs");
    static final Path SCHEMA = Path.of("../schema/schema.json");
    static final String STALE = "regenerate with " + ReferenceDocs.REGENERATE + " (from the repository root) and commit the result";

    static JsonNode schema() throws Exception {
        return Json.mapper().readTree(Files.readString(SCHEMA));
    }

    @Test
    void docsRulesMdIsCurrent() throws Exception {
        Golden.assertMatches(DOCS.resolve(ReferenceDocs.RULES), ReferenceDocs.rules(), STALE);
    }

    @Test
    void docsSpecMdIsCurrent() throws Exception {
        Golden.assertMatches(DOCS.resolve(ReferenceDocs.SPEC), ReferenceDocs.spec(schema()), STALE);
    }

    @Test
    void everyRuleHasExactlyOneRowWithItsSeverityAndSummary() {
        List<String> rows = ReferenceDocs.rules().lines().filter(l -> l.startsWith("| `")).toList();
        for (Rule rule : Rule.values()) {
            List<String> mine = rows.stream().filter(r -> r.startsWith("| `" + rule.id() + "` |")).toList();
            assertEquals(1, mine.size(), rule.id());
            assertTrue(mine.get(0).startsWith("| `" + rule.id() + "` | " + rule.defaultSeverity().label() + " | "
                    + ReferenceDocs.scope(rule) + " | " + ReferenceDocs.cell(rule.summary())), mine.get(0));
        }
        assertEquals("| `ip-rule-prefix` | error | one value | An IP rule uses a prefix length the profile refuses. `/31` and `/32` "
                + "under `reference-2019`; the fix names the single addresses to write instead. The `current` profile refuses "
                + "no prefix length. |", rows.stream().filter(r -> r.startsWith("| `ip-rule-prefix`")).findFirst().orElseThrow());
        assertTrue(rows.contains("| `ip-rule-overlap` | warning | the whole spec | An IP rule lies inside another one. |"), rows.toString());
    }

    @Test
    void everyDetailBelongsToARule() {
        assertEquals(List.of(), ReferenceDocs.orphanDetails(), "rule-details.properties names rules that do not exist");
    }

    @Test
    void aNewInputChangesTheSpecPageSoTheDriftTestCatchesIt() throws Exception {
        ObjectNode changed = schema().deepCopy();
        ((ObjectNode) changed.at("/types/kvguard:index:NetworkRules/properties")).putObject("privateEndpoints")
                .put("type", "array").put("description", "Private endpoints | for the vault.").putObject("items").put("type", "string");
        String page = ReferenceDocs.spec(changed);
        assertNotEquals(ReferenceDocs.spec(schema()), page);
        assertTrue(page.contains("| `privateEndpoints` | list of string |  | Private endpoints \\| for the vault. |\n"), page);
    }

    @Test
    void typesReadAsWordsAndLinkToTheirSection() throws Exception {
        JsonNode vault = schema().at("/resources/kvguard:index:SecureKeyVault/inputProperties");
        assertEquals("[NetworkRules](#networkrules)", ReferenceDocs.type(vault.get("networkRules")));
        assertEquals("list of [AccessPolicy](#accesspolicy)", ReferenceDocs.type(vault.get("accessPolicies")));
        assertEquals("map of string", ReferenceDocs.type(vault.get("tags")));
        assertEquals("integer", ReferenceDocs.type(vault.get("softDeleteRetentionInDays")));
        String page = ReferenceDocs.spec(schema());
        assertTrue(page.contains("| `vaultName` | string | yes | Globally unique vault name"), page);
        assertTrue(page.contains("| `sku` | string |  | "), page);
        assertTrue(page.contains("\n## NetworkRules\n"), page);
        assertTrue(page.contains("| `vaultUri` | string | Data-plane URI of the vault"), page);
        assertTrue(page.contains("| `azureBackup` | Azure Backup | "), page);
        assertTrue(page.contains("| `templateDeployment` | Azure Resource Manager template deployment service | pass secure values "
                + "during deployment | `enabledForTemplateDeployment: true` |"), page);
    }

    @Test
    void theRegenerationCommandIsTheOneThePomDefines() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<id>docs</id>") && pom.contains("<mainClass>dev.kvguard.docs.ReferenceDocs</mainClass>"), "provider/pom.xml");
        assertTrue(Files.readString(DOCS.resolve(ReferenceDocs.RULES)).contains(ReferenceDocs.REGENERATE));
    }
}
