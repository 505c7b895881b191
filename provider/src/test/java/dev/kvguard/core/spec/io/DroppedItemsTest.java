package dev.kvguard.core.spec.io;


import dev.kvguard.core.spec.PrivateEndpointSpec;

import static dev.kvguard.testing.TestSpecs.SUBSCRIPTION;
import static dev.kvguard.testing.TestSpecs.TENANT;
import static dev.kvguard.testing.TestSpecs.WORKSPACE;
import static dev.kvguard.testing.TestSpecs.subnetId;
import static dev.kvguard.testing.TestSpecs.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.model.AccessPolicy;
import dev.kvguard.core.model.FirewallIpRule;
import dev.kvguard.core.model.PrivateEndpoint;
import dev.kvguard.core.model.SubnetRef;
import dev.kvguard.core.model.TrustedAdmission;
import dev.kvguard.core.spec.SpecList;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.validate.ValidationReport;
import dev.kvguard.core.validate.Validator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * List items the binder cannot bind are reported and dropped: the spec holds no null or empty placeholder, and
 * every later item, its findings and its place in the resolved model keep the index the user wrote.
 */
class DroppedItemsTest {

    private static final String HEAD = "vaultName: kv-a\nresourceGroupName: rg-a\nlocation: westeurope\ntenantId: " + TENANT
            + "\nlogging: {logAnalyticsWorkspaceId: '" + WORKSPACE + "'}\n";
    private static final String OBJECT = "5b3c7d2e-1f4a-4e6b-8c9d-0a1b2c3d4e5f";

    private static List<String> findings(BoundSpec bound) {
        return render(bound.findings());
    }

