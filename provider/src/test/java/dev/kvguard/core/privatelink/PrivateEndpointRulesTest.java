package dev.kvguard.core.privatelink;

import static dev.kvguard.testing.TestSpecs.SUBSCRIPTION;
import static dev.kvguard.testing.TestSpecs.byRule;
import static dev.kvguard.testing.TestSpecs.single;
import static dev.kvguard.testing.TestSpecs.validateYaml;
import static dev.kvguard.testing.TestSpecs.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Severity;
import dev.kvguard.core.spec.PrivateEndpointSpec;
import dev.kvguard.core.spec.PublicNetworkAccess;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.validate.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrivateEndpointRulesTest {

    static final String ZONES = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/rg-dns/providers/Microsoft.Network/privateDnsZones/";
    static final String SUBNET = "/subscriptions/" + SUBSCRIPTION
            + "/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/snet-pe";

    static String head(String location) {
        return "vaultName: kv-private-01\nresourceGroupName: rg-sec\nlocation: " + location + "\n"
                + "tenantId: 8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d\n"
                + "logging: {logAnalyticsWorkspaceId: /subscriptions/" + SUBSCRIPTION
                + "/resourceGroups/rg-mon/providers/Microsoft.OperationalInsights/workspaces/law}\n";
    }

    static final String HEAD = head("westeurope");

    /** A spec with public access disabled and one endpoint whose properties are {@code endpoint}. */
    static ValidationReport endpoint(String endpoint) {
        return validateYaml(HEAD + "publicNetworkAccess: Disabled\nprivateEndpoints:\n  - {name: pe-kv, " + endpoint + "}\n");
    }

    @Test
    void bindsEndpointsAndPublicAccess() {
        VaultSpec spec = yaml(HEAD + """
                publicNetworkAccess: disabled
                privateEndpointsWaiver: not used
                privateEndpoints:
                  - name: pe-a
                    subnetId: %s
                    staticIpAddress: 10.0.2.10
                  - name: pe-b
                    subnet: {resourceGroupName: rg-net, virtualNetworkName: vnet-spoke, name: snet-pe, addressPrefix: 10.1.2.0/24}
                    privateDnsZoneIds: []
                """.formatted(SUBNET)).spec();
        assertEquals(PublicNetworkAccess.DISABLED, spec.privateAccess().publicNetworkAccess());
        assertEquals("not used", spec.privateAccess().waiver());
        PrivateEndpointSpec a = spec.privateAccess().endpoints().get(0);
        PrivateEndpointSpec b = spec.privateAccess().endpoints().get(1);
        assertEquals(SUBNET, a.subnetId());
        assertEquals("10.0.2.10", a.staticIpAddress());
        assertTrue(a.defaultZone());
        assertTrue(a.hasZoneGroup());
        assertEquals("vnet-spoke", b.subnet().virtualNetworkName());
        assertEquals("10.1.2.0/24", b.subnet().addressPrefix());
        assertFalse(b.defaultZone());
        assertFalse(b.hasZoneGroup());
    }

    @Test
    void withoutThePropertiesNothingChanges() {
        VaultSpec spec = yaml(HEAD).spec();
        assertNull(spec.privateAccess().publicNetworkAccess());
        assertEquals(List.of(), spec.privateAccess().endpoints());
    }

    @Test
    void anEndpointNamesExactlyOneSubnet() {
        Finding neither = single(endpoint("staticIpAddress: 10.0.0.9"), "spec-required");
        assertEquals("privateEndpoints[0]", neither.path().toString());
        Finding both = single(endpoint("subnetId: " + SUBNET + ", subnet: {resourceGroupName: rg, virtualNetworkName: v, name: s}"),
                "spec-required");
        assertTrue(both.message().endsWith("not both."), both.message());
        assertEquals("spec-enum", single(validateYaml(HEAD + "publicNetworkAccess: Off\n"), "spec-enum").ruleId());
    }

    @Test
    void aValidEndpointHasNoFindings() {
        assertEquals(List.of(), endpoint("subnetId: " + SUBNET + ", privateDnsZoneIds: [" + ZONES
                + "privatelink.vaultcore.azure.net]").findings());
    }

    @Test
    void aMalformedSubnetIdIsAnError() {
        Finding f = single(endpoint("subnetId: /subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v"),
                "private-endpoint-subnet-id");
        assertEquals("privateEndpoints[0].subnetId", f.path().toString());
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.fix().startsWith("Use the subnet's full id: /subscriptions/<subscription-guid>"), f.fix());
    }

    @Test
    void aZoneThatIsNotAPrivateDnsZoneIdIsAnError() {
        Finding f = single(endpoint("subnetId: " + SUBNET + ", privateDnsZoneIds: [privatelink.vaultcore.azure.net]"),
                "private-endpoint-dns-zone");
        assertEquals("privateEndpoints[0].privateDnsZoneIds[0]", f.path().toString());
        assertEquals("privatelink.vaultcore.azure.net", f.value());
        assertEquals("'privatelink.vaultcore.azure.net' is not the resource id of a private DNS zone.", f.message());
        // A public DNS zone (Microsoft.Network/dnsZones) is not a private one.
        String publicZone = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/rg-dns/providers/Microsoft.Network/dnsZones/"
                + "privatelink.vaultcore.azure.net";
        assertEquals(1, byRule(endpoint("subnetId: " + SUBNET + ", privateDnsZoneIds: [" + publicZone + "]"),
                "private-endpoint-dns-zone").size());
        // A resource group name never ends with a period, so no zone id names one that does.
        String zone = "/providers/Microsoft.Network/privateDnsZones/privatelink.vaultcore.azure.net";
        assertEquals(1, byRule(endpoint("subnetId: " + SUBNET + ", privateDnsZoneIds: [/subscriptions/" + SUBSCRIPTION
                + "/resourceGroups/rg-dns." + zone + "]"), "private-endpoint-dns-zone").size());
        assertEquals(0, byRule(endpoint("subnetId: " + SUBNET + ", privateDnsZoneIds: [/subscriptions/" + SUBSCRIPTION
                + "/resourceGroups/rg.dns" + zone + "]"), "private-endpoint-dns-zone").size());
    }

    @ParameterizedTest
    @CsvSource({
            "westeurope, privatelink.vaultcore.azure.net, privatelink.blob.core.windows.net",
            "westus2, privatelink.vaultcore.azure.net, privatelink.vaultcore.usgovcloudapi.net",
            "usgovvirginia, privatelink.vaultcore.usgovcloudapi.net, privatelink.vaultcore.azure.net",
            "usdodeast, privatelink.vaultcore.usgovcloudapi.net, privatelink.vaultcore.azure.cn",
            "chinanorth3, privatelink.vaultcore.azure.cn, privatelink.vaultcore.azure.net"})
    void theZoneMustBeTheKeyVaultZoneOfTheVaultsCloud(String location, String right, String wrong) {
        String spec = head(location) + "publicNetworkAccess: Disabled\nprivateEndpoints:\n  - {name: pe-kv, subnetId: " + SUBNET
                + ", privateDnsZoneIds: [%s]}\n";
        assertEquals(List.of(), validateYaml(spec.formatted(ZONES + right.toUpperCase())).findings());
        Finding f = single(validateYaml(spec.formatted(ZONES + wrong)), "private-endpoint-dns-zone");
        assertTrue(f.limit().startsWith(right + " ("), f.limit());
        assertEquals("Use the zone named " + right + ", e.g. " + ZONES + right + ".", f.fix());
    }

    @ParameterizedTest
    @CsvSource({
            // prefix, address, verdict: ok | outside | reserved
            "10.0.2.0/24, 10.0.2.4, ok",
            "10.0.2.0/24, 10.0.2.254, ok",
            "10.0.2.0/24, 10.0.2.3, reserved",
            "10.0.2.0/24, 10.0.2.0, reserved",
            "10.0.2.0/24, 10.0.2.255, reserved",
            "10.0.2.0/24, 10.0.3.4, outside",
            "10.0.2.0/24, 10.0.1.255, outside",
            "10.0.2.0/29, 10.0.2.6, ok",
            "10.0.2.0/29, 10.0.2.7, reserved"})
    void aStaticIpMustBeAUsableAddressOfTheSubnet(String prefix, String address, String verdict) {
        ValidationReport report = endpoint("subnet: {resourceGroupName: rg-net, virtualNetworkName: vnet-hub, name: snet-pe, "
                + "addressPrefix: " + prefix + "}, staticIpAddress: " + address);
        List<Finding> hits = byRule(report, "private-endpoint-static-ip");
        if (verdict.equals("ok")) {
            assertEquals(List.of(), hits);
            return;
        }
        assertEquals(1, hits.size(), hits.toString());
        assertEquals("privateEndpoints[0].staticIpAddress", hits.get(0).path().toString());
        assertTrue(hits.get(0).message().contains(verdict.equals("outside") ? "outside the subnet's prefix" : "reserves"),
                hits.get(0).message());
        String usable = prefix.equals("10.0.2.0/24") ? "10.0.2.4 to 10.0.2.254" : "10.0.2.4 to 10.0.2.6";
        assertEquals("Use an address from " + usable + ".", hits.get(0).fix());
    }

    @Test
    void theStaticIpIsCheckedAgainstAManagedSubnetWithTheSameId() {
        String managed = "networkRules:\n  virtualNetworkRules:\n    - subnet: {resourceGroupName: RG-NET, virtualNetworkName: vnet-hub, "
                + "name: snet-pe, addressPrefix: 10.9.0.0/24}\n";
        String spec = HEAD + managed + "privateEndpoints:\n  - {name: pe-kv, subnetId: " + SUBNET + ", staticIpAddress: %s}\n";
        assertEquals(List.of(), byRule(validateYaml(spec.formatted("10.9.0.9")), "private-endpoint-static-ip"));
        assertEquals("inside 10.9.0.0/24",
                single(validateYaml(spec.formatted("10.8.0.9")), "private-endpoint-static-ip").limit());
    }

    @Test
    void anUnknownPrefixLeavesTheAddressUnchecked() {
        assertEquals(List.of(), endpoint("subnetId: " + SUBNET + ", staticIpAddress: 192.168.7.7").findings());
        Finding f = single(endpoint("subnetId: " + SUBNET + ", staticIpAddress: 10.0.2.0/28"), "private-endpoint-static-ip");
        assertEquals("Static IP '10.0.2.0/28' is not a single IPv4 address.", f.message());
    }

    @Test
    void duplicatesAreReported() {
        ValidationReport report = validateYaml(HEAD + "privateEndpoints:\n"
                + "  - {name: pe-kv, subnetId: " + SUBNET + ", staticIpAddress: 10.0.2.9}\n"
                + "  - {name: PE-KV, subnetId: " + SUBNET.toUpperCase().replace("SUBSCRIPTIONS/" + SUBSCRIPTION.toUpperCase(),
                "subscriptions/" + SUBSCRIPTION) + ", staticIpAddress: 10.0.2.9}\n"
                + "  - {name: pe-other, subnet: {resourceGroupName: rg-net, virtualNetworkName: vnet-b, name: s}}\n");
        List<Finding> hits = byRule(report, "private-endpoint-duplicate");
        assertEquals(List.of("privateEndpoints[1]", "privateEndpoints[1].name", "privateEndpoints[1].staticIpAddress"),
                hits.stream().map(f -> f.path().toString()).toList());
        assertEquals(List.of(Severity.WARNING, Severity.ERROR, Severity.ERROR), hits.stream().map(Finding::severity).toList());
        assertTrue(hits.get(1).message().contains("the same name as privateEndpoints[0].name"), hits.get(1).message());
    }

    @Test
    void aBadEndpointNameIsAnError() {
        Finding f = single(validateYaml(HEAD + "privateEndpoints:\n  - {name: pe-kv-, subnetId: " + SUBNET + "}\n"),
                "private-endpoint-name");
        assertEquals("privateEndpoints[0].name", f.path().toString());
        assertTrue(f.message().contains("ends with '-'"), f.message());
        assertEquals(1, byRule(validateYaml(HEAD + "privateEndpoints:\n  - {name: p, subnetId: " + SUBNET + "}\n"),
                "private-endpoint-name").size());
        assertEquals(0, byRule(validateYaml(HEAD + "privateEndpoints:\n  - {name: pe, subnetId: " + SUBNET + "}\n"),
                "private-endpoint-name").size());
    }

    @Test
    void rulesGivenWhilePublicAccessIsDisabledAreAWarning() {
        ValidationReport report = validateYaml(HEAD + "publicNetworkAccess: Disabled\nnetworkRules:\n  ipRules: [52.1.2.3]\n"
                + "  virtualNetworkRules: [{subnetId: " + SUBNET + "}]\nprivateEndpoints:\n  - {name: pe-kv, subnetId: " + SUBNET + "}\n");
        List<Finding> hits = byRule(report, "public-access-rules-ignored");
        assertEquals(List.of("networkRules.ipRules", "networkRules.virtualNetworkRules"), hits.stream().map(f -> f.path().toString()).toList());
        assertEquals("1 IP rule is given while public network access is disabled; Azure does not apply IP or "
                + "virtual-network rules then.", hits.get(0).message());
        assertFalse(report.hasErrors(), report.findings().toString());
        // With public access enabled the same rules apply, and nothing is said.
        assertEquals(List.of(), byRule(validateYaml(HEAD + "publicNetworkAccess: Enabled\nnetworkRules:\n  ipRules: [52.1.2.3]\n"),
                "public-access-rules-ignored"));
    }

    @Test
    void publicAccessDisabledWithoutAnEndpointIsAnErrorUnlessWaived() {
        Finding error = single(validateYaml(HEAD + "publicNetworkAccess: Disabled\n"), "public-access-no-private-endpoint");
        assertEquals(Severity.ERROR, error.severity());
        assertEquals("privateEndpoints", error.path().toString());
        assertTrue(error.fix().contains("privateEndpointsWaiver"), error.fix());
        ValidationReport waived = validateYaml(HEAD + "publicNetworkAccess: Disabled\nprivateEndpointsWaiver: hub team owns them\n");
        Finding warning = single(waived, "public-access-no-private-endpoint");
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals("hub team owns them", warning.value());
        assertFalse(waived.hasErrors());
        assertEquals(Severity.ERROR, single(validateYaml(HEAD + "publicNetworkAccess: Disabled\nprivateEndpointsWaiver: ' '\n"),
                "public-access-no-private-endpoint").severity());
        assertEquals(List.of(), validateYaml(HEAD + "publicNetworkAccess: Enabled\n").findings());
    }

    @Test
    void trustedServicesWithPublicAccessDisabledExplainWhatStillWorks() {
        ValidationReport report = validateYaml(HEAD + "publicNetworkAccess: Disabled\nenabledForTemplateDeployment: true\n"
                + "trustedServices: [{service: templateDeployment}]\nprivateEndpoints:\n  - {name: pe-kv, subnetId: " + SUBNET + "}\n");
        Finding f = single(report, "public-access-trusted-services");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("trustedServices", f.path().toString());
        assertTrue(f.message().contains("still reach the vault through the 'AzureServices' bypass"), f.message());
        assertFalse(report.hasErrors(), report.findings().toString());
    }

    @Test
    void aZoneNamedTwiceOnOneEndpointIsAnError() {
        String otherGroup = ZONES.replace("rg-dns", "rg-dns-2");
        for (String second : List.of(ZONES + "privatelink.vaultcore.azure.net", otherGroup + "PRIVATELINK.vaultcore.azure.net")) {
            Finding f = single(endpoint("subnetId: " + SUBNET + ", privateDnsZoneIds: [" + ZONES
                    + "privatelink.vaultcore.azure.net, " + second + "]"), "private-endpoint-dns-zone");
            assertEquals(Severity.ERROR, f.severity());
            assertEquals("privateEndpoints[0].privateDnsZoneIds[1]", f.path().toString());
            assertEquals(second, f.value());
            assertTrue(f.message().contains("also named by privateEndpoints[0].privateDnsZoneIds[0]"), f.message());
        }
        // The same zone on two endpoints is one zone group each: allowed.
        assertEquals(List.of(), byRule(validateYaml(HEAD + "privateEndpoints:\n"
                + "  - {name: pe-a, subnetId: " + SUBNET + ", privateDnsZoneIds: [" + ZONES + "privatelink.vaultcore.azure.net]}\n"
                + "  - {name: pe-b, subnetId: " + SUBNET.replace("vnet-hub", "vnet-b") + ", privateDnsZoneIds: [" + ZONES
                + "privatelink.vaultcore.azure.net]}\n"), "private-endpoint-dns-zone"));
    }

    @ParameterizedTest
    @CsvSource({"not-a-prefix, an IPv4 CIDR range", "10.0.0.0/33, an IPv4 CIDR range", "10.0.2.0, an IPv4 CIDR range",
            "10.0.2.1/24, a network address"})
    void anEndpointSubnetsPrefixIsCheckedLikeAManagedSubnets(String prefix, String limit) {
        Finding f = single(endpoint("subnet: {resourceGroupName: rg-net, virtualNetworkName: vnet-hub, name: snet-pe, "
                + "addressPrefix: '" + prefix + "'}"), "subnet-address-prefix");
        assertEquals("privateEndpoints[0].subnet.addressPrefix", f.path().toString());
        assertEquals(prefix, f.value());
        assertEquals(limit, f.limit());
        assertEquals(List.of(), endpoint("subnet: {resourceGroupName: rg-net, virtualNetworkName: vnet-hub, name: snet-pe, "
                + "addressPrefix: 10.0.2.0/24}").findings());
    }

    @Test
    void theSameStaticIpInTwoVirtualNetworksIsNoDuplicate() {
        String spec = HEAD + "privateEndpoints:\n"
                + "  - {name: pe-a, subnet: {resourceGroupName: rg-net, virtualNetworkName: vnet-a, name: s}, staticIpAddress: 10.0.2.9}\n"
                + "  - {name: pe-b, subnetId: " + SUBNET.replace("vnet-hub", "%s") + ", staticIpAddress: 10.0.2.9}\n";
        assertEquals(List.of(), byRule(validateYaml(spec.formatted("vnet-b")), "private-endpoint-duplicate"));
        // The same network, once by its parts and once by id (other case): still a duplicate address.
        Finding f = single(validateYaml(spec.formatted("VNET-A").replace("name: s}", "name: s2}")), "private-endpoint-duplicate");
        assertEquals("privateEndpoints[1].staticIpAddress", f.path().toString());
        assertEquals(Severity.ERROR, f.severity());
    }

    @Test
    void underObserveThePublicAccessVerdictsSayTheyHoldFromEnforceOn() {
        String spec = HEAD + "stage: %s\npublicNetworkAccess: Disabled\nnetworkRules:\n  ipRules: [52.1.2.3]\n";
        String until = " Stage 'observe' does not disable it yet: this holds from the 'stage: enforce' deployment on.";
        Finding observed = single(validateYaml(spec.formatted("observe")), "public-access-rules-ignored");
        assertTrue(observed.message().endsWith("rules then." + until), observed.message());
        assertTrue(single(validateYaml(spec.formatted("observe")), "public-access-no-private-endpoint").message()
                .endsWith(until));
        Finding enforced = single(validateYaml(spec.formatted("enforce")), "public-access-rules-ignored");
        assertFalse(enforced.message().contains("Stage 'observe'"), enforced.message());
    }

    @Test
    void aSubnetInAnotherSubscriptionThanTheExistingVaultIsAWarning() {
        String other = "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e";
        String vaultId = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/rg-sec/providers/Microsoft.KeyVault/vaults/kv-private-01";
        String spec = HEAD + "existing:\n  resourceId: '" + vaultId + "'\nprivateEndpoints:\n  - {name: pe-kv, subnetId: %s}\n";
        ValidationReport report = validateYaml(spec.formatted(SUBNET.replace(SUBSCRIPTION, other)));
        Finding f = single(report, "private-endpoint-subscription");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("privateEndpoints[0].subnetId", f.path().toString());
        assertEquals("subscription " + SUBSCRIPTION, f.limit());
        assertTrue(f.message().startsWith("The subnet is in subscription " + other + ", the vault in " + SUBSCRIPTION), f.message());
        assertFalse(report.hasErrors(), report.findings().toString());
        // The same subscription (any case), or a vault whose subscription is unknown, says nothing.
        assertEquals(List.of(), byRule(validateYaml(spec.formatted(SUBNET.replace(SUBSCRIPTION, SUBSCRIPTION.toUpperCase()))),
                "private-endpoint-subscription"));
        assertEquals(List.of(), byRule(validateYaml(HEAD + "privateEndpoints:\n  - {name: pe-kv, subnetId: "
                + SUBNET.replace(SUBSCRIPTION, other) + "}\n"), "private-endpoint-subscription"));
    }
}
