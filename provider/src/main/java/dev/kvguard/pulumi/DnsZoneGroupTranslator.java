package dev.kvguard.pulumi;

import com.pulumi.azurenative.network.PrivateDnsZoneGroupArgs;
import com.pulumi.azurenative.network.inputs.PrivateDnsZoneConfigArgs;
import com.pulumi.core.Output;
import dev.kvguard.core.model.PrivateEndpoint;
import dev.kvguard.core.model.ResolvedVault;
import java.util.List;

/**
 * A private endpoint's DNS zone group as Azure Native's {@code PrivateDnsZoneGroup}: the zones the spec names, or
 * the cloud's Key Vault zone in the vault's resource group and subscription. The caller makes it depend on the
 * endpoint resource, which it names.
 */
final class DnsZoneGroupTranslator {

    /** kvguard names each endpoint's zone group like the portal does. */
    static final String ZONE_GROUP_NAME = "default";

    private DnsZoneGroupTranslator() {
    }

    static PrivateDnsZoneGroupArgs args(Output<ResolvedVault> vault, Output<PrivateEndpoint> endpoint, Output<String> vaultId) {
        Output<List<PrivateEndpoint.DnsZone>> zones = Output.tuple(endpoint, vaultId)
                .applyValue(t -> zones(t.t1.dns(), RoleAssignmentTranslator.subscriptionOf(t.t2)));
        return PrivateDnsZoneGroupArgs.builder()
                .resourceGroupName(vault.applyValue(ResolvedVault::resourceGroupName))
                .privateEndpointName(endpoint.applyValue(PrivateEndpoint::name))
                .privateDnsZoneGroupName(ZONE_GROUP_NAME)
                .privateDnsZoneConfigs(zones.applyValue(list -> list.stream().map(z -> PrivateDnsZoneConfigArgs.builder()
                        .name(z.zoneName().replace('.', '-')).privateDnsZoneId(z.resourceId()).build()).toList()))
                .build();
    }

    static List<PrivateEndpoint.DnsZone> zones(PrivateEndpoint.DnsRegistration dns, String subscription) {
        if (dns instanceof PrivateEndpoint.DefaultZone zone) {
            return List.of(zone.zone(subscription));
        }
        if (dns instanceof PrivateEndpoint.Zones given) {
            return given.zones();
        }
        return List.of(); // no group is planned for an endpoint without zones
    }
}
