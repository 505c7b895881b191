package dev.kvguard.benchmarks;

import com.pulumi.Context;
import com.pulumi.azurenative.authorization.AuthorizationFunctions;
import com.pulumi.azurenative.authorization.outputs.GetClientConfigResult;
import com.pulumi.azurenative.insights.DiagnosticSetting;
import com.pulumi.azurenative.insights.DiagnosticSettingArgs;
import com.pulumi.azurenative.insights.inputs.LogSettingsArgs;
import com.pulumi.azurenative.insights.inputs.MetricSettingsArgs;
import com.pulumi.azurenative.keyvault.Vault;
import com.pulumi.azurenative.keyvault.VaultArgs;
import com.pulumi.azurenative.keyvault.enums.SkuFamily;
import com.pulumi.azurenative.keyvault.enums.SkuName;
import com.pulumi.azurenative.keyvault.inputs.AccessPolicyEntryArgs;
import com.pulumi.azurenative.keyvault.inputs.IPRuleArgs;
import com.pulumi.azurenative.keyvault.inputs.NetworkRuleSetArgs;
import com.pulumi.azurenative.keyvault.inputs.PermissionsArgs;
import com.pulumi.azurenative.keyvault.inputs.SkuArgs;
import com.pulumi.azurenative.keyvault.inputs.VaultPropertiesArgs;
import com.pulumi.azurenative.keyvault.inputs.VirtualNetworkRuleArgs;
import com.pulumi.azurenative.network.Subnet;
import com.pulumi.azurenative.network.SubnetArgs;
import com.pulumi.azurenative.network.VirtualNetwork;
import com.pulumi.azurenative.network.VirtualNetworkArgs;
import com.pulumi.azurenative.network.inputs.AddressSpaceArgs;
import com.pulumi.azurenative.network.inputs.DelegationArgs;
import com.pulumi.azurenative.network.inputs.ServiceEndpointPropertiesFormatArgs;
import com.pulumi.azurenative.operationalinsights.Workspace;
import com.pulumi.azurenative.operationalinsights.WorkspaceArgs;
import com.pulumi.azurenative.operationalinsights.inputs.WorkspaceSkuArgs;
import com.pulumi.azurenative.resources.ResourceGroup;
import com.pulumi.azurenative.resources.ResourceGroupArgs;
import com.pulumi.core.Either;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * The flagship's Azure resources written by hand with Azure Native, as a careful user would without
 * kvguard (same resources, same inputs, same ordering, no validation, no component): the baseline the
 * offline-preview benchmark compares kvguard against.
 */
final class HandWrittenFlagship {

    private HandWrittenFlagship() {
    }

