package dev.kvguard.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.spec.LoggingSpec;
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

    static List<String> ruled(VaultSpec spec, String rule) {
        return TestSpecs.validate(spec).findings().stream().filter(f -> f.ruleId().equals(rule)).map(f -> f.path().toString()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"westeurope", "eastus2", "chinanorth3", "l", "West Europe", "WestEurope", "East US 2"})
    void regionNamesAndDisplayNamesPass(String location) {
        assertEquals(List.of(), ruled(TestSpecs.valid().location(location).build(), "location-name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {" westeurope", "West Europe ", "west-europe", "west_europe", "wést", "", "west\teurope"})
    void locationsThatNameNoRegion(String location) {
        assertEquals(List.of("location"), ruled(TestSpecs.valid().location(location).build(), "location-name"), location);
    }

    @Test
    void aMangledRegionGetsTheRegionNameAsItsFix() {
        Finding f = TestSpecs.validate(TestSpecs.valid().location("west-europe").build()).findings().stream()
                .filter(x -> x.ruleId().equals("location-name")).findFirst().orElseThrow();
        assertEquals("Rename it to meet the rule, e.g. 'westeurope'.", f.fix());
        assertEquals("The location at 'location' contains '-' (U+002D). Azure requires a region name of letters and "
                + "digits (e.g. westeurope, or its display name West Europe).", f.message());
    }

    static List<String> setting(String name) {
        return ruled(TestSpecs.valid().logging(new LoggingSpec("/subscriptions/x/resourceGroups/r/providers/"
                + "Microsoft.OperationalInsights/workspaces/w", null, null, null, null, true, name, null)).build(), "diagnostic-setting-name");
    }

    @Test
    void diagnosticSettingNames() {
        for (String good : List.of("kvguard-audit", "a", "Audit (prod) 2", "x".repeat(260), "a.b_c")) {
            assertEquals(List.of(), setting(good), good);
        }
        for (String bad : List.of("", "x".repeat(261), "a:b", "a<b", "a>b", "a+b", "a/b", "a&b", "a%b", "a\\b", "a?b", "a|b", "a#b",
                "a\nb", "audit.", "audit ")) {
            assertEquals(List.of("logging.diagnosticSettingName"), setting(bad), bad);
        }
    }

    static List<String> subnetServices(List<String> endpoints, List<String> delegations) {
        VaultSpec spec = TestSpecs.valid().networkRules(new NetworkRulesSpec(null, null, null, List.of(VirtualNetworkRuleSpec.managed(
                new ManagedSubnetSpec("rg", "vnet", "snet", "10.0.0.0/24", endpoints, null, null, delegations))))).build();
        return TestSpecs.validate(spec).findings().stream().filter(f -> f.ruleId().startsWith("subnet-")
                && !f.ruleId().equals("subnet-name") && !f.ruleId().startsWith("subnet-address")).map(f -> f.ruleId() + " " + f.path()).toList();
    }

    @Test
    void serviceEndpointsAreMicrosoftServices() {
        assertEquals(List.of(), subnetServices(List.of("Microsoft.Storage", "Microsoft.Storage.Global", "Microsoft.Sql",
                "Microsoft.KeyVault"), List.of()));
        for (String bad : List.of("Storage", "microsoft.storage.", "Microsoft.", "Microsoft.Web/serverFarms", "Microsoft Storage",
                "Contoso.Storage")) {
            assertEquals(List.of("subnet-service-endpoint " + SUBNET_AT + "serviceEndpoints[1]"),
                    subnetServices(List.of("Microsoft.Sql", bad), List.of()), bad);
        }
    }

    @Test
    void delegationsAreResourceTypes() {
        assertEquals(List.of(), subnetServices(List.of(), List.of("Microsoft.Web/serverFarms",
                "Microsoft.DBforPostgreSQL/flexibleServers", "GitHub.Network/networkSettings")));
        for (String bad : List.of("Microsoft.Web", "serverFarms", "Microsoft.Web/", "/serverFarms", "Microsoft.Web/server farms",
                "Web/serverFarms")) {
            assertEquals(List.of("subnet-delegation " + SUBNET_AT + "delegations[0]"), subnetServices(List.of(), List.of(bad)), bad);
        }
    }

    @Test
    void locationSuggestionsMeetTheRule() {
        for (String name : List.of("", "West Europe", "ÉAST US 2", "-")) {
            assertTrue(AzureName.LOCATION.problems(NamingRules.suggest(name, AzureName.LOCATION)).isEmpty(), name);
        }
        for (String name : List.of("", "-", "a|b", "x".repeat(600), "audit.", "\u202E")) {
            assertTrue(AzureName.DIAGNOSTIC_SETTING.problems(NamingRules.suggest(name, AzureName.DIAGNOSTIC_SETTING)).isEmpty(), name);
        }
    }
}
