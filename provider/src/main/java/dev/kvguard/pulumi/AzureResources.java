package dev.kvguard.pulumi;

import com.pulumi.azurenative.insights.DiagnosticSettingArgs;
import com.pulumi.azurenative.insights.inputs.LogSettingsArgs;
import com.pulumi.azurenative.insights.inputs.MetricSettingsArgs;
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
import com.pulumi.azurenative.network.SubnetArgs;
import com.pulumi.azurenative.network.inputs.DelegationArgs;
import com.pulumi.azurenative.network.inputs.NetworkSecurityGroupArgs;
import com.pulumi.azurenative.network.inputs.RouteTableArgs;
import com.pulumi.azurenative.network.inputs.ServiceEndpointPropertiesFormatArgs;
import com.pulumi.core.Either;
import com.pulumi.core.Output;
import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.net.SubnetId;
import dev.kvguard.core.plan.Planner;
import dev.kvguard.core.privatelink.PublicAccess;
import dev.kvguard.core.spec.AccessPolicySpec;
import dev.kvguard.core.spec.LogCategory;
import dev.kvguard.core.spec.LoggingSpec;
import dev.kvguard.core.spec.ManagedSubnetSpec;
import dev.kvguard.core.spec.PublicNetworkAccess;
import dev.kvguard.core.spec.SpecEnum;
import dev.kvguard.core.spec.Sku;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.spec.VirtualNetworkRuleSpec;
import java.util.List;
import java.util.Map;

/**
 * Translates kvguard's spec into Azure Native resource arguments. Every value comes from the
 * validated spec, so what Azure receives is exactly what the plan shows.
 */
public final class AzureResources {

    private AzureResources() {
    }

    /** The subnet, with the Microsoft.KeyVault endpoint added and everything else it declares kept. */
    public static SubnetArgs subnet(Output<ManagedSubnetSpec> spec) {
        return SubnetArgs.builder()
                .resourceGroupName(spec.applyValue(ManagedSubnetSpec::resourceGroupName))
                .virtualNetworkName(spec.applyValue(ManagedSubnetSpec::virtualNetworkName))
                .subnetName(spec.applyValue(ManagedSubnetSpec::name))
                .addressPrefix(spec.applyValue(ManagedSubnetSpec::addressPrefix))
                .serviceEndpoints(spec.applyValue(s -> s.endpointsWithKeyVault().stream()
                        .map(e -> ServiceEndpointPropertiesFormatArgs.builder().service(e).build()).toList()))
                .networkSecurityGroup(spec.applyValue(s -> s.networkSecurityGroupId() == null ? null
                        : NetworkSecurityGroupArgs.builder().id(s.networkSecurityGroupId()).build()))
                .routeTable(spec.applyValue(s -> s.routeTableId() == null ? null
                        : RouteTableArgs.builder().id(s.routeTableId()).build()))
                .delegations(spec.applyValue(s -> s.delegations().stream()
                        .map(d -> DelegationArgs.builder().name(d.replace('/', '.')).serviceName(d).build()).toList()))
                .build();
    }

    /**
     * The vault. {@code managedSubnetIds} maps each managed subnet's identity to the id of the subnet
     * resource kvguard updates, so that the rule names the subnet only after its endpoint is on.
     */
    /**
     * The vault's arguments. Name, group and location that were known at construction go straight in; the
     * rest comes from {@code spec}, the validated inputs, so that a late validation failure fails the
     * vault's registration and nothing invalid reaches Azure.
     */
    public static VaultArgs vault(CheckedInputs<VaultSpec> known, Output<VaultSpec> spec,
                                  Output<Map<String, String>> managedSubnetIds) {
        return VaultArgs.builder()
                .vaultName(known.knownOr("vaultName", VaultSpec::vaultName, spec))
                .resourceGroupName(known.knownOr("resourceGroupName", VaultSpec::resourceGroupName, spec))
                .location(known.knownOr("location", VaultSpec::location, spec))
                .tags(spec.applyValue(VaultSpec::tags))
                .properties(Output.tuple(spec, managedSubnetIds).applyValue(t -> properties(t.t1, t.t2, known.profile())))
                .build();
    }

