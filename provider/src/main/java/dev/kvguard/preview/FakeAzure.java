package dev.kvguard.preview;

import com.pulumi.test.Mocks;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for Azure under Pulumi's mock engine: it answers every resource with its inputs and an id
 * shaped like Azure's, fills in the computed values kvguard reads (the vault URI), and answers the
 * client-configuration call that programs use to learn their tenant. Inputs are kept for inspection.
 */
public final class FakeAzure implements Mocks {

    public static final String SUBSCRIPTION = "00000000-0000-0000-0000-00000000f00d";
    public static final String TENANT = "00000000-0000-0000-0000-0000000071e7";
    public static final String OBJECT_ID = "00000000-0000-0000-0000-0000000de910";

    private final Map<String, Map<String, Object>> inputs = new ConcurrentHashMap<>();

    /** Inputs by {@code type name}. */
    public Map<String, Map<String, Object>> inputs() {
        return inputs;
    }

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        inputs.put(args.type + " " + args.name, args.inputs);
        Map<String, Object> state = new HashMap<>(args.inputs);
        String id;
        switch (args.type) {
            case "azure-native:network:Subnet" -> id = arm(args.inputs.get("resourceGroupName"), "Microsoft.Network/virtualNetworks/"
                    + args.inputs.get("virtualNetworkName") + "/subnets/" + args.inputs.get("subnetName"));
            case "azure-native:keyvault:Vault" -> {
                id = arm(args.inputs.get("resourceGroupName"), "Microsoft.KeyVault/vaults/" + args.inputs.get("vaultName"));
                @SuppressWarnings("unchecked")
                Map<String, Object> properties = new HashMap<>((Map<String, Object>) args.inputs.getOrDefault("properties", Map.of()));
                properties.put("vaultUri", "https://" + args.inputs.get("vaultName") + ".vault.azure.net/");
                state.put("properties", properties);
            }
            case "azure-native:resources:ResourceGroup" -> {
                id = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/" + args.inputs.getOrDefault("resourceGroupName", args.name);
                state.putIfAbsent("name", args.inputs.getOrDefault("resourceGroupName", args.name));
            }
            default -> {
                // azure-native:operationalinsights:Workspace -> .../providers/azure-native.operationalinsights/Workspace/<name>
                String[] token = args.type.split(":");
                String provider = token.length == 3 ? token[0] + "." + token[1] + "/" + token[2] : args.type;
                id = arm(args.inputs.getOrDefault("resourceGroupName", "rg-fake"), provider + "/" + args.name);
            }
        }
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(id), state));
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        if ("azure-native:authorization:getClientConfig".equals(args.token)) {
            return CompletableFuture.completedFuture(Map.of("tenantId", TENANT, "objectId", OBJECT_ID,
                    "subscriptionId", SUBSCRIPTION, "clientId", OBJECT_ID));
        }
        return CompletableFuture.completedFuture(Map.of());
    }

    private static String arm(Object resourceGroup, String rest) {
        return "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/" + resourceGroup + "/providers/" + rest;
    }
}
