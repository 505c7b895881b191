package dev.kvguard.examples.existingsubnets;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.azurenative.authorization.AuthorizationFunctions;
import com.pulumi.azurenative.authorization.outputs.GetClientConfigResult;
import com.pulumi.azurenative.resources.ResourceGroup;
import com.pulumi.azurenative.resources.ResourceGroupArgs;
import dev.kvguard.components.SecureKeyVault;
import dev.kvguard.components.inputs.LoggingArgs;
import dev.kvguard.components.inputs.NetworkRulesArgs;
import dev.kvguard.components.inputs.SecureKeyVaultArgs;
import dev.kvguard.components.inputs.VirtualNetworkRuleArgs;

/**
 * A vault for subnets that another team owns: they are named by resource id and kvguard does not
 * touch them. Their Microsoft.KeyVault endpoint must already be on; Azure's own check stays enabled,
 * so a missing endpoint fails the vault update with SubnetsHaveNoServiceEndpointsConfigured.
 *
 * <p>Configuration: {@code subnetIds} (comma-separated resource ids) and {@code storageAccountId} (where
 * the audit logs go). Without them, example values are used, which a preview accepts and Azure does not.
 */
public final class ExistingSubnetsVault {

    static final String EXAMPLE_SUBNETS = "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-network-shared"
            + "/providers/Microsoft.Network/virtualNetworks/vnet-shared/subnets/snet-databricks-public,"
            + "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-network-shared"
            + "/providers/Microsoft.Network/virtualNetworks/vnet-shared/subnets/snet-databricks-private";
    static final String EXAMPLE_STORAGE = "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-monitoring"
            + "/providers/Microsoft.Storage/storageAccounts/stauditlogs01";

    private ExistingSubnetsVault() {
    }

    public static void main(String[] args) {
        Pulumi.run(ExistingSubnetsVault::stack);
    }

    /** The program; {@code kvguard preview --program} runs it without the Pulumi CLI. */
    public static void stack(Context ctx) {
        var config = ctx.config();
        var client = AuthorizationFunctions.getClientConfig();
        var group = new ResourceGroup("analytics", ResourceGroupArgs.builder()
                .resourceGroupName("rg-analytics-prod").location("westeurope").build());

        var rules = NetworkRulesArgs.builder().virtualNetworkRules(
                java.util.Arrays.stream(config.get("subnetIds").orElse(EXAMPLE_SUBNETS).split(","))
                        .map(String::strip)
                        .map(id -> VirtualNetworkRuleArgs.builder().subnetId(id).build())
                        .toList());

        var vault = new SecureKeyVault("analytics", SecureKeyVaultArgs.builder()
                .vaultName("kv-analytics-prod")
                .resourceGroupName(group.name())
                .location("westeurope")
                .tenantId(client.applyValue(GetClientConfigResult::tenantId))
                .networkRules(rules.build())
                .logging(LoggingArgs.builder().storageAccountId(config.get("storageAccountId").orElse(EXAMPLE_STORAGE)).build())
                .build(), null);

        ctx.export("vaultUri", vault.vaultUri());
        ctx.export("plan", vault.plan());
    }
}
