package dev.kvguard.examples.onesubnet;

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
import dev.kvguard.core.spec.SecretPermission;

/**
 * The smallest useful lockdown: a vault that only the application subnet can reach, with its audit
 * log in a new Log Analytics workspace. The identity running the deployment gets an access policy
 * for secrets (through the control plane; reading them still needs a network the firewall admits).
 */
public final class OneSubnetVault {

    private OneSubnetVault() {
    }

    public static void main(String[] args) {
        Pulumi.run(OneSubnetVault::stack);
    }

    /** The program; {@code kvguard preview --program} runs it without the Pulumi CLI. */
    public static void stack(Context ctx) {
        var client = AuthorizationFunctions.getClientConfig();
        var group = new ResourceGroup("orders", ResourceGroupArgs.builder()
                .resourceGroupName("rg-orders-dev").location("northeurope").build());
        var network = new VirtualNetwork("orders", VirtualNetworkArgs.builder()
                .resourceGroupName(group.name()).virtualNetworkName("vnet-orders").location("northeurope")
                .addressSpace(AddressSpaceArgs.builder().addressPrefixes("10.30.0.0/16").build())
                .build());
        var logs = new Workspace("orders", WorkspaceArgs.builder()
                .resourceGroupName(group.name()).workspaceName("law-orders-dev").location("northeurope")
                .sku(WorkspaceSkuArgs.builder().name("PerGB2018").build()).retentionInDays(30).build());

        var vault = new SecureKeyVault("orders", SecureKeyVaultArgs.builder()
                .vaultName("kv-orders-dev")
                .resourceGroupName(group.name())
                .location("northeurope")
                .tenantId(client.applyValue(GetClientConfigResult::tenantId))
                .networkRules(NetworkRulesArgs.builder()
                        .virtualNetworkRules(VirtualNetworkRuleArgs.builder()
                                .subnet(ManagedSubnetArgs.builder()
                                        // Names that decide which resources exist are plain strings;
                                        // dependsOn below makes the subnet wait for its network.
                                        .resourceGroupName("rg-orders-dev").virtualNetworkName("vnet-orders")
                                        .name("snet-app").addressPrefix("10.30.1.0/24").build())
                                .build())
                        .build())
                .accessPolicies(AccessPolicyArgs.builder()
                        .objectId(client.applyValue(GetClientConfigResult::objectId))
                        .description("deployer")
                        .permissions(PermissionsArgs.builder().secrets(SecretPermission.GET, SecretPermission.LIST,
                                SecretPermission.SET).build())
                        .build())
                .logging(LoggingArgs.builder().logAnalyticsWorkspaceId(logs.id()).build())
                .build(), ComponentResourceOptions.builder().dependsOn(network).build());

        ctx.export("vaultUri", vault.vaultUri());
        ctx.export("limitsProfile", vault.limitsProfile());
        ctx.export("plan", vault.plan());
    }
}
