package dev.kvguard.it.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.importer.Documents;
import dev.kvguard.core.importer.ImportedVault;
import dev.kvguard.core.importer.Importer;
import dev.kvguard.core.importer.SpecYaml;
import dev.kvguard.core.spec.io.SpecBinder;
import dev.kvguard.core.spec.io.SpecReader;
import dev.kvguard.core.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real documents collected from Microsoft's public examples (see src/test/resources/import/SOURCES.md):
 * kvguard reads each directly with the findings expected of it, and the spec it imports says the same.
 */
class ImportCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/import");

    /** Every document and exactly the findings (rule id and document path) it must give. */
    static final Map<String, List<String>> EXPECTED = Map.of(
            "arm-key-vault-create.json", List.of(
                    "import-expression resources[0].location",
                    "import-expression resources[0].name",
                    "import-expression resources[0].properties.accessPolicies[0].objectId",
                    "import-expression resources[0].properties.accessPolicies[0].tenantId",
                    "default-action-allow resources[0].properties.networkAcls.defaultAction",
                    "import-expression resources[0].properties.tenantId"),
            "arm-key-vault-with-logging.json", List.of(
                    "import-expression resources[0].location",
                    "import-expression resources[0].name",
                    "default-action-allow resources[0].properties",
                    "import-expression resources[0].properties.accessPolicies[0].objectId",
                    "access-policy-broad-permission resources[0].properties.accessPolicies[0].permissions.keys",
                    "access-policy-broad-permission resources[0].properties.accessPolicies[0].permissions.secrets",
                    "import-expression resources[0].properties.accessPolicies[0].tenantId",
                    "import-expression resources[0].properties.tenantId",
                    "import-expression resources[2].properties.storageAccountId"),
            "rest-create-vault-with-network-acls.json", List.of(
                    "ip-rule-syntax parameters.parameters.properties.networkAcls.ipRules[1].value",
                    "vnet-rule-subnet-id parameters.parameters.properties.networkAcls.virtualNetworkRules[0].id",
                    "logging-missing parameters.vaultName"),
            "xsoar-get-key-vault.json", List.of(
                    "default-action-allow properties",
                    "access-policy-broad-permission properties.accessPolicies[0].permissions.certificates",
                    "access-policy-broad-permission properties.accessPolicies[0].permissions.keys",
                    "access-policy-broad-permission properties.accessPolicies[0].permissions.secrets"),
            "rest-create-vault-with-network-acls.response.json", List.of(
                    "logging-missing name",
                    "ip-rule-prefix properties.networkAcls.ipRules[0].value",
                    "ip-rule-syntax properties.networkAcls.ipRules[1].value",
                    "vnet-rule-subnet-id properties.networkAcls.virtualNetworkRules[0].id"));

    static Stream<String> documents() throws Exception {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void everyDocumentHasItsExpectation() throws Exception {
        assertEquals(EXPECTED.keySet().stream().sorted().toList(), documents().toList());
        assertTrue(Files.readString(CORPUS.resolve("SOURCES.md")).contains("| MIT |"));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void validatingTheDocumentGivesExactlyTheExpectedFindings(String name) throws Exception {
        JsonNode doc = SpecReader.readTree(CORPUS.resolve(name));
        List<Documents.Checked> vaults = Documents.check(doc, name, null);
        assertEquals(1, vaults.size());
        assertEquals(EXPECTED.get(name), vaults.get(0).report().findings().stream().map(f -> f.ruleId() + " " + f.path()).toList());
    }

    @ParameterizedTest
    @MethodSource("documents")
    void theImportedSpecSaysWhatTheDocumentSays(String name) throws Exception {
        JsonNode doc = SpecReader.readTree(CORPUS.resolve(name));
        ImportedVault vault = Importer.vaults(doc).get(0);
        JsonNode reread = SpecReader.parse(SpecYaml.write(vault, List.of(name)), name, false);
        assertEquals(vault.spec(), reread);
        List<Finding> viaSpec = Validator.validate(SpecBinder.bind(reread)).findings().stream()
                // What the import could not resolve is left out of the spec, so the spec says it is missing instead.
                .filter(f -> !(f.ruleId().equals("spec-required") && (vault.unresolved().contains(f.path().toString())
                        || f.path().toString().equals("resourceGroupName"))))
                .toList();
        List<Finding> direct = Documents.check(doc, name, null).get(0).report().findings().stream()
                .filter(f -> !f.ruleId().equals("import-expression")).toList();
        assertEquals(direct.stream().map(f -> f.ruleId() + " " + f.path() + " " + f.message()).sorted().toList(),
                viaSpec.stream().map(f -> f.ruleId() + " " + vault.documentPath(f.path().toString()) + " " + f.message()).sorted().toList());
    }

    @Test
    void azuresStoredSlash32PassesUnderTheCurrentProfile() throws Exception {
        JsonNode doc = SpecReader.readTree(CORPUS.resolve("rest-create-vault-with-network-acls.response.json"));
        List<String> rules = Documents.check(doc, "r", "current").get(0).report().findings().stream().map(Finding::ruleId).toList();
        assertEquals(List.of("logging-missing", "ip-rule-syntax", "vnet-rule-subnet-id"), rules);
    }
}
