package dev.kvguard.core.spec.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.spec.AccessPolicySpec;
import dev.kvguard.core.spec.ExistingVaultSpec;
import dev.kvguard.core.spec.ManagedSubnetSpec;
import dev.kvguard.core.spec.PrivateEndpointSpec;
import dev.kvguard.core.spec.SpecList;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.spec.VirtualNetworkRuleSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What binding puts in the model where the spec leaves a value out, gives it empty, or gives it unusable:
 * the defaults, absent against empty lists, dropped items, and the "exactly one of" pairs with their exact
 * words.
 */
class BoundModelTest {

    static BoundSpec bind(String yaml) throws SpecSyntaxException {
        return SpecBinder.bind(SpecReader.parse(yaml, "t.yaml", false));
    }

    /** The spec-required findings under {@code prefix} (a bare spec also misses the vault's own required names). */
    static List<Finding> required(BoundSpec bound, String prefix) {
        return bound.findings().stream().filter(f -> f.ruleId().equals("spec-required"))
                .filter(f -> f.path().toString().startsWith(prefix)).toList();
    }

    @Test
    void anEmptySpecBindsToTheBuildersDefaults() throws Exception {
        VaultSpec empty = bind("{}").spec();
        assertEquals(VaultSpec.builder().build(), empty);
        assertEquals(90, empty.softDeleteRetentionInDays());
        assertTrue(empty.enablePurgeProtection());
        assertTrue(empty.protect());
        assertFalse(empty.enableRbacAuthorization());
        assertFalse(empty.enabledForDeployment());
    }

    @Test
    void anUnusableScalarKeepsItsDefault() throws Exception {
        VaultSpec spec = bind("softDeleteRetentionInDays: ninety\nprotect: 'no'\nenablePurgeProtection: 1\n"
                + "enableRbacAuthorization: 'yes'\nlogging: {metrics: 'off'}\n").spec();
        assertEquals(90, spec.softDeleteRetentionInDays());
        assertTrue(spec.protect());
        assertTrue(spec.enablePurgeProtection());
        assertFalse(spec.enableRbacAuthorization());
        assertTrue(spec.logging().metrics());
    }

    @Test
    void givenScalarsReplaceTheDefaults() throws Exception {
        VaultSpec spec = bind("softDeleteRetentionInDays: 7\nprotect: false\nenablePurgeProtection: false\n"
                + "enableRbacAuthorization: true\nlogging: {metrics: false}\n").spec();
        assertEquals(7, spec.softDeleteRetentionInDays());
        assertFalse(spec.protect());
        assertFalse(spec.enablePurgeProtection());
        assertTrue(spec.enableRbacAuthorization());
        assertFalse(spec.logging().metrics());
        assertTrue(bind("logging: {}\n").spec().logging().metrics());
    }

    @Test
    void privateDnsZonesAbsentMeanTheDefaultZoneAndGivenButUnusableMeanNone() throws Exception {
        List<PrivateEndpointSpec> endpoints = bind("""
                privateEndpoints:
                  - {name: a, subnetId: /s}
                  - {name: b, subnetId: /s, privateDnsZoneIds: []}
                  - {name: c, subnetId: /s, privateDnsZoneIds: 7}
                  - {name: d, subnetId: /s, privateDnsZoneIds: null}
                  - {name: e, subnetId: /s, privateDnsZoneIds: [/z, {x: 1}]}
                """).spec().privateAccess().endpoints();
        assertNull(endpoints.get(0).privateDnsZoneIds());
        assertEquals(List.of(), endpoints.get(1).privateDnsZoneIds());
        assertEquals(List.of(), endpoints.get(2).privateDnsZoneIds());
        assertNull(endpoints.get(3).privateDnsZoneIds());
        assertEquals(List.of("/z"), endpoints.get(4).privateDnsZoneIds());
    }

    @Test
    void privateAccessGroupsItsThreeTopLevelProperties() throws Exception {
        VaultSpec spec = bind("publicNetworkAccess: Disabled\nprivateEndpointsWaiver: hub team\n"
                + "privateEndpoints: [{name: a, subnetId: /s}, 7]\n").spec();
        assertTrue(spec.privateAccess().publicAccessDisabled());
        assertEquals("hub team", spec.privateAccess().waiver());
        assertEquals(List.of(new PrivateEndpointSpec("a", "/s", null, null, null)), spec.privateAccess().endpoints());
    }

    @Test
    void aManagedSubnetDropsUnusableEndpointsAndDelegations() throws Exception {
        VirtualNetworkRuleSpec rule = bind("""
                networkRules:
                  virtualNetworkRules:
                    - subnet: {resourceGroupName: g, virtualNetworkName: n, name: s, addressPrefix: 10.0.0.0/24,
                               serviceEndpoints: [Microsoft.Storage, null, {a: 1}], delegations: [null, Microsoft.Web/serverFarms]}
                """).spec().networkRules().virtualNetworkRules().get(0);
        assertEquals(new ManagedSubnetSpec("g", "n", "s", "10.0.0.0/24", List.of("Microsoft.Storage"), null, null,
                List.of("Microsoft.Web/serverFarms")), rule.subnet());
    }

