package dev.kvguard.examples.multinetwork;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.azurenative.authorization.AuthorizationFunctions;
import com.pulumi.azurenative.authorization.outputs.GetClientConfigResult;
import com.pulumi.azurenative.network.VirtualNetwork;
import com.pulumi.azurenative.network.VirtualNetworkArgs;
import com.pulumi.azurenative.network.inputs.AddressSpaceArgs;
import com.pulumi.azurenative.operationalinsights.Workspace;
import com.pulumi.azurenative.operationalinsights.WorkspaceArgs;
import com.pulumi.azurenative.operationalinsights.inputs.WorkspaceSkuArgs;
import com.pulumi.azurenative.resources.ResourceGroup;
import com.pulumi.azurenative.resources.ResourceGroupArgs;
import com.pulumi.resources.ComponentResourceOptions;
import dev.kvguard.components.SecureKeyVault;
import dev.kvguard.components.inputs.AccessPolicyArgs;
import dev.kvguard.components.inputs.LoggingArgs;
import dev.kvguard.components.inputs.ManagedSubnetArgs;
import dev.kvguard.components.inputs.NetworkRulesArgs;
import dev.kvguard.components.inputs.PermissionsArgs;
import dev.kvguard.components.inputs.SecureKeyVaultArgs;
import dev.kvguard.components.inputs.VirtualNetworkRuleArgs;
import dev.kvguard.core.spec.CertificatePermission;
import dev.kvguard.core.spec.DefaultAction;
import dev.kvguard.core.spec.LogCategory;
import dev.kvguard.core.spec.SecretPermission;
import dev.kvguard.core.spec.Sku;
import java.util.List;
import java.util.Map;

/**
 * kvguard's flagship: a premium vault for subnets in a hub and a spoke network plus the offices' public
 * egress ranges. kvguard turns on the subnets' Key Vault endpoint one subnet at a time per network (the
 * two networks in parallel), then creates the vault with its rules, then its diagnostic setting.
 */
public final class MultiNetworkVault {

    private static final String LOCATION = "westeurope";
    private static final String NETWORK_GROUP = "rg-network-prod";

    private MultiNetworkVault() {
    }

    public static void main(String[] args) {
        Pulumi.run(MultiNetworkVault::stack);
    }

    /** The program; {@code kvguard preview --program} runs it without the Pulumi CLI. */
    public static void stack(Context ctx) {
        var client = AuthorizationFunctions.getClientConfig();
        var platform = new ResourceGroup("platform", ResourceGroupArgs.builder()
                .resourceGroupName("rg-platform-prod").location(LOCATION).build());
        var networking = new ResourceGroup("network", ResourceGroupArgs.builder()
                .resourceGroupName(NETWORK_GROUP).location(LOCATION).build());
        var hub = network("hub", "vnet-hub", "10.0.0.0/16", networking);
        var spoke = network("spoke", "vnet-spoke-apps", "10.1.0.0/16", networking);
        var logs = new Workspace("platform", WorkspaceArgs.builder()
                .resourceGroupName(platform.name()).workspaceName("law-platform").location(LOCATION)
                .sku(WorkspaceSkuArgs.builder().name("PerGB2018").build()).retentionInDays(90).build());

        var vault = new SecureKeyVault("platform", SecureKeyVaultArgs.builder()
                .vaultName("kv-platform-prod")
                .resourceGroupName(platform.name())
                .location(LOCATION)
                .tenantId(client.applyValue(GetClientConfigResult::tenantId))
                .sku(Sku.PREMIUM)
                .networkRules(NetworkRulesArgs.builder()
                        .defaultAction(DefaultAction.DENY)
                        .ipRules("52.168.0.7", "40.74.28.0/24", "20.50.0.0/27") // Amsterdam, Dublin, partner VPN
                        .virtualNetworkRules(
                                subnet("vnet-hub", "snet-build", "10.0.1.0/24", List.of(), List.of()),
                                subnet("vnet-spoke-apps", "snet-aks", "10.1.0.0/22",
                                        List.of("Microsoft.Storage", "Microsoft.Sql"), List.of()),
                                subnet("vnet-hub", "snet-bastion-tools", "10.0.2.0/24", List.of(), List.of()),
                                subnet("vnet-spoke-apps", "snet-functions", "10.1.4.0/24", List.of(),
                                        List.of("Microsoft.Web/serverFarms")))
                        .build())
                .accessPolicies(
                        AccessPolicyArgs.builder().objectId(client.applyValue(GetClientConfigResult::objectId))
                                .description("deployer")
                                .permissions(PermissionsArgs.builder().secrets(SecretPermission.GET, SecretPermission.LIST)
                                        .certificates(CertificatePermission.GET).build())
                                .build())
                .logging(LoggingArgs.builder().logAnalyticsWorkspaceId(logs.id())
                        .categories(LogCategory.AUDIT_EVENT, LogCategory.AZURE_POLICY_EVALUATION_DETAILS).build())
                .tags(Map.of("owner", "platform-team"))
                .build(), ComponentResourceOptions.builder().dependsOn(hub, spoke).build());

        ctx.export("vaultUri", vault.vaultUri());
        ctx.export("limitsProfile", vault.limitsProfile());
        ctx.export("plan", vault.plan());
    }

    private static VirtualNetwork network(String name, String vnetName, String space, ResourceGroup group) {
        return new VirtualNetwork(name, VirtualNetworkArgs.builder()
                .resourceGroupName(group.name()).virtualNetworkName(vnetName).location(LOCATION)
                .addressSpace(AddressSpaceArgs.builder().addressPrefixes(space).build())
                .build());
    }

    private static VirtualNetworkRuleArgs subnet(String vnet, String name, String prefix, List<String> endpoints,
                                                 List<String> delegations) {
        return VirtualNetworkRuleArgs.builder().subnet(ManagedSubnetArgs.builder()
                .resourceGroupName(NETWORK_GROUP).virtualNetworkName(vnet).name(name).addressPrefix(prefix)
                .serviceEndpoints(endpoints).delegations(delegations).build()).build();
    }
}
