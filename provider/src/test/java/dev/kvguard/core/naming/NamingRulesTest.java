package dev.kvguard.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.spec.ManagedSubnetSpec;
import dev.kvguard.core.spec.NetworkRulesSpec;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.spec.VirtualNetworkRuleSpec;
import dev.kvguard.testing.TestSpecs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Azure's naming rules for resource groups, networks, subnets and tags: a passing and a failing case at every edge. */
class NamingRulesTest {
    static final String SUBNET_AT = "networkRules.virtualNetworkRules[0].subnet.";

    static List<Finding> findings(VaultSpec spec) {
        return TestSpecs.validate(spec).findings().stream()
                .filter(f -> List.of("resource-group-name", "virtual-network-name", "subnet-name", "tag-name", "tag-value")
                        .contains(f.ruleId())).toList();
    }

    static List<String> subnet(String resourceGroup, String network, String name) {
        VaultSpec spec = TestSpecs.valid().networkRules(new NetworkRulesSpec(null, null, null, List.of(VirtualNetworkRuleSpec.managed(
                new ManagedSubnetSpec(resourceGroup, network, name, "10.0.0.0/24", null, null, null, null))))).build();
        return findings(spec).stream().map(f -> f.ruleId() + " " + f.path()).toList();
    }

    static List<String> resourceGroup(String name) {
        return findings(TestSpecs.valid().resourceGroupName(name).build()).stream().map(f -> f.ruleId() + " " + f.path()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"r", "rg-app_1.(prod)", "Ressourcengruppe-äöü", "資源群組"})
    void resourceGroupNamesAzureAccepts(String name) {
        assertEquals(List.of(), resourceGroup(name));
        assertEquals(List.of(), subnet(name, "vn", "s"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "rg.", "rg`x", "rg|x", "rg\nx", "rg x", "rg#x", "rg/x", "rg\u202Ex", "rg\u200Bx", "rg\u0000", "rg*"})
    void resourceGroupNamesAzureRefuses(String name) {
        assertEquals(List.of("resource-group-name resourceGroupName"), resourceGroup(name));
        assertEquals(List.of("resource-group-name " + SUBNET_AT + "resourceGroupName"), subnet(name, "vn", "s"));
    }

    @Test
    void resourceGroupLengthEdges() {
        assertEquals(List.of(), resourceGroup("r".repeat(90)));
        assertEquals(List.of("resource-group-name resourceGroupName"), resourceGroup("r".repeat(91)));
        Finding f = findings(TestSpecs.valid().resourceGroupName("r".repeat(91)).build()).get(0);
        assertEquals("The resource group name at 'resourceGroupName' is 91 characters long. Azure requires "
                + AzureName.RESOURCE_GROUP.rules() + ".", f.message());
        assertEquals(AzureName.RESOURCE_GROUP.rules(), f.limit());
        assertEquals("Rename it to meet the rule, e.g. '" + "r".repeat(90) + "'.", f.fix());
    }

    @Test
    void virtualNetworkNameEdges() {
        assertEquals(List.of(), subnet("rg", "vn", "s"));
        assertEquals(List.of(), subnet("rg", "v".repeat(64), "s"));
        assertEquals(List.of(), subnet("rg", "1vnet_", "s"));
        for (String bad : List.of("v", "v".repeat(65), "_vnet", "vnet-", "vnet.", "v|n", "v`n", "v\nn", "vnеt", "v n")) {
            assertEquals(List.of("virtual-network-name " + SUBNET_AT + "virtualNetworkName"), subnet("rg", bad, "s"), bad);
        }
    }

    @Test
    void subnetNameEdges() {
        assertEquals(List.of(), subnet("rg", "vn", "s"));
        assertEquals(List.of(), subnet("rg", "vn", "s".repeat(80)));
        assertEquals(List.of(), subnet("rg", "vn", "snet.app_"));
        for (String bad : List.of("", "s".repeat(81), "-s", "s-", "s.", "s|t", "s`t", "s\r\nt", "ѕnet")) {
            assertEquals(List.of("subnet-name " + SUBNET_AT + "name"), subnet("rg", "vn", bad), bad);
        }
    }

    @Test
    void messagesNameEveryBrokenPartByCodePoint() {
        VaultSpec spec = TestSpecs.valid().networkRules(new NetworkRulesSpec(null, null, null, List.of(VirtualNetworkRuleSpec.managed(
                new ManagedSubnetSpec("rg", "-v\u202E", "s", "10.0.0.0/24", null, null, null, null))))).build();
        Finding f = findings(spec).get(0);
        assertEquals("The virtual network name at '" + SUBNET_AT + "virtualNetworkName' contains U+202E; starts with '-' (U+002D). "
                + "Azure requires " + AzureName.VIRTUAL_NETWORK.rules() + ".", f.message());
        assertEquals("Rename it to meet the rule, e.g. 'v0'.", f.fix());
    }

    static List<String> tags(Map<String, String> tags) {
        return findings(TestSpecs.valid().tags(tags).build()).stream().map(f -> f.ruleId() + " " + f.path()).toList();
    }

    @Test
    void tagNamesAndValues() {
        assertEquals(List.of(), tags(Map.of("cost-center", "42", "t".repeat(512), "v".repeat(256), "empty", "")));
        assertEquals(List.of("tag-name tags." + "t".repeat(513)), tags(Map.of("t".repeat(513), "x")));
        assertEquals(List.of("tag-value tags.team"), tags(Map.of("team", "v".repeat(257))));
        for (String bad : List.of("a<b", "a>b", "a%b", "a&b", "a\\b", "a?b", "a/b", "a\nb", "a\u202Eb", "")) {
            assertEquals(List.of("tag-name tags." + bad), tags(Map.of(bad, "x")), bad);
        }
        for (String bad : List.of("a\nb", "a\u001B[31m", "a\u2066b", "a\u0000")) {
            assertEquals(List.of("tag-value tags.team"), tags(Map.of("team", bad)), bad);
        }
    }

    @Test
    void suggestionsMeetTheRule() {
        for (AzureName kind : List.of(AzureName.RESOURCE_GROUP, AzureName.VIRTUAL_NETWORK, AzureName.SUBNET, AzureName.TAG_NAME)) {
            for (String name : List.of("", "-", "a|b", "x".repeat(600), "_a.", "\u202E")) {
                String suggestion = NamingRules.suggest(name, kind);
                assertTrue(kind.problems(suggestion).isEmpty(), kind.what() + ": '" + name + "' -> '" + suggestion + "'");
            }
        }
    }
}
