package dev.kvguard.core.network;

import static dev.kvguard.testing.TestSpecs.single;
import static dev.kvguard.testing.TestSpecs.subnetId;
import static dev.kvguard.testing.TestSpecs.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Severity;
import dev.kvguard.core.spec.LimitsSpec;
import dev.kvguard.core.spec.ManagedSubnetSpec;
import dev.kvguard.core.spec.NetworkRulesSpec;
import dev.kvguard.core.spec.VirtualNetworkRuleSpec;
import dev.kvguard.core.validate.ValidationReport;
import dev.kvguard.testing.TestSpecs;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VirtualNetworkRulesTest {

    private static ValidationReport vnetRules(String profile, List<VirtualNetworkRuleSpec> rules) {
        return validate(TestSpecs.valid().limits(new LimitsSpec(profile, null, null, null))
                .networkRules(new NetworkRulesSpec(null, null, null, rules)).build());
    }

    private static List<VirtualNetworkRuleSpec> subnets(int n) {
        return IntStream.range(0, n).mapToObj(i -> VirtualNetworkRuleSpec.existing(subnetId("vnet-" + (i % 7), "snet-" + i)))
                .toList();
    }

    private static ManagedSubnetSpec managed(String vnet, String name, String prefix) {
        return new ManagedSubnetSpec("rg-net", vnet, name, prefix, List.of(), null, null, List.of());
    }

    @Test
    void referenceProfileAllows127AndRefuses128() {
        assertEquals(List.of(), vnetRules(null, subnets(127)).findings());
        Finding f = single(vnetRules(null, subnets(128)), "vnet-rule-count");
        assertEquals("128", f.value());
        assertTrue(f.message().contains("limit of 127"), f.message());
    }

    @Test
    void currentProfileAllows200AndRefuses201() {
        assertEquals(List.of(), vnetRules("current", subnets(200)).findings());
        Finding f = single(vnetRules("current", subnets(201)), "vnet-rule-count");
        assertTrue(f.message().contains("limit of 200") && f.message().contains("'current'"), f.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"snet-app", "/subscriptions/not-a-guid/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s",
            "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v",
            "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/v/subnets/s",
            "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s/extra",
            "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg./providers/Microsoft.Network/virtualNetworks/v/subnets/s", ""})
    void malformedSubnetIdsAreErrors(String id) {
        Finding f = single(vnetRules(null, List.of(VirtualNetworkRuleSpec.existing(id))), "vnet-rule-subnet-id");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("networkRules.virtualNetworkRules[0].subnetId", f.path().toString());
        assertTrue(f.fix().contains("/subnets/<subnet>"));
    }

    @Test
    void subnetIdsAreCaseInsensitiveForDuplicates() {
        String id = subnetId("vnet-a", "snet-app");
        ValidationReport report = vnetRules(null, List.of(VirtualNetworkRuleSpec.existing(id),
                VirtualNetworkRuleSpec.existing(id.toUpperCase().replace("/SUBSCRIPTIONS/", "/subscriptions/"))));
        Finding f = single(report, "vnet-rule-duplicate");
        assertEquals("networkRules.virtualNetworkRules[1]", f.path().toString());
        assertTrue(f.message().contains("networkRules.virtualNetworkRules[0]"));
    }

    @Test
    void managedSubnetAndExistingIdOfTheSameSubnetAreDuplicates() {
        ValidationReport report = vnetRules(null, List.of(VirtualNetworkRuleSpec.managed(managed("vnet-a", "snet-app", "10.1.0.0/24")),
                VirtualNetworkRuleSpec.existing(subnetId("vnet-a", "snet-app"))));
        assertEquals(1, TestSpecs.byRule(report, "vnet-rule-duplicate").size());
    }

    @Test
    void managedSubnetPrefixMustBeANetworkCidr() {
        assertEquals(List.of(), vnetRules(null, List.of(VirtualNetworkRuleSpec.managed(managed("vn", "s", "10.1.0.0/24")))).findings());
        Finding hostBits = single(vnetRules(null, List.of(VirtualNetworkRuleSpec.managed(managed("vn", "s", "10.1.0.5/24")))),
                "subnet-address-prefix");
        assertEquals("Write 10.1.0.0/24.", hostBits.fix());
        single(vnetRules(null, List.of(VirtualNetworkRuleSpec.managed(managed("vn", "s", "10.1.0.0")))), "subnet-address-prefix");
    }

    @Test
    void managedSubnetEndpointsKeepExistingOnesAndAddKeyVaultOnce() {
        ManagedSubnetSpec subnet = new ManagedSubnetSpec("rg", "v", "s", "10.0.0.0/24", List.of("Microsoft.Storage"), null, null, null);
        assertEquals(List.of("Microsoft.Storage", "Microsoft.KeyVault"), subnet.endpointsWithKeyVault());
        ManagedSubnetSpec already = new ManagedSubnetSpec("rg", "v", "s", "10.0.0.0/24", List.of("microsoft.keyvault"), null, null, null);
        assertEquals(List.of("microsoft.keyvault"), already.endpointsWithKeyVault());
    }
}
