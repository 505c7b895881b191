package dev.kvguard.benchmarks;

import dev.kvguard.components.SecureKeyVault;
import dev.kvguard.components.inputs.LoggingArgs;
import dev.kvguard.components.inputs.ManagedSubnetArgs;
import dev.kvguard.components.inputs.NetworkRulesArgs;
import dev.kvguard.components.inputs.SecureKeyVaultArgs;
import dev.kvguard.components.inputs.VirtualNetworkRuleArgs;

/** A stack of N vaults, each with two managed subnets, two IPv4 rules and logging. */
final class ManyVaults {
    private ManyVaults() {
    }

    static void stack(int vaults) {
        for (int i = 0; i < vaults; i++) {
            new SecureKeyVault("v" + i, SecureKeyVaultArgs.builder()
                    .vaultName("kv-bench-" + i).resourceGroupName("rg-bench").location("westeurope")
                    .tenantId("8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d")
                    .networkRules(NetworkRulesArgs.builder().ipRules("52.168.0.7", "40.74.28.0/24")
                            .virtualNetworkRules(subnet(i, "app"), subnet(i, "web")).build())
                    .logging(LoggingArgs.builder().logAnalyticsWorkspaceId("/subscriptions/" + Specs.SUBSCRIPTION
                            + "/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law").build())
                    .build(), null);
        }
    }

    private static VirtualNetworkRuleArgs subnet(int vault, String name) {
        return VirtualNetworkRuleArgs.builder().subnet(ManagedSubnetArgs.builder().resourceGroupName("rg-net")
                .virtualNetworkName("vnet-" + vault).name("snet-" + name).addressPrefix(name.equals("app") ? "10.0.1.0/24" : "10.0.2.0/24")
                .build()).build();
    }
}
