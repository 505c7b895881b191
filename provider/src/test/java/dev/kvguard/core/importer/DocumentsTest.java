package dev.kvguard.core.importer;

import static dev.kvguard.core.importer.ImporterTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.spec.io.SpecReader;
import dev.kvguard.core.spec.io.SpecSyntaxException;
import dev.kvguard.core.validate.ValidationReport;
import dev.kvguard.core.validate.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentsTest {

    /** What a finding says, without its path. */
    static String said(Finding f) {
        return f.ruleId() + " " + f.severity() + " " + f.value() + " | " + f.message() + " | " + f.fix();
    }

    /** Validates the spec that kvguard import prints for the document's only vault. */
    static ValidationReport validateImportedYaml(JsonNode document, String profile) throws SpecSyntaxException {
        ImportedVault vault = Importer.vaults(document).get(0);
        Documents.withProfile(vault.spec(), profile);
        String yaml = SpecYaml.write(vault, List.of("header"));
        JsonNode reread = SpecReader.parse(yaml, "imported.yaml", false);
        assertEquals(vault.spec(), reread, yaml);
        return Validator.validate(dev.kvguard.core.spec.io.SpecBinder.bind(reread));
    }

    @Test
    void roundTripImportedSpecGivesTheSameFindingsAsTheDocumentInTheDocumentsPaths() throws Exception {
        for (String document : List.of(ImporterTest.AZ_SHOW, ImporterTest.TF_STATE)) {
            JsonNode doc = json(document);
            ImportedVault vault = Importer.vaults(doc).get(0);
            for (String profile : new String[] {null, "current"}) {
                List<Finding> direct = Documents.check(doc, "doc.json", profile).get(0).report().findings();
                List<Finding> viaSpec = validateImportedYaml(doc, profile).findings();
                assertEquals(viaSpec.stream().map(DocumentsTest::said).sorted().toList(),
                        direct.stream().map(DocumentsTest::said).sorted().toList());
                assertEquals(viaSpec.stream().map(f -> vault.documentPath(f.path().toString())).sorted().toList(),
                        direct.stream().map(f -> f.path().toString()).sorted().toList());
            }
        }
    }

    @Test
    void findingsPointIntoTheDocument() throws Exception {
        List<Documents.Checked> checked = Documents.check(json(ImporterTest.AZ_SHOW), "show.json", null);
        assertEquals(1, checked.size());
        assertEquals(DocumentFormat.AZURE_RESOURCE, checked.get(0).format());
        List<String> found = checked.get(0).report().findings().stream().map(f -> f.ruleId() + " " + f.path()).toList();
        // publicNetworkAccess: Disabled is carried over, so the rules Azure then ignores are reported where they are.
        List<String> disabled = List.of("public-access-no-private-endpoint name", "public-access-rules-ignored properties.networkAcls.ipRules",
                "public-access-rules-ignored properties.networkAcls.virtualNetworkRules");
        assertEquals(List.of("logging-missing name", disabled.get(0), disabled.get(1), "ip-rule-prefix properties.networkAcls.ipRules[0].value",
                disabled.get(2)), found);
        // The document's approved private endpoint connections are only a comment: the user confirms the waiver.
        assertEquals(dev.kvguard.core.finding.Severity.ERROR, checked.get(0).report().findings().get(1).severity());
        assertEquals("reference-2019", checked.get(0).report().profile().name());
        List<Documents.Checked> current = Documents.check(json(ImporterTest.AZ_SHOW), "show.json", "current");
        assertEquals(List.of("logging-missing name", disabled.get(0), disabled.get(1), disabled.get(2)), current.get(0).report().findings().stream()
                .map(f -> f.ruleId() + " " + f.path()).toList());
    }

    @Test
    void unresolvedValuesAreReportedOnceWhereTheyAreAndNotAgainAsMissing() throws Exception {
        Documents.Checked vault = Documents.check(json(ImporterTest.TEMPLATE), "t.json", null).get(0);
        List<String> found = vault.report().findings().stream().map(f -> f.ruleId() + " " + f.path()).toList();
        assertEquals(List.of(
                "import-expression resources[1].location",
                "import-expression resources[1].properties.accessPolicies[0].objectId",
                "ip-rule-syntax resources[1].properties.networkAcls.ipRules[0].value"), found);
        // The template names no resource group: validation uses the deployment's, so no spec-required.
        assertEquals(Documents.DEPLOYMENT_GROUP, vault.bound().spec().resourceGroupName());
        // The imported spec leaves them out, so validating it says they are missing: the one expected difference.
        List<String> viaSpec = validateImportedYaml(json(ImporterTest.TEMPLATE), null).findings().stream()
                .filter(f -> f.ruleId().equals("spec-required")).map(f -> f.path().toString()).toList();
        assertEquals(List.of("accessPolicies[0].objectId", "location", "resourceGroupName"), viaSpec.stream().sorted().toList());
    }

    @Test
    void specsPassThroughAndTheProfileAppliesOnlyWhereNoneIsNamed() throws Exception {
        JsonNode spec = json("{'vaultName': 'kv-a', 'resourceGroupName': 'rg', 'location': 'westeurope',"
                + " 'tenantId': '8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d', 'networkRules': {'ipRules': ['52.1.2.3/32']},"
                + " 'logging': {'waiver': 'test'}}");
        Documents.Checked plain = Documents.check(spec, "s.yaml", null).get(0);
        assertEquals(DocumentFormat.SPEC, plain.format());
        assertEquals("networkRules.ipRules[0]", plain.report().errors().get(0).path().toString());
        assertEquals("current", Documents.check(spec, "s.yaml", "current").get(0).report().profile().name());
        assertTrue(!spec.has("limits"), "the caller's tree is not changed");
        JsonNode named = json("{'limits': {'profile': 'reference-2019'}, 'vaultName': 'kv-a'}");
        assertEquals("reference-2019", Documents.check(named, "s.yaml", "current").get(0).report().profile().name());
    }

    @Test
    void aDocumentOfAzuresToolsWithoutAVaultCannotBeChecked() {
        SpecSyntaxException e = assertThrows(SpecSyntaxException.class, () -> Documents.check(
                json("{'contentVersion': '1.0.0.0', 'resources': [{'type': 'Microsoft.Storage/storageAccounts'}]}"), "t.json", null));
        assertEquals("t.json: an ARM template without any Key Vault (Microsoft.KeyVault/vaults or azurerm_key_vault)", e.getMessage());
    }
}
