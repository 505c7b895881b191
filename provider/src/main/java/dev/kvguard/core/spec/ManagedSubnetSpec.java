package dev.kvguard.core.spec;

import java.util.List;

/**
 * A subnet whose {@code Microsoft.KeyVault} service endpoint kvguard turns on. Because updating a subnet
 * replaces it whole, everything the subnet already has is declared here and kept.
 *
 * @param resourceGroupName      resource group of the virtual network
 * @param virtualNetworkName     the virtual network
 * @param name                   the subnet's name
 * @param addressPrefix          the subnet's IPv4 range (private space is normal here)
 * @param serviceEndpoints       endpoints the subnet has besides {@code Microsoft.KeyVault}
 * @param networkSecurityGroupId network security group to keep, or null
 * @param routeTableId           route table to keep, or null
 * @param delegations            service names the subnet is delegated to, e.g. {@code Microsoft.Web/serverFarms}
 */
public record ManagedSubnetSpec(String resourceGroupName, String virtualNetworkName, String name, String addressPrefix,
                                List<String> serviceEndpoints, String networkSecurityGroupId, String routeTableId,
                                List<String> delegations) {

    /** The endpoint service name Key Vault needs on the subnet. */
    public static final String KEY_VAULT_ENDPOINT = "Microsoft.KeyVault";

    public ManagedSubnetSpec {
        serviceEndpoints = SpecList.copyOf(serviceEndpoints);
        delegations = SpecList.copyOf(delegations);
    }

    /** The endpoints after kvguard's change: the existing ones, then {@code Microsoft.KeyVault} once. */
    public List<String> endpointsWithKeyVault() {
        for (int i = 0; i < serviceEndpoints.size(); i++) {
            if (KEY_VAULT_ENDPOINT.equalsIgnoreCase(serviceEndpoints.get(i))) {
                return serviceEndpoints;
            }
        }
        String[] with = serviceEndpoints.toArray(new String[serviceEndpoints.size() + 1]);
        with[serviceEndpoints.size()] = KEY_VAULT_ENDPOINT;
        return List.of(with);
    }
}
