package dev.kvguard.examples.privateendpoint;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.azurenative.authorization.AuthorizationFunctions;
import com.pulumi.azurenative.authorization.outputs.GetClientConfigResult;
import com.pulumi.azurenative.resources.ResourceGroup;
import com.pulumi.azurenative.resources.ResourceGroupArgs;
import dev.kvguard.components.SecureKeyVault;
import dev.kvguard.components.inputs.LoggingArgs;
import dev.kvguard.components.inputs.PrivateEndpointArgs;
import dev.kvguard.components.inputs.PrivateEndpointSubnetArgs;
import dev.kvguard.components.inputs.SecureKeyVaultArgs;
import dev.kvguard.core.spec.PublicNetworkAccess;

/**
 * A vault without a public endpoint: public network access is disabled, and two private endpoints (one in
 * the hub's endpoint subnet, named by id, one in an application spoke with a fixed address) register the
 * vault in the platform team's {@code privatelink.vaultcore.azure.net} zone. The subnets and the zone
 * belong to the network team; kvguard creates the endpoints and their DNS zone groups, after the vault.
 *
 * <p>Configuration: {@code hubSubnetId}, {@code privateDnsZoneId} and {@code workspaceId}. Without them,
 * example values are used, which a preview accepts and Azure does not.
 */
public final class PrivateEndpointVault {

    static final String EXAMPLE_HUB_SUBNET = "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-network-prod"
            + "/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/snet-private-endpoints";
    static final String EXAMPLE_ZONE = "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-dns-prod"
            + "/providers/Microsoft.Network/privateDnsZones/privatelink.vaultcore.azure.net";
    static final String EXAMPLE_WORKSPACE = "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-monitoring"
            + "/providers/Microsoft.OperationalInsights/workspaces/law-platform";

    private PrivateEndpointVault() {
    }

    public static void main(String[] args) {
        Pulumi.run(PrivateEndpointVault::stack);
    }

    /** The program; {@code kvguard preview --program} runs it without the Pulumi CLI. */
    public static void stack(Context ctx) {
        var config = ctx.config();
        var client = AuthorizationFunctions.getClientConfig();
        var group = new ResourceGroup("payments", ResourceGroupArgs.builder()
                .resourceGroupName("rg-payments-prod").location("westeurope").build());
        String zone = config.get("privateDnsZoneId").orElse(EXAMPLE_ZONE);

        var vault = new SecureKeyVault("payments", SecureKeyVaultArgs.builder()
                .vaultName("kv-payments-private")
                .resourceGroupName(group.name())
                .location("westeurope")
                .tenantId(client.applyValue(GetClientConfigResult::tenantId))
                .enableRbacAuthorization(true)
                .publicNetworkAccess(PublicNetworkAccess.DISABLED)
                .privateEndpoints(
                        PrivateEndpointArgs.builder().name("pe-kv-payments-hub")
                                .subnetId(config.get("hubSubnetId").orElse(EXAMPLE_HUB_SUBNET))
                                .privateDnsZoneIds(zone).build(),
                        PrivateEndpointArgs.builder().name("pe-kv-payments-apps")
                                .subnet(PrivateEndpointSubnetArgs.builder().resourceGroupName("rg-network-prod")
                                        .virtualNetworkName("vnet-spoke-apps").name("snet-private-endpoints")
                                        .addressPrefix("10.1.8.0/24").build())
                                .staticIpAddress("10.1.8.10")
                                .privateDnsZoneIds(zone).build())
                .logging(LoggingArgs.builder().logAnalyticsWorkspaceId(config.get("workspaceId").orElse(EXAMPLE_WORKSPACE)).build())
                .tags(java.util.Map.of("costCenter", "payments"))
                .build(), null);

        ctx.export("vaultUri", vault.vaultUri());
        ctx.export("plan", vault.plan());
    }
}
