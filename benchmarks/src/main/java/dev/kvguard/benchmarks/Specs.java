package dev.kvguard.benchmarks;

import dev.kvguard.core.spec.AccessPolicySpec;
import dev.kvguard.core.spec.LimitsSpec;
import dev.kvguard.core.spec.LoggingSpec;
import dev.kvguard.core.spec.ManagedSubnetSpec;
import dev.kvguard.core.spec.NetworkRulesSpec;
import dev.kvguard.core.spec.Permissions;
import dev.kvguard.core.spec.SecretPermission;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.spec.VirtualNetworkRuleSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Valid specs of a chosen size, for benchmarks. */
final class Specs {
    static final String SUBSCRIPTION = "6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d";

    private Specs() {
    }

    /**
     * A vault with {@code ipRules} distinct public IPv4 rules (a mix of addresses and ranges), {@code vnetRules}
     * subnets (half managed, over ten networks; half existing) and {@code policies} access policies, validated
     * under the current profile.
     */
    static VaultSpec vault(int ipRules, int vnetRules, int policies) {
        List<String> ips = new ArrayList<>();
        for (int i = 0; i < ipRules; i++) {
            // Disjoint /30 blocks and single addresses in 52.0.0.0/8, in shuffled order.
            int n = (int) ((i * 2654435761L) % 1_000_003);
            ips.add(i % 2 == 0 ? "52." + (n >> 14 & 255) + "." + (n >> 6 & 255) + "." + ((n & 63) << 2) + "/30"
                    : "40." + (n >> 14 & 255) + "." + (n >> 6 & 255) + "." + ((n & 63) << 2));
        }
        List<VirtualNetworkRuleSpec> subnets = new ArrayList<>();
        for (int i = 0; i < vnetRules; i++) {
            String vnet = "vnet-" + (i % 10);
            subnets.add(i % 2 == 0
                    ? VirtualNetworkRuleSpec.managed(new ManagedSubnetSpec("rg-net", vnet, "snet-" + i,
                    "10." + (i / 256) + "." + (i % 256) + ".0/24", List.of("Microsoft.Storage"), null, null, List.of()))
                    : VirtualNetworkRuleSpec.existing("/subscriptions/" + SUBSCRIPTION + "/resourceGroups/rg-shared/providers"
                    + "/Microsoft.Network/virtualNetworks/" + vnet + "/subnets/snet-" + i));
        }
        List<AccessPolicySpec> access = new ArrayList<>();
        for (int i = 0; i < policies; i++) {
            access.add(new AccessPolicySpec(new UUID(0x1234L, i).toString(), null, null, "app-" + i,
                    Permissions.secrets(SecretPermission.GET, SecretPermission.LIST)));
        }
        return VaultSpec.builder().vaultName("kv-bench").resourceGroupName("rg-bench").location("westeurope")
                .tenantId("8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d")
                .limits(new LimitsSpec("current", null, null, null))
                .networkRules(new NetworkRulesSpec(null, null, ips, subnets))
                .accessPolicies(access)
                .logging(new LoggingSpec("/subscriptions/" + SUBSCRIPTION + "/resourceGroups/rg/providers/"
                        + "Microsoft.OperationalInsights/workspaces/law", null, null, null, null, true, null, null))
                .build();
    }
}
