package dev.kvguard.core.spec;

import static dev.kvguard.testing.TestSpecs.byRule;
import static dev.kvguard.testing.TestSpecs.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.spec.io.BoundSpec;
import dev.kvguard.core.spec.io.SpecReader;
import dev.kvguard.core.spec.io.SpecSyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecBinderTest {

    private static final String HEAD = "vaultName: kv-a\nresourceGroupName: rg\nlocation: westeurope\n"
            + "tenantId: 8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d\n";

    @Test
    void bindsEveryPropertyWithDefaults() {
        BoundSpec bound = yaml(HEAD);
        VaultSpec spec = bound.spec();
        assertEquals(List.of(), bound.findings());
        assertEquals("kv-a", spec.vaultName());
        assertEquals(Sku.STANDARD, spec.sku());
        assertEquals(90, spec.softDeleteRetentionInDays());
        assertTrue(spec.enablePurgeProtection());
        assertTrue(spec.protect());
        assertEquals(DefaultAction.DENY, spec.networkRules().defaultAction());
        assertNull(spec.networkRules().bypass());
        assertEquals(Stage.ENFORCE, spec.stage());
    }

    @Test
    void bindsNestedStructuresAndEnumsCaseInsensitively() {
        VaultSpec spec = yaml(HEAD + """
                sku: Premium
                networkRules:
                  defaultAction: deny
                  bypass: azureservices
                  ipRules: [52.1.2.3, 40.0.0.0/8]
                  virtualNetworkRules:
                    - subnetId: /subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s
                    - subnet: {resourceGroupName: rg, virtualNetworkName: v, name: s2, addressPrefix: 10.0.1.0/24, serviceEndpoints: [Microsoft.Storage]}
                accessPolicies:
                  - objectId: 3c5b8f1e-2a47-4d0c-9b8e-6f1d2a3b4c5d
                    permissions: {keys: [get, WRAPKEY], secrets: [get]}
                trustedServices: [{service: templateDeployment}, {service: azureBackup, objectId: 3c5b8f1e-2a47-4d0c-9b8e-6f1d2a3b4c5d}]
                tags: {team: payments}
                """).spec();
        assertEquals(Sku.PREMIUM, spec.sku());
        assertEquals(Bypass.AZURE_SERVICES, spec.networkRules().bypass());
        assertEquals(List.of("52.1.2.3", "40.0.0.0/8"), spec.networkRules().ipRules());
        assertTrue(!spec.networkRules().virtualNetworkRules().get(0).isManaged());
        assertEquals("s2", spec.networkRules().virtualNetworkRules().get(1).subnet().name());
        assertEquals(List.of(KeyPermission.GET, KeyPermission.WRAP_KEY), spec.accessPolicies().get(0).permissions().keys());
        assertEquals(TrustedService.TEMPLATE_DEPLOYMENT, spec.trustedServices().get(0).service());
        assertEquals(TrustedService.AZURE_BACKUP, spec.trustedServices().get(1).service());
        assertEquals("payments", spec.tags().get("team"));
    }

    @Test
    void reportsEveryStructuralProblemWithPaths() {
        List<Finding> findings = yaml("""
                vaultName: kv-a
                location: [westeurope]
                tenantId: 8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d
                softDeleteRetentionInDays: "ninety"
                sku: gold
                networkRules:
                  defaultAction: Block
                  ipRules: [52.1.2.3, {cidr: 1.2.3.4}, 40.0.0.0/8]
                  virtualNetworkRules: [{}]
                accessPolicies: [42]
                networkRule: {}
                """).findings();
        assertEquals(List.of(
                        "spec-type accessPolicies[0]",
                        "spec-type location",
                        "spec-unknown-property networkRule",
                        "spec-enum networkRules.defaultAction",
                        "spec-type networkRules.ipRules[1]",
                        "spec-required networkRules.virtualNetworkRules[0]",
                        "spec-required resourceGroupName",
                        "spec-enum sku",
                        "spec-type softDeleteRetentionInDays"),
                findings.stream().map(f -> f.ruleId() + " " + f.path()).toList());
    }

    @Test
    void unknownPropertiesSuggestTheClosestName() {
        Finding f = byRule(yaml(HEAD + "networkRules:\n  ipRule: []\n").findings(), "spec-unknown-property").get(0);
        assertEquals("networkRules.ipRule", f.path().toString());
        assertEquals("Did you mean 'ipRules'?", f.fix());
    }

    @Test
    void enumErrorsListTheAllowedValuesAndSuggestOne() {
        Finding f = byRule(yaml(HEAD + "networkRules:\n  defaultAction: Denny\n").findings(), "spec-enum").get(0);
        assertEquals("Denny", f.value());
        assertTrue(f.message().contains("allowed: Allow, Deny"));
        assertEquals("Use 'Deny'.", f.fix());
    }

    @Test
    void unusableIpRulesAreDroppedAndTheOthersKeepTheUsersIndex() {
        var bound = yaml(HEAD + "networkRules:\n  ipRules: [52, {a: 1}, 1.2.3.4]\n");
        VaultSpec spec = bound.spec();
        // A number is not text: it is reported, not turned into "52".
        assertEquals(List.of("1.2.3.4"), spec.networkRules().ipRules());
        assertEquals(2, SpecList.position(spec.networkRules().ipRules(), 0));
        assertEquals(3, SpecList.written(spec.networkRules().ipRules()));
        assertEquals(java.util.List.of("spec-type networkRules.ipRules[0]", "spec-type networkRules.ipRules[1]"),
                bound.findings().stream().map(f -> f.ruleId() + " " + f.path()).toList());
    }

    @Test
    void readerRefusesUnparseableInputWithOneLine() {
        SpecSyntaxException broken = assertThrows(SpecSyntaxException.class, () -> SpecReader.parse("a: [", "x.yaml", false));
        assertTrue(broken.getMessage().startsWith("x.yaml: invalid YAML at line"), broken.getMessage());
        assertEquals(1, broken.getMessage().lines().count());
        assertEquals("x.yaml: the file is empty", assertThrows(SpecSyntaxException.class,
                () -> SpecReader.parse("", "x.yaml", false)).getMessage());
        assertTrue(assertThrows(SpecSyntaxException.class, () -> SpecReader.parse("[1, 2]", "x.json", true))
                .getMessage().contains("top level must be a mapping"));
        assertTrue(assertThrows(SpecSyntaxException.class, () -> SpecReader.parse("a: 1\na: 2\n", "x.yaml", false))
                .getMessage().equals("x.yaml: invalid YAML at line 2, column 1: a key repeated in one mapping"));
    }
}