    static void stack(Context ctx) {
        var client = AuthorizationFunctions.getClientConfig();
        var platform = new ResourceGroup("platform", ResourceGroupArgs.builder().resourceGroupName("rg-platform-prod").location("westeurope").build());
        var networking = new ResourceGroup("network", ResourceGroupArgs.builder().resourceGroupName("rg-network-prod").location("westeurope").build());
        var hub = network("hub", "vnet-hub", "10.0.0.0/16", networking);
        var spoke = network("spoke", "vnet-spoke-apps", "10.1.0.0/16", networking);
        var logs = new Workspace("platform", WorkspaceArgs.builder().resourceGroupName(platform.name()).workspaceName("law-platform")
                .location("westeurope").sku(WorkspaceSkuArgs.builder().name("PerGB2018").build()).retentionInDays(90).build());

        Subnet build = subnet("platform-vnet-hub-snet-build", "vnet-hub", "snet-build", "10.0.1.0/24", List.of(), List.of(), hub, null);
        Subnet aks = subnet("platform-vnet-spoke-apps-snet-aks", "vnet-spoke-apps", "snet-aks", "10.1.0.0/22",
                List.of("Microsoft.Storage", "Microsoft.Sql"), List.of(), spoke, null);
        Subnet tools = subnet("platform-vnet-hub-snet-bastion-tools", "vnet-hub", "snet-bastion-tools", "10.0.2.0/24", List.of(), List.of(), hub, build);
        Subnet functions = subnet("platform-vnet-spoke-apps-snet-functions", "vnet-spoke-apps", "snet-functions", "10.1.4.0/24", List.of(),
                List.of("Microsoft.Web/serverFarms"), spoke, aks);
        List<Subnet> subnets = List.of(build, aks, tools, functions);

        var vault = new Vault("platform-vault", VaultArgs.builder()
                .vaultName("kv-platform-prod").resourceGroupName(platform.name()).location("westeurope")
                .properties(Output.tuple(client, Output.all(subnets.stream().map(Subnet::id).toList())).applyValue(t -> VaultPropertiesArgs.builder()
                        .tenantId(t.t1.tenantId())
                        .sku(SkuArgs.builder().family(SkuFamily.A).name(SkuName.Premium).build())
                        .enableSoftDelete(true).softDeleteRetentionInDays(90).enablePurgeProtection(true)
                        .networkAcls(NetworkRuleSetArgs.builder().defaultAction("Deny").bypass("None")
                                .ipRules(List.of("52.168.0.7", "40.74.28.0/24", "20.50.0.0/27").stream()
                                        .map(v -> IPRuleArgs.builder().value(v).build()).toList())
                                .virtualNetworkRules(t.t2.stream().map(id -> VirtualNetworkRuleArgs.builder().id(id)
                                        .ignoreMissingVnetServiceEndpoint(false).build()).toList())
                                .build())
                        .accessPolicies(AccessPolicyEntryArgs.builder().objectId(t.t1.objectId()).tenantId(t.t1.tenantId())
                                .permissions(PermissionsArgs.builder().secrets(Either.ofLeft("get"), Either.ofLeft("list"))
                                        .certificates(Either.ofLeft("get")).build()).build())
                        .build()))
                .build(), CustomResourceOptions.builder().protect(true).dependsOn(new ArrayList<Resource>(subnets)).build());

        new DiagnosticSetting("platform-audit", DiagnosticSettingArgs.builder().name("kvguard-audit").resourceUri(vault.id())
                .workspaceId(logs.id())
                .logs(LogSettingsArgs.builder().category("AuditEvent").enabled(true).build(),
                        LogSettingsArgs.builder().category("AzurePolicyEvaluationDetails").enabled(true).build())
                .metrics(MetricSettingsArgs.builder().category("AllMetrics").enabled(true).build())
                .build(), CustomResourceOptions.builder().dependsOn(vault).build());
        ctx.export("vaultUri", vault.properties().applyValue(p -> p.vaultUri().orElse("")));
        ctx.export("ready", client.applyValue(GetClientConfigResult::tenantId));
    }

    private static VirtualNetwork network(String name, String vnet, String space, ResourceGroup group) {
        return new VirtualNetwork(name, VirtualNetworkArgs.builder().resourceGroupName(group.name()).virtualNetworkName(vnet)
                .location("westeurope").addressSpace(AddressSpaceArgs.builder().addressPrefixes(space).build()).build());
    }

    private static Subnet subnet(String name, String vnet, String subnet, String prefix, List<String> endpoints, List<String> delegations,
                                 VirtualNetwork network, Subnet previous) {
        List<String> all = new ArrayList<>(endpoints);
        all.add("Microsoft.KeyVault");
        List<Resource> before = new ArrayList<>();
        before.add(network);
        if (previous != null) {
            before.add(previous);
        }
        return new Subnet(name, SubnetArgs.builder().resourceGroupName("rg-network-prod").virtualNetworkName(vnet).subnetName(subnet)
                .addressPrefix(prefix)
                .serviceEndpoints(all.stream().map(e -> ServiceEndpointPropertiesFormatArgs.builder().service(e).build()).toList())
                .delegations(delegations.stream().map(d -> DelegationArgs.builder().name(d.replace('/', '.')).serviceName(d).build()).toList())
                .build(), CustomResourceOptions.builder().dependsOn(before).build());
    }
}
