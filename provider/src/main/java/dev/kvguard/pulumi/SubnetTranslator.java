package dev.kvguard.pulumi;

import com.pulumi.azurenative.network.SubnetArgs;
import com.pulumi.azurenative.network.inputs.DelegationArgs;
import com.pulumi.azurenative.network.inputs.NetworkSecurityGroupArgs;
import com.pulumi.azurenative.network.inputs.RouteTableArgs;
import com.pulumi.azurenative.network.inputs.ServiceEndpointPropertiesFormatArgs;
import com.pulumi.core.Output;
import dev.kvguard.core.model.ManagedSubnet;

/** A managed subnet as Azure Native's {@code Subnet}: the Key Vault endpoint on, everything else it declares kept. */
public final class SubnetTranslator {

    private SubnetTranslator() {
    }

    public static SubnetArgs args(Output<ManagedSubnet> subnet) {
        return SubnetArgs.builder()
                .resourceGroupName(subnet.applyValue(ManagedSubnet::resourceGroupName))
                .virtualNetworkName(subnet.applyValue(ManagedSubnet::virtualNetworkName))
                .subnetName(subnet.applyValue(ManagedSubnet::name))
                .addressPrefix(subnet.applyValue(ManagedSubnet::addressPrefix))
                .serviceEndpoints(subnet.applyValue(s -> s.serviceEndpoints().stream()
                        .map(e -> ServiceEndpointPropertiesFormatArgs.builder().service(e).build()).toList()))
                .networkSecurityGroup(subnet.applyValue(s -> s.networkSecurityGroupId()
                        .map(id -> NetworkSecurityGroupArgs.builder().id(id).build()).orElse(null)))
                .routeTable(subnet.applyValue(s -> s.routeTableId().map(id -> RouteTableArgs.builder().id(id).build())
                        .orElse(null)))
                .delegations(subnet.applyValue(s -> s.delegations().stream()
                        .map(d -> DelegationArgs.builder().name(d.replace('/', '.')).serviceName(d).build()).toList()))
                .build();
    }
}
