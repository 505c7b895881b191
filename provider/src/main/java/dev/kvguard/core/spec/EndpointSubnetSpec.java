package dev.kvguard.core.spec;

/**
 * A subnet a private endpoint is placed in, named by its parts rather than by id. kvguard does not change
 * it; the id is completed with the vault's subscription when the endpoint is created.
 *
 * @param resourceGroupName  resource group of the virtual network
 * @param virtualNetworkName the virtual network
 * @param name               the subnet's name
 * @param addressPrefix      the subnet's IPv4 range, or null; when given, a static IP is checked against it
 */
public record EndpointSubnetSpec(String resourceGroupName, String virtualNetworkName, String name, String addressPrefix) {
}