    private static List<String> render(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.path()).toList();
    }

    /** Where each item of the resolved model came from, as findings show it. */
    private static <T> List<String> paths(List<T> resolved, Function<T, InputPath> path) {
        return resolved.stream().map(path).map(InputPath::toString).toList();
    }

    /** Validates {@code bound} after checking where the user wrote each item of {@code list}, and what was found. */
    private static ValidationReport validated(BoundSpec bound, List<?> list, List<Integer> positions, String... findings) {
        assertEquals(positions, positions(list));
        ValidationReport report = Validator.validate(bound);
        assertEquals(List.of(findings), render(report.findings()));
        return report;
    }

    /** The user's index of every item of {@code list}. */
    private static List<Integer> positions(List<?> list) {
        return java.util.stream.IntStream.range(0, list.size()).mapToObj(i -> SpecList.position(list, i)).toList();
    }

    @Test
    void aNonStringIpRuleIsReportedAndDroppedAndLaterRulesKeepTheirIndex() {
        BoundSpec bound = yaml(HEAD + "networkRules:\n  ipRules: [52.168.0.7, {value: 52.168.0.8}, 52.168.0.9, 300.1.2.3, ~]\n");
        VaultSpec spec = bound.spec();
        assertEquals(List.of("52.168.0.7", "52.168.0.9", "300.1.2.3"), spec.networkRules().ipRules());
        assertEquals(List.of(0, 2, 3), positions(spec.networkRules().ipRules()));
        assertEquals(List.of("spec-type networkRules.ipRules[1]", "spec-type networkRules.ipRules[4]"), findings(bound));

        ValidationReport report = Validator.validate(bound);
        assertEquals(List.of("spec-type networkRules.ipRules[1]", "ip-rule-syntax networkRules.ipRules[3]",
                "spec-type networkRules.ipRules[4]"), render(report.findings()));
        assertEquals(List.of("networkRules.ipRules[0]", "networkRules.ipRules[2]"),
                paths(report.vault().ipRules(), FirewallIpRule::path));
    }

    @Test
    void theRuleCountStillCountsWhatTheUserListed() {
        // Two usable rules and one unusable against a limit of two: the unusable one was meant, and counts.
        ValidationReport report = Validator.validate(yaml(HEAD + "limits: {maxIpRules: 2}\n"
                + "networkRules:\n  ipRules: [52.168.0.7, 7, 52.168.0.9]\n"));
        assertEquals(List.of("ip-rule-count networkRules.ipRules", "spec-type networkRules.ipRules[1]"), render(report.findings()));
        assertEquals("3", report.findings().get(0).value());
        ValidationReport atLimit = Validator.validate(yaml(HEAD + "limits: {maxIpRules: 2}\n"
                + "networkRules:\n  ipRules: [52.168.0.7, 7]\n"));
        assertEquals(List.of("spec-type networkRules.ipRules[1]"), render(atLimit.findings()));
    }

    @Test
    void virtualNetworkRulesAfterADroppedOneKeepTheirIndex() {
        BoundSpec bound = yaml(HEAD + "networkRules:\n  virtualNetworkRules:\n"
                + "    - just-a-string\n"
                + "    - {subnetId: not-an-id}\n"
                + "    - {subnetId: '" + subnetId("vnet-a", "snet-a") + "'}\n"
                + "    - subnet: {resourceGroupName: rg-net, virtualNetworkName: vnet-b, name: 'bad name!', addressPrefix: 10.1.0.1/24}\n");
        ValidationReport report = validated(bound, bound.spec().networkRules().virtualNetworkRules(), List.of(1, 2, 3),
                "spec-type networkRules.virtualNetworkRules[0]",
                "vnet-rule-subnet-id networkRules.virtualNetworkRules[1].subnetId",
                "subnet-address-prefix networkRules.virtualNetworkRules[3].subnet.addressPrefix",
                "subnet-name networkRules.virtualNetworkRules[3].subnet.name");
        assertEquals(List.of("networkRules.virtualNetworkRules[2]", "networkRules.virtualNetworkRules[3]"),
                paths(report.vault().subnets(), SubnetRef::path));
    }

    @Test
    void aVirtualNetworkRuleWithBothOrNeitherSubnetFormIsReportedOnceAndDropped() {
        String both = "    - subnetId: not-an-id\n      subnet: {resourceGroupName: rg-net, virtualNetworkName: vnet-b, name: 'bad name!', addressPrefix: 10.1.0.0/24}\n";
        BoundSpec bound = yaml(HEAD + "networkRules:\n  virtualNetworkRules:\n" + both + "    - {}\n"
                + "    - {subnetId: '" + subnetId("vnet-a", "snet-a") + "'}\n");
        // Neither the malformed id nor the bad subnet name of the dropped rule is checked: one finding says what to fix.
        ValidationReport report = validated(bound, bound.spec().networkRules().virtualNetworkRules(), List.of(2),
                "spec-required networkRules.virtualNetworkRules[0]", "spec-required networkRules.virtualNetworkRules[1]");
        assertEquals(List.of("networkRules.virtualNetworkRules[2]"), paths(report.vault().subnets(), SubnetRef::path));
    }

    @Test
    void aRuleWhoseOnlySubnetFormIsUnusableIsDropped() {
        BoundSpec bound = yaml(HEAD + "networkRules:\n  virtualNetworkRules: [{subnetId: 42}, {subnet: text}]\n");
        assertEquals(List.of(), bound.spec().networkRules().virtualNetworkRules());
        assertEquals(List.of("spec-type networkRules.virtualNetworkRules[0].subnetId",
                "spec-type networkRules.virtualNetworkRules[1].subnet"), findings(bound));
        // Still a firewalled vault with rules: the user listed two.
        assertTrue(bound.spec().networkRules().hasRules());
    }

    @Test
    void accessPoliciesAfterADroppedOneKeepTheirIndex() {
        BoundSpec bound = yaml(HEAD + "accessPolicies:\n  - 5\n"
                + "  - {objectId: not-a-guid, permissions: {keys: [all]}}\n"
                + "  - {objectId: " + OBJECT + ", permissions: {secrets: [get, 7, list]}}\n");
        ValidationReport report = validated(bound, bound.spec().accessPolicies(), List.of(1, 2),
                "spec-type accessPolicies[0]", "access-policy-object-id accessPolicies[1].objectId",
                "access-policy-broad-permission accessPolicies[1].permissions.keys",
                "spec-type accessPolicies[2].permissions.secrets[1]");
        assertEquals(List.of("accessPolicies[1]", "accessPolicies[2]"),
                paths(report.vault().accessPolicies(), AccessPolicy::path));
    }

    @Test
    void trustedServicesAfterADroppedOneKeepTheirIndex() {
        BoundSpec bound = yaml(HEAD + "enabledForTemplateDeployment: true\n"
                + "trustedServices: [templateDeployment, {service: templateDeployment}, {service: templateDeployment}]\n");
        ValidationReport report = validated(bound, bound.spec().trustedServices(), List.of(1, 2),
                "spec-type trustedServices[0]", "trusted-service-duplicate trustedServices[2]");
        assertEquals("Trusted service 'templateDeployment' is listed again (first at trustedServices[1]).",
                report.findings().get(1).message());
        assertEquals(List.of("trustedServices[1]"),
                paths(report.vault().trustedServices(), TrustedAdmission::path));
    }

    @Test
    void privateEndpointsAfterADroppedOneKeepTheirIndex() {
        String zone = "/subscriptions/" + SUBSCRIPTION
                + "/resourceGroups/rg-dns/providers/Microsoft.Network/privateDnsZones/privatelink.vaultcore.azure.net";
        BoundSpec bound = yaml(HEAD + "privateEndpoints:\n  - 3\n"
                + "  - {name: pe-a, subnetId: not-an-id}\n"
                + "  - {name: pe-b, subnetId: '" + subnetId("vnet-a", "snet-pe") + "', privateDnsZoneIds: [7, not-a-zone, '" + zone + "']}\n");
        assertEquals(List.of(1, 2), positions(bound.spec().privateAccess().endpoints()));
        ValidationReport report = validated(bound, bound.spec().privateAccess().endpoints().get(1).privateDnsZoneIds(), List.of(1, 2),
                "spec-type privateEndpoints[0]", "private-endpoint-subnet-id privateEndpoints[1].subnetId",
                "spec-type privateEndpoints[2].privateDnsZoneIds[0]", "private-endpoint-dns-zone privateEndpoints[2].privateDnsZoneIds[1]");
        List<PrivateEndpoint> resolved = report.vault().privateEndpoints();
        assertEquals(List.of("privateEndpoints[1]", "privateEndpoints[2]"), paths(resolved, PrivateEndpoint::path));
        assertEquals(2, ((PrivateEndpoint.Zones) resolved.get(1).dns()).zones().size());
    }

    @Test
    void aPrivateEndpointWithoutOneUsableSubnetFormIsReportedOnceAndItsOtherPropertiesStillChecked() {
        String zone = "/subscriptions/" + SUBSCRIPTION
                + "/resourceGroups/rg-dns/providers/Microsoft.Network/privateDnsZones/privatelink.vaultcore.azure.net";
        BoundSpec bound = yaml(HEAD + "publicNetworkAccess: Disabled\nprivateEndpoints:\n"
                + "  - {name: 'bad name!', subnetId: not-an-id, subnet: {resourceGroupName: rg-net, virtualNetworkName: vnet-a, "
                + "name: snet-a}, privateDnsZoneIds: [not-a-zone], staticIpAddress: 999.1.1.1}\n"
                + "  - {name: 'bad name!', privateDnsZoneIds: [7, '" + zone + "']}\n"
                + "  - {name: pe-c, subnetId: 42}\n");
        // Kept, with neither subnet form: an endpoint's name, zones and address mean something without its subnet.
        List<PrivateEndpointSpec> endpoints = bound.spec().privateAccess().endpoints();
        assertEquals(List.of(0, 1, 2), positions(endpoints));
        assertTrue(endpoints.stream().allMatch(e -> e.subnetId() == null && e.subnet() == null));
        ValidationReport report = Validator.validate(bound);
        assertEquals(List.of("spec-required privateEndpoints[0]",
                "private-endpoint-name privateEndpoints[0].name",
                "private-endpoint-dns-zone privateEndpoints[0].privateDnsZoneIds[0]",
                "private-endpoint-static-ip privateEndpoints[0].staticIpAddress",
                "spec-required privateEndpoints[1]",
                "private-endpoint-duplicate privateEndpoints[1].name",
                "private-endpoint-name privateEndpoints[1].name",
                "spec-type privateEndpoints[1].privateDnsZoneIds[0]",
                "spec-type privateEndpoints[2].subnetId"), render(report.findings()));
        // The resolved model holds only endpoints with a usable subnet; a spec in error is never planned.
        assertEquals(List.of(), report.vault().privateEndpoints());
    }

    @Test
    void endpointsWithoutAUsableSubnetAreNotSaidToShareANetworksAddress() {
        ValidationReport report = Validator.validate(yaml(HEAD + "privateEndpoints:\n"
                + "  - {name: pe-a, staticIpAddress: 10.0.0.5}\n"
                + "  - {name: pe-b, subnet: 5, staticIpAddress: 10.0.0.5}\n"));
        assertEquals(List.of("spec-required privateEndpoints[0]", "spec-type privateEndpoints[1].subnet"),
                render(report.findings()));
    }

    @Test
    void aManagedSubnetsServiceEndpointKeepsItsIndexAfterADroppedOne() {
        ValidationReport report = Validator.validate(yaml(HEAD + "networkRules:\n  virtualNetworkRules:\n"
                + "    - subnet: {resourceGroupName: rg-net, virtualNetworkName: vnet-b, name: snet-b, addressPrefix: 10.1.0.0/24, "
                + "serviceEndpoints: [7, Storage], delegations: [~, Microsoft.Web]}\n"));
        assertEquals(List.of("spec-type networkRules.virtualNetworkRules[0].subnet.delegations[0]",
                "subnet-delegation networkRules.virtualNetworkRules[0].subnet.delegations[1]",
                "spec-type networkRules.virtualNetworkRules[0].subnet.serviceEndpoints[0]",
                "subnet-service-endpoint networkRules.virtualNetworkRules[0].subnet.serviceEndpoints[1]"), render(report.findings()));
    }

    @Test
    void anObservedRuleWithoutItsSubnetIdIsReportedAndDropped() {
        BoundSpec bound = yaml(HEAD + "existing:\n  resourceId: /subscriptions/" + SUBSCRIPTION
                + "/resourceGroups/rg-a/providers/Microsoft.KeyVault/vaults/kv-a\n  observed:\n    networkRules:\n"
                + "      ipRules: [7, 52.168.0.7]\n      virtualNetworkRules: [{}, {subnetId: '" + subnetId("vnet-a", "snet-a") + "'}]\n");
        var observed = bound.spec().existing().observed();
        assertEquals(List.of("52.168.0.7"), observed.ipRules());
        assertEquals(List.of(subnetId("vnet-a", "snet-a")), observed.virtualNetworkRules());
        assertEquals(List.of("spec-type existing.observed.networkRules.ipRules[0]",
                "spec-required existing.observed.networkRules.virtualNetworkRules[0].subnetId"), findings(bound));
    }

    @Test
    void aRefusedPrefixLengthKeepsItsIndexAfterADroppedOne() {
        ValidationReport report = Validator.validate(yaml(HEAD + "limits: {refusedPrefixLengths: [x, 40, 31]}\n"));
        assertEquals(List.of("spec-type limits.refusedPrefixLengths[0]", "limits-override limits.refusedPrefixLengths[1]"),
                render(report.findings()));
    }

    @Test
    void anAdoptedPolicyKeepsItsIndexAfterADroppedOne() {
        String permissions = "permissions: {secrets: [get]}";
        ValidationReport report = Validator.validate(yaml(HEAD + "accessPolicies: [7, {objectId: " + OBJECT + ", " + permissions + "}]\n"
                + "existing:\n  resourceId: /subscriptions/" + SUBSCRIPTION + "/resourceGroups/rg-a/providers/Microsoft.KeyVault/vaults/kv-a\n"
                + "  observed:\n    accessPolicies: [{objectId: " + OBJECT + ", permissions: {secrets: [get, list]}}]\n"));
        assertEquals(List.of("spec-type accessPolicies[0]", "adopt-property-differs accessPolicies[1].permissions"),
                render(report.findings()));
    }
}
