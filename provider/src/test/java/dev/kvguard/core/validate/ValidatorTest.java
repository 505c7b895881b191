package dev.kvguard.core.validate;

import static dev.kvguard.testing.TestSpecs.validateYaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.spec.VaultSpec;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    @Test
    void neverThrowsOnAnEmptySpecAndReportsEveryMissingRequiredProperty() {
        ValidationReport report = Validator.validate(VaultSpec.builder().build());
        assertTrue(report.findings().stream().anyMatch(f -> f.ruleId().equals("logging-missing")));
        ValidationReport fromYaml = validateYaml("{}");
        assertEquals(4, fromYaml.findings().stream().filter(f -> f.ruleId().equals("spec-required")).count());
    }

    @Test
    void findingsAreInInputOrderWithNumericIndices() {
        ValidationReport report = validateYaml("""
                vaultName: kv-a
                resourceGroupName: rg
                location: l
                tenantId: 8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d
                logging: {waiver: test}
                networkRules:
                  ipRules: [1.1.1.1, 10.0.0.2, 1.1.1.3, 1.1.1.4, 1.1.1.5, 1.1.1.6, 1.1.1.7, 1.1.1.8, 1.1.1.9, 1.1.1.10, 10.0.0.1]
                """);
        List<String> paths = report.errors().stream().map(f -> f.path().toString()).toList();
        assertEquals(List.of("networkRules.ipRules[1]", "networkRules.ipRules[10]"), paths);
    }

    @Test
    void ruleIdsAreUniqueAndKebabCase() {
        Set<String> ids = new HashSet<>();
        for (Rule rule : Rule.values()) {
            assertTrue(ids.add(rule.id()), rule.id());
            assertTrue(rule.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), rule.id());
        }
        assertEquals(Rule.values().length, Arrays.stream(Rule.values()).map(Rule::summary).distinct().count());
        assertEquals(Rule.IP_RULE_SYNTAX, Rule.byId("ip-rule-syntax").orElseThrow());
        assertTrue(Rule.byId("no-such-rule").isEmpty());
    }

    @Test
    void onlyRulesThatReadOneValueAreLocal() {
        for (Rule local : new Rule[] {Rule.IP_RULE_SYNTAX, Rule.IP_RULE_IPV6, Rule.VAULT_NAME, Rule.TENANT_ID, Rule.IP_RULE_COUNT}) {
            assertTrue(local.isLocal(), local.name());
        }
        for (Rule crossField : new Rule[] {Rule.IP_RULE_OVERLAP, Rule.TRUSTED_SERVICE_ACCESS_POLICY, Rule.LOGGING_MISSING,
                Rule.ACCESS_POLICY_RBAC_CONFLICT, Rule.DEFAULT_ACTION_ALLOW, Rule.INPUT_UNKNOWN_AT_PREVIEW}) {
            assertTrue(!crossField.isLocal(), crossField.name());
        }
    }
}
