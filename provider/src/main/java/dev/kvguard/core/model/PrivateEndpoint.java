package dev.kvguard.core.model;

import dev.kvguard.core.azure.AzureCloud;
import dev.kvguard.core.azure.PrivateDnsZoneId;
import dev.kvguard.core.finding.InputPath;
import java.util.List;
import java.util.Optional;

/** A private endpoint to the vault, with the subnet it is placed in and where the vault's name is registered. */
public record PrivateEndpoint(InputPath path, String name, EndpointSubnet subnet, Optional<String> staticIpAddress,
                              DnsRegistration dns) {

    /** The subnet, by id or by its parts (completed with the vault's subscription when deployed). */
    public sealed interface EndpointSubnet permits SubnetById, SubnetByParts {
        /** The subnet's resource id, given the subscription the vault is in. */
        String resourceId(String subscription);
    }

    public record SubnetById(String resourceId) implements EndpointSubnet {
        @Override
        public String resourceId(String subscription) {
            return resourceId;
        }
    }

    public record SubnetByParts(String resourceGroupName, String virtualNetworkName, String name,
                                Optional<String> addressPrefix) implements EndpointSubnet {
        @Override
        public String resourceId(String subscription) {
            return "/subscriptions/" + subscription + "/resourceGroups/" + resourceGroupName
                    + "/providers/Microsoft.Network/virtualNetworks/" + virtualNetworkName + "/subnets/" + name;
        }
    }

    /** Where the endpoint's DNS zone group registers the vault, or that it has none. */
    public sealed interface DnsRegistration permits DefaultZone, Zones, NoZoneGroup {
    }

    /** A private DNS zone: its resource id as Azure is sent it, and the zone's DNS name. */
    public record DnsZone(String resourceId, String zoneName) {
    }

    /** The cloud's Key Vault zone in the vault's resource group (the spec named no zones). */
    public record DefaultZone(AzureCloud cloud, String resourceGroupName) implements DnsRegistration {
        public DnsZone zone(String subscription) {
            return new DnsZone(PrivateDnsZoneId.of(subscription, resourceGroupName, cloud.keyVaultZone()), cloud.keyVaultZone());
        }
    }

    /** The zones the spec names, each parsed once. */
    public record Zones(List<DnsZone> zones) implements DnsRegistration {
        public Zones {
            zones = List.copyOf(zones);
        }
    }

    /** An empty list of zones: someone else (e.g. a policy) registers the vault's name. */
    public record NoZoneGroup() implements DnsRegistration {
    }
}