    @Test
    void ipRulesDropAnUnusableItemAndKeepTheUsersIndices() throws Exception {
        List<String> ipRules = bind("networkRules: {ipRules: [1.2.3.4, {a: 1}, 5.6.7.8]}\n").spec().networkRules().ipRules();
        assertEquals(List.of("1.2.3.4", "5.6.7.8"), ipRules);
        assertEquals(2, SpecList.position(ipRules, 1));
        assertEquals(3, SpecList.written(ipRules));
    }

    @Test
    void aVirtualNetworkRuleNamesExactlyOneSubnet() throws Exception {
        BoundSpec bound = bind("""
                networkRules:
                  virtualNetworkRules:
                    - {subnetId: /a, subnet: {resourceGroupName: g, virtualNetworkName: n, name: s, addressPrefix: p}}
                    - {}
                    - {subnetId: /b}
                    - {subnetId: 7}
                """);
        List<Finding> required = required(bound, "networkRules");
        assertEquals(2, required.size());
        assertEquals("networkRules.virtualNetworkRules[0]", required.get(0).path().toString());
        assertEquals("'networkRules.virtualNetworkRules[0]' must name exactly one of 'subnetId' (an existing subnet) or "
                + "'subnet' (a subnet whose endpoint kvguard manages), not both.", required.get(0).message());
        assertEquals("Keep 'subnetId' for a subnet managed elsewhere, or 'subnet' for one kvguard manages.", required.get(0).fix());
        assertEquals("'networkRules.virtualNetworkRules[1]' must name exactly one of 'subnetId' (an existing subnet) or "
                + "'subnet' (a subnet whose endpoint kvguard manages).", required.get(1).message());
        assertEquals("Add 'subnetId: /subscriptions/.../subnets/<name>' or a 'subnet:' mapping.", required.get(1).fix());
        // Both and neither are reported and dropped; so is a rule whose one form is unusable (a spec-type finding).
        List<VirtualNetworkRuleSpec> rules = bound.spec().networkRules().virtualNetworkRules();
        assertEquals(List.of(VirtualNetworkRuleSpec.existing("/b")), rules);
        assertEquals(2, SpecList.position(rules, 0));
        assertEquals(List.of("networkRules.virtualNetworkRules[3].subnetId"), bound.findings().stream()
                .filter(f -> f.ruleId().equals("spec-type")).map(f -> f.path().toString()).toList());
    }

    @Test
    void aPrivateEndpointNamesExactlyOneSubnet() throws Exception {
        BoundSpec bound = bind("""
                privateEndpoints:
                  - {name: a, subnetId: /a, subnet: {resourceGroupName: g, virtualNetworkName: n, name: s}, staticIpAddress: 10.0.0.9}
                  - {name: b}
                """);
        List<Finding> required = required(bound, "privateEndpoints");
        assertEquals(2, required.size());
        assertEquals("'privateEndpoints[0]' must name exactly one of 'subnetId' (a subnet by resource id) or 'subnet' "
                + "(a subnet by resource group, network and name), not both.", required.get(0).message());
        assertEquals("Keep either 'subnetId' or 'subnet'.", required.get(0).fix());
        assertEquals("'privateEndpoints[1]' must name exactly one of 'subnetId' (a subnet by resource id) or 'subnet' "
                + "(a subnet by resource group, network and name).", required.get(1).message());
        assertEquals("Add 'subnetId: /subscriptions/.../subnets/<name>' or a 'subnet:' mapping.", required.get(1).fix());
        // Kept without a subnet: their names, zones and addresses are still checked.
        assertEquals(List.of(new PrivateEndpointSpec("a", null, null, null, "10.0.0.9"),
                new PrivateEndpointSpec("b", null, null, null, null)), bound.spec().privateAccess().endpoints());
    }

    @Test
    void anObservedListOrMapIsNullWhenAbsentAndEmptyWhenGivenEmptyOrUnusable() throws Exception {
        ExistingVaultSpec.Observed absent = bind("existing: {resourceId: /x, observed: {networkRules: {}}}\n").spec().existing().observed();
        assertNull(absent.ipRules());
        assertNull(absent.virtualNetworkRules());
        assertNull(absent.tags());
        assertNull(absent.accessPolicies());
        ExistingVaultSpec.Observed empty = bind("existing: {resourceId: /x, observed: {networkRules: {ipRules: [], "
                + "virtualNetworkRules: 7}, tags: 7, accessPolicies: []}}\n").spec().existing().observed();
        assertEquals(List.of(), empty.ipRules());
        assertEquals(List.of(), empty.virtualNetworkRules());
        assertEquals(Map.of(), empty.tags());
        assertEquals(List.of(), empty.accessPolicies());
        ExistingVaultSpec.Observed policies = bind("existing: {resourceId: /x, observed: {accessPolicies: [7, {objectId: o}]}}\n")
                .spec().existing().observed();
        assertEquals(List.of(new AccessPolicySpec("o", null, null, null, null)), policies.accessPolicies());
        assertEquals(1, SpecList.position(policies.accessPolicies(), 0));
    }

    @Test
    void anAdoptedVaultNeedsItsResourceId() throws Exception {
        BoundSpec bound = bind("existing: {}\n");
        assertEquals(List.of("existing.resourceId"), required(bound, "existing").stream().map(f -> f.path().toString()).toList());
        assertEquals(new ExistingVaultSpec(null, null), bound.spec().existing());
    }
}
