package dev.kvguard.pulumi;

import com.pulumi.azurenative.network.PrivateEndpointArgs;
import com.pulumi.azurenative.network.inputs.PrivateEndpointIPConfigurationArgs;
import com.pulumi.azurenative.network.inputs.PrivateLinkServiceConnectionArgs;
import com.pulumi.azurenative.network.inputs.SubnetArgs;
import com.pulumi.core.Output;
import dev.kvguard.core.model.PrivateEndpoint;
import dev.kvguard.core.model.ResolvedVault;
import java.util.List;

/**
 * A private endpoint as Azure Native's {@code PrivateEndpoint}, with its private-link service connection to the
 * vault's {@code vault} sub-resource. A subnet named by its parts takes the vault's subscription, read from the
 * vault's id, which the endpoint needs anyway.
 */
final class PrivateEndpointTranslator {

    /** Key Vault's private-link sub-resource ("Integrate Key Vault with Azure Private Link"). */
    static final String GROUP_ID = "vault";

    /** The one member of the {@code vault} sub-resource, named in a static IP configuration. */
    static final String MEMBER_NAME = "default";

    private PrivateEndpointTranslator() {
    }

    static PrivateEndpointArgs args(Output<ResolvedVault> vault, Output<PrivateEndpoint> endpoint, Output<String> vaultId) {
        return PrivateEndpointArgs.builder()
                .privateEndpointName(endpoint.applyValue(PrivateEndpoint::name))
                .resourceGroupName(vault.applyValue(ResolvedVault::resourceGroupName))
                .location(vault.applyValue(ResolvedVault::location))
                .tags(vault.applyValue(ResolvedVault::tags))
                .subnet(Output.tuple(endpoint, vaultId).applyValue(t -> SubnetArgs.builder()
                        .id(t.t1.subnet().resourceId(RoleAssignmentTranslator.subscriptionOf(t.t2))).build()))
                // Only the vault's id waits for the vault: the rest of the connection is known in a preview.
                .privateLinkServiceConnections(endpoint.applyValue(e -> List.of(PrivateLinkServiceConnectionArgs.builder()
                        .name(e.name()).privateLinkServiceId(vaultId).groupIds(GROUP_ID).build())))
                .ipConfigurations(endpoint.applyValue(e -> e.staticIpAddress().map(ip -> List.of(
                        PrivateEndpointIPConfigurationArgs.builder().name(e.name() + "-ip").groupId(GROUP_ID)
                                .memberName(MEMBER_NAME).privateIPAddress(ip).build())).orElse(List.of())))
                .build();
    }
}
