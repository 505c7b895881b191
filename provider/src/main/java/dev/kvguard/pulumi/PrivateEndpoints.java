package dev.kvguard.pulumi;

import com.pulumi.azurenative.network.PrivateDnsZoneGroupArgs;
import com.pulumi.azurenative.network.PrivateEndpointArgs;
import com.pulumi.azurenative.network.inputs.PrivateDnsZoneConfigArgs;
import com.pulumi.azurenative.network.inputs.PrivateEndpointIPConfigurationArgs;
import com.pulumi.azurenative.network.inputs.PrivateLinkServiceConnectionArgs;
import com.pulumi.azurenative.network.inputs.SubnetArgs;
import com.pulumi.core.Output;
import dev.kvguard.core.privatelink.AzureCloud;
import dev.kvguard.core.privatelink.PrivateDnsZoneId;
import dev.kvguard.core.spec.EndpointSubnetSpec;
import dev.kvguard.core.spec.PrivateEndpointSpec;
import dev.kvguard.core.spec.VaultSpec;
import java.util.List;

/**
 * Translates a vault's private endpoints into Azure Native arguments: the endpoint with its private-link
 * service connection to the vault's {@code vault} sub-resource, and its DNS zone group. Names that the
 * spec leaves to defaults (a subnet by its parts, the default zone) take the vault's subscription, read
 * from the vault's id, which the endpoint needs anyway.
 */
public final class PrivateEndpoints {

    /** Key Vault's private-link sub-resource ("Integrate Key Vault with Azure Private Link"). */
    static final String GROUP_ID = "vault";

    /** The one member of the {@code vault} sub-resource, named in a static IP configuration. */
    static final String MEMBER_NAME = "default";

    /** kvguard names each endpoint's zone group like the portal does. */
    static final String ZONE_GROUP_NAME = "default";

    private PrivateEndpoints() {
    }

    /** The entry of the spec a plan step names (step ids use the lower-cased endpoint name). */
    static PrivateEndpointSpec entry(VaultSpec spec, String name) {
        return spec.privateAccess().endpoints().stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("planned private endpoint " + name + " not in the spec"));
    }

    public static PrivateEndpointArgs endpoint(Output<VaultSpec> spec, String name, Output<String> vaultId) {
        Output<PrivateEndpointSpec> entry = spec.applyValue(s -> entry(s, name));
        return PrivateEndpointArgs.builder()
                .privateEndpointName(entry.applyValue(PrivateEndpointSpec::name))
                .resourceGroupName(spec.applyValue(VaultSpec::resourceGroupName))
                .location(spec.applyValue(VaultSpec::location))
                .tags(spec.applyValue(VaultSpec::tags))
                .subnet(Output.tuple(entry, vaultId).applyValue(t -> SubnetArgs.builder()
                        .id(subnetId(t.t1, AzureResources.subscriptionOf(t.t2))).build()))
                // Only the vault's id waits for the vault: the rest of the connection is known in a preview.
                .privateLinkServiceConnections(entry.applyValue(e -> List.of(PrivateLinkServiceConnectionArgs.builder()
                        .name(e.name()).privateLinkServiceId(vaultId).groupIds(GROUP_ID).build())))
                .ipConfigurations(entry.applyValue(e -> e.staticIpAddress() == null ? List.of() : List.of(
                        PrivateEndpointIPConfigurationArgs.builder().name(e.name() + "-ip").groupId(GROUP_ID)
                                .memberName(MEMBER_NAME).privateIPAddress(e.staticIpAddress()).build())))
                .build();
    }

    /** The endpoint's DNS zone group; the caller makes it depend on the endpoint resource, which it names. */
    public static PrivateDnsZoneGroupArgs zoneGroup(Output<VaultSpec> spec, String name, Output<String> vaultId) {
        Output<List<String>> zones = Output.tuple(spec, vaultId)
                .applyValue(t -> zoneIds(t.t1, entry(t.t1, name), AzureResources.subscriptionOf(t.t2)));
        return PrivateDnsZoneGroupArgs.builder()
                .resourceGroupName(spec.applyValue(VaultSpec::resourceGroupName))
                .privateEndpointName(spec.applyValue(s -> entry(s, name).name()))
                .privateDnsZoneGroupName(ZONE_GROUP_NAME)
                .privateDnsZoneConfigs(zones.applyValue(ids -> ids.stream().map(id -> PrivateDnsZoneConfigArgs.builder()
                        .name(PrivateDnsZoneId.parse(id).map(z -> z.zone().replace('.', '-')).orElse(id))
                        .privateDnsZoneId(id).build()).toList()))
                .build();
    }

    /** The zones to register in: the given ids, or the cloud's Key Vault zone in the vault's resource group. */
    static List<String> zoneIds(VaultSpec spec, PrivateEndpointSpec endpoint, String subscription) {
        if (!endpoint.defaultZone()) {
            return endpoint.privateDnsZoneIds();
        }
        return List.of(PrivateDnsZoneId.of(subscription, spec.resourceGroupName(),
                AzureCloud.ofLocation(spec.location()).keyVaultZone()));
    }

    static String subnetId(PrivateEndpointSpec endpoint, String subscription) {
        EndpointSubnetSpec s = endpoint.subnet();
        if (s == null) {
            return endpoint.subnetId();
        }
        return "/subscriptions/" + subscription + "/resourceGroups/" + s.resourceGroupName()
                + "/providers/Microsoft.Network/virtualNetworks/" + s.virtualNetworkName() + "/subnets/" + s.name();
    }
}
