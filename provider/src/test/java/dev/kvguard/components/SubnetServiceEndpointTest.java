package dev.kvguard.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.resources.ComponentResourceOptions;
import dev.kvguard.components.inputs.ManagedSubnetArgs;
import dev.kvguard.components.inputs.SubnetServiceEndpointArgs;
import dev.kvguard.testing.MockStack;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubnetServiceEndpointTest {

    static ManagedSubnetArgs subnet(String name, String prefix) {
        return ManagedSubnetArgs.builder().resourceGroupName("rg-net").virtualNetworkName("vnet-a").name(name)
                .addressPrefix(prefix).serviceEndpoints("Microsoft.Storage")
                .networkSecurityGroupId("/subscriptions/x/resourceGroups/rg-net/providers/Microsoft.Network/networkSecurityGroups/nsg")
                .routeTableId("/subscriptions/x/resourceGroups/rg-net/providers/Microsoft.Network/routeTables/rt")
                .delegations("Microsoft.Web/serverFarms").build();
    }

    @Test
    void keepsEverythingTheSubnetHasAndChainsThroughDependsOn() {
        MockStack.Run run = MockStack.run(ctx -> {
            var first = new SubnetServiceEndpoint("app", SubnetServiceEndpointArgs.builder().subnet(subnet("snet-app", "10.0.1.0/24")).build(), null);
            new SubnetServiceEndpoint("web", SubnetServiceEndpointArgs.builder().subnet(subnet("snet-web", "10.0.2.0/24")).build(),
                    ComponentResourceOptions.builder().dependsOn(first.subnet()).build());
        });
        assertEquals(List.of(), run.errors());
        assertEquals(List.of("azure-native:network:Subnet app", "azure-native:network:Subnet web",
                "kvguard:index:SubnetServiceEndpoint app", "kvguard:index:SubnetServiceEndpoint web"), run.resources());
        Map<String, Object> inputs = run.registered().values().stream()
                .filter(r -> r.type().equals("azure-native:network:Subnet") && r.name().equals("app")).findFirst().orElseThrow().inputs();
        assertEquals(List.of(Map.of("service", "Microsoft.Storage"), Map.of("service", "Microsoft.KeyVault")), inputs.get("serviceEndpoints"));
        assertEquals("10.0.1.0/24", inputs.get("addressPrefix"));
        assertEquals("snet-app", inputs.get("subnetName"));
        assertTrue(inputs.get("networkSecurityGroup").toString().contains("networkSecurityGroups/nsg"));
        assertTrue(inputs.get("routeTable").toString().contains("routeTables/rt"));
        assertEquals(List.of(Map.of("name", "Microsoft.Web.serverFarms", "serviceName", "Microsoft.Web/serverFarms")), inputs.get("delegations"));
    }

    @Test
    void anInvalidSubnetRegistersNothing() {
        MockStack.Run run = MockStack.run(ctx -> new SubnetServiceEndpoint("bad",
                SubnetServiceEndpointArgs.builder().subnet(ManagedSubnetArgs.builder().resourceGroupName("rg").virtualNetworkName("v")
                        .name("s").addressPrefix("10.0.1.5/24").build()).build(), null));
        assertEquals(List.of(), run.resources());
        String errors = String.join("\n", run.errors());
        assertTrue(errors.contains("[subnet-address-prefix] subnet.addressPrefix = 10.0.1.5/24"), errors);
        assertTrue(errors.contains("fix: Write 10.0.1.0/24."), errors);
    }
}
