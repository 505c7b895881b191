package dev.kvguard.examples.stagedtightening;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.azurenative.authorization.AuthorizationFunctions;
import com.pulumi.azurenative.authorization.outputs.GetClientConfigResult;
import com.pulumi.azurenative.operationalinsights.Workspace;
import com.pulumi.azurenative.operationalinsights.WorkspaceArgs;
import com.pulumi.azurenative.operationalinsights.inputs.WorkspaceSkuArgs;
import dev.kvguard.components.SecureKeyVault;
import dev.kvguard.components.inputs.LoggingArgs;
import dev.kvguard.components.inputs.NetworkRulesArgs;
import dev.kvguard.components.inputs.SecureKeyVaultArgs;
import dev.kvguard.components.inputs.VirtualNetworkRuleArgs;

/**
 * Tightening a vault that already serves traffic, in two deployments.
 *
 * <ol>
 *   <li>{@code pulumi up} with the default {@code stage=observe}: logging, rules and the subnet rule go
 *       live, but the default action stays Allow, so nobody is cut off. kvguard warns that the vault is
 *       still open.</li>
 *   <li>Read the AuditEvent logs for callers the rules would refuse; add their networks.</li>
 *   <li>{@code pulumi config set stage enforce} and {@code pulumi up}: the default action becomes Deny.</li>
 * </ol>
 *
 * <p>The vault must be managed by this stack; to adopt one created elsewhere, import it first
 * ({@code pulumi import azure-native:keyvault:Vault legacy-vault <vault resource id> --parent ...}).
 */
public final class StagedTighteningVault {

    private StagedTighteningVault() {
    }

    public static void main(String[] args) {
        Pulumi.run(StagedTighteningVault::stack);
    }

    /** The program; {@code kvguard preview --program} runs it without the Pulumi CLI. */
    public static void stack(Context ctx) {
        String stage = ctx.config().get("stage").orElse("observe");
        var client = AuthorizationFunctions.getClientConfig();
        var logs = new Workspace("legacy", WorkspaceArgs.builder()
                .resourceGroupName("rg-legacy-app").workspaceName("law-legacy-app").location("westeurope")
                .sku(WorkspaceSkuArgs.builder().name("PerGB2018").build()).retentionInDays(30).build());

        var vault = new SecureKeyVault("legacy", SecureKeyVaultArgs.builder()
                .vaultName("kv-legacy-app")
                .resourceGroupName("rg-legacy-app")
                .location("westeurope")
                .tenantId(client.applyValue(GetClientConfigResult::tenantId))
                .stage(stage)
                .networkRules(NetworkRulesArgs.builder()
                        .ipRules("52.168.0.7", "40.74.28.0/24")
                        .virtualNetworkRules(VirtualNetworkRuleArgs.builder().subnetId(
                                "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-legacy-app"
                                        + "/providers/Microsoft.Network/virtualNetworks/vnet-legacy/subnets/snet-web").build())
                        .build())
                .logging(LoggingArgs.builder().logAnalyticsWorkspaceId(logs.id()).build())
                .build(), null);

        ctx.export("stage", com.pulumi.core.Output.of(stage));
        ctx.export("vaultUri", vault.vaultUri());
        ctx.export("plan", vault.plan());
    }
}