    /** {@code profile}, the one the inputs were validated against, decides the form of single addresses, as in the plan. */
    static VaultPropertiesArgs properties(VaultSpec spec, Map<String, String> managedSubnetIds, LimitsProfile profile) {
        return VaultPropertiesArgs.builder()
                .tenantId(spec.tenantId())
                .sku(SkuArgs.builder().family(SkuFamily.A)
                        .name(spec.sku() == Sku.PREMIUM ? SkuName.Premium : SkuName.Standard).build())
                .enableSoftDelete(true)
                .softDeleteRetentionInDays(spec.softDeleteRetentionInDays())
                // Azure refuses an explicit false: purge protection can only be switched on, never off.
                .enablePurgeProtection(Output.ofNullable(spec.enablePurgeProtection() ? Boolean.TRUE : null))
                .enableRbacAuthorization(spec.enableRbacAuthorization())
                .enabledForDeployment(spec.enabledForDeployment())
                .enabledForTemplateDeployment(spec.enabledForTemplateDeployment())
                .enabledForDiskEncryption(spec.enabledForDiskEncryption())
                // Sent only when given, and Disabled only at stage enforce (PublicAccess): nothing sent keeps Azure's value.
                .publicNetworkAccess(Output.ofNullable(java.util.Optional.ofNullable(PublicAccess.sent(spec))
                        .map(PublicNetworkAccess::specName).orElse(null)))
                .networkAcls(NetworkRuleSetArgs.builder()
                        .defaultAction(spec.effectiveDefaultAction().specName())
                        .bypass(spec.effectiveBypass().specName())
                        .ipRules(Planner.firewallIpRules(spec, profile).stream().map(r -> IPRuleArgs.builder().value(r).build()).toList())
                        .virtualNetworkRules(virtualNetworkRules(spec, managedSubnetIds))
                        .build())
                .accessPolicies(spec.enableRbacAuthorization() ? List.of()
                        : spec.accessPolicies().stream().map(p -> accessPolicy(spec, p)).toList())
                .build();
    }

    /** One rule per distinct subnet, in spec order. Azure's own endpoint check stays on for every rule. */
    static List<VirtualNetworkRuleArgs> virtualNetworkRules(VaultSpec spec, Map<String, String> managedSubnetIds) {
        java.util.LinkedHashMap<String, String> ids = new java.util.LinkedHashMap<>();
        for (VirtualNetworkRuleSpec rule : spec.networkRules().virtualNetworkRules()) {
            if (rule.isManaged()) {
                ManagedSubnetSpec s = rule.subnet();
                String key = SubnetId.SubnetKey.of(s.resourceGroupName(), s.virtualNetworkName(), s.name());
                ids.putIfAbsent(key, managedSubnetIds.get(key));
            } else {
                ids.putIfAbsent(SubnetId.parse(rule.subnetId()).map(SubnetId::key).orElse(rule.subnetId()), rule.subnetId());
            }
        }
        return ids.values().stream().map(id -> VirtualNetworkRuleArgs.builder().id(id)
                .ignoreMissingVnetServiceEndpoint(false).build()).toList();
    }

    static AccessPolicyEntryArgs accessPolicy(VaultSpec spec, AccessPolicySpec policy) {
        var permissions = policy.permissions();
        return AccessPolicyEntryArgs.builder()
                .objectId(policy.objectId())
                .tenantId(policy.tenantId() != null ? policy.tenantId() : spec.tenantId())
                .applicationId(Output.ofNullable(policy.applicationId()))
                .permissions(PermissionsArgs.builder()
                        .keys(either(permissions.keys()))
                        .secrets(either(permissions.secrets()))
                        .certificates(either(permissions.certificates()))
                        .storage(either(permissions.storage()))
                        .build())
                .build();
    }

    private static <E> List<Either<String, E>> either(List<? extends SpecEnum> permissions) {
        return permissions.stream().map(p -> Either.<String, E>ofLeft(p.specName())).toList();
    }

    /** The diagnostic setting: the chosen categories and, unless switched off, AllMetrics. */
    public static DiagnosticSettingArgs diagnosticSetting(Output<VaultSpec> spec, Output<String> vaultId) {
        Output<LoggingSpec> logging = spec.applyValue(VaultSpec::logging);
        return DiagnosticSettingArgs.builder()
                .name(logging.applyValue(LoggingSpec::diagnosticSettingName))
                .resourceUri(vaultId)
                .workspaceId(logging.applyValue(LoggingSpec::logAnalyticsWorkspaceId))
                .storageAccountId(logging.applyValue(LoggingSpec::storageAccountId))
                .eventHubAuthorizationRuleId(logging.applyValue(LoggingSpec::eventHubAuthorizationRuleId))
                .eventHubName(logging.applyValue(LoggingSpec::eventHubName))
                .logs(logging.applyValue(l -> l.categories().stream().map(LogCategory::specName)
                        .map(c -> LogSettingsArgs.builder().category(c).enabled(true).build()).toList()))
                .metrics(logging.applyValue(l -> l.metrics()
                        ? List.of(MetricSettingsArgs.builder().category("AllMetrics").enabled(true).build()) : List.of()))
                .build();
    }

    /** A role definition id as Azure wants it: a bare GUID becomes the subscription-scoped id. */
    public static String roleDefinitionId(String role, String vaultId) {
        if (role.startsWith("/")) {
            return role;
        }
        String subscription = subscriptionOf(vaultId);
        return "/subscriptions/" + subscription + "/providers/Microsoft.Authorization/roleDefinitions/" + role;
    }

    /** {@code /subscriptions/<id>/...} to {@code <id>}. */
    static String subscriptionOf(String resourceId) {
        String[] parts = resourceId.split("/");
        return parts.length > 2 ? parts[2] : "";
    }
}
