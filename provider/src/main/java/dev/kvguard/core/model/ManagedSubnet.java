package dev.kvguard.core.model;

import dev.kvguard.core.azure.SubnetId;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.ManagedSubnetSpec;
import java.util.List;
import java.util.Optional;

/**
 * A subnet whose {@code Microsoft.KeyVault} service endpoint kvguard turns on, keeping what else it declares.
 *
 * @param key              the subnet's identity ({@link SubnetRef#key()})
 * @param serviceEndpoints the endpoints after kvguard's change: the declared ones, then {@code Microsoft.KeyVault} once
 */
public record ManagedSubnet(InputPath path, String key, String resourceGroupName, String virtualNetworkName, String name,
                            String addressPrefix, List<String> serviceEndpoints, Optional<String> networkSecurityGroupId,
                            Optional<String> routeTableId, List<String> delegations) implements SubnetRef {

    public ManagedSubnet {
        serviceEndpoints = List.copyOf(serviceEndpoints);
        delegations = List.copyOf(delegations);
    }

    /** The subnet a spec declares, at {@code path}; its three names must be given. */
    public static ManagedSubnet of(InputPath path, ManagedSubnetSpec subnet) {
        return new ManagedSubnet(path, SubnetId.SubnetKey.of(subnet.resourceGroupName(), subnet.virtualNetworkName(),
                subnet.name()), subnet.resourceGroupName(), subnet.virtualNetworkName(), subnet.name(),
                subnet.addressPrefix(), subnet.endpointsWithKeyVault(), Optional.ofNullable(subnet.networkSecurityGroupId()),
                Optional.ofNullable(subnet.routeTableId()), subnet.delegations());
    }

    /** The virtual network's identity: updates of its subnets must not overlap. */
    public String networkKey() {
        return SubnetId.SubnetKey.network(resourceGroupName, virtualNetworkName);
    }
}
