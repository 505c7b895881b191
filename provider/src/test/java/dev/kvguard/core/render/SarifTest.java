package dev.kvguard.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.spec.io.SpecLocator;
import dev.kvguard.core.validate.ValidationReport;
import dev.kvguard.testing.SarifSchema;
import dev.kvguard.testing.TestSpecs;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifTest {

    static final String SPEC = """
            vaultName: kv--a
            resourceGroupName: rg
            location: l
            tenantId: 8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d
            networkRules:
              ipRules:
                - 52.1.2.3
                - 10.0.0.1
              virtualNetworkRules:
                - subnetId: nope
            """;

    @Test
    void outputValidatesAgainstTheSarif210Schema() throws Exception {
        ValidationReport report = TestSpecs.validateYaml(SPEC);
        String sarif = Sarif.render("1.0", List.of(new Sarif.Artifact("specs/a.yaml", report.findings(),
                SpecLocator.of(SPEC, false)::line), new Sarif.Artifact(null, report.findings(), p -> 1)));
        SarifSchema.assertValid(sarif);

        JsonNode results = new ObjectMapper().readTree(sarif).get("runs").get(0).get("results");
        JsonNode notPublic = null;
        for (JsonNode r : results) {
            if (r.get("ruleId").asText().equals("ip-rule-not-public")) {
                notPublic = r;
                break;
            }
        }
        assertEquals(2 * report.findings().size(), results.size());
        assertEquals("ip-rule-not-public", notPublic.get("ruleId").asText());
        assertEquals(Rule.IP_RULE_NOT_PUBLIC.ordinal(), notPublic.get("ruleIndex").asInt());
        assertEquals("error", notPublic.get("level").asText());
        assertEquals(8, notPublic.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals("networkRules.ipRules[1]", notPublic.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText());
    }

    @Test
    void theSchemaCheckCanFail() throws Exception {
        assertFalse(SarifSchema.problems("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}").isEmpty());
    }

    @Test
    void locatorFindsNestedPaths() {
        SpecLocator locator = SpecLocator.of(SPEC, false);
        assertEquals(1, locator.line("vaultName"));
        assertEquals(7, locator.line("networkRules.ipRules[0]"));
        assertEquals(10, locator.line("networkRules.virtualNetworkRules[0].subnetId"));
        assertEquals(10, locator.line("networkRules.virtualNetworkRules[0]"));
        assertEquals(5, locator.line("networkRules.bypass"));
        assertEquals(1, locator.line("logging"));
        SpecLocator json = SpecLocator.of("{\n \"a\": {\n  \"b\": [1,\n 2]}}", true);
        assertEquals(4, json.line("a.b[1]"));
    }
}
