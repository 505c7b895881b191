package dev.kvguard.pulumi;

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
import com.pulumi.core.Either;
import com.pulumi.core.Output;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.model.AccessPolicy;
import dev.kvguard.core.model.ExistingSubnet;
import dev.kvguard.core.model.ManagedSubnet;
import dev.kvguard.core.model.ResolvedVault;
import dev.kvguard.core.spec.Sku;
import dev.kvguard.core.spec.SpecEnum;
import dev.kvguard.core.spec.VaultFlag;
import java.util.List;
import java.util.Map;

/** The vault as Azure Native's {@code Vault}: its switches, firewall and inline access policies. */
final class VaultTranslator {

    private VaultTranslator() {
    }

    /**
     * Name, group and location that were known at construction go straight in; the rest comes from {@code full},
     * the validated inputs, so that a late validation failure fails the vault's registration and nothing invalid
     * reaches Azure. {@code managedSubnetIds} maps each managed subnet's key to the id of the subnet resource
     * kvguard updates, so that the rule names the subnet only after its endpoint is on.
     */
    static VaultArgs args(CheckedInputs<ResolvedVault> known, Output<ResolvedVault> full,
                          Output<Map<String, String>> managedSubnetIds) {
        return VaultArgs.builder()
                .vaultName(known.knownOr(InputPath.of(Inputs.SecureKeyVault.VAULT_NAME), ResolvedVault::vaultName, full))
                .resourceGroupName(known.knownOr(InputPath.of(Inputs.SecureKeyVault.RESOURCE_GROUP_NAME), ResolvedVault::resourceGroupName, full))
                .location(known.knownOr(InputPath.of(Inputs.SecureKeyVault.LOCATION), ResolvedVault::location, full))
                .tags(full.applyValue(ResolvedVault::tags))
                .properties(Output.tuple(full, managedSubnetIds).applyValue(t -> properties(t.t1, t.t2)))
                .build();
    }

    static VaultPropertiesArgs properties(ResolvedVault vault, Map<String, String> managedSubnetIds) {
        return VaultPropertiesArgs.builder()
                .tenantId(vault.tenantId())
                .sku(SkuArgs.builder().family(SkuFamily.A)
                        .name(vault.sku() == Sku.PREMIUM ? SkuName.Premium : SkuName.Standard).build())
                .enableSoftDelete(true)
                .softDeleteRetentionInDays(vault.softDeleteRetentionInDays())
                // Azure refuses an explicit false: purge protection can only be switched on, never off.
                .enablePurgeProtection(Output.ofNullable(vault.purgeProtection() ? Boolean.TRUE : null))
                .enableRbacAuthorization(vault.rbacAuthorization())
                .enabledForDeployment(vault.flag(VaultFlag.ENABLED_FOR_DEPLOYMENT))
                .enabledForTemplateDeployment(vault.flag(VaultFlag.ENABLED_FOR_TEMPLATE_DEPLOYMENT))
                .enabledForDiskEncryption(vault.flag(VaultFlag.ENABLED_FOR_DISK_ENCRYPTION))
                // Sent only when given, and Disabled only at stage enforce: nothing sent keeps Azure's value.
                .publicNetworkAccess(Output.ofNullable(vault.publicNetworkAccess().map(SpecEnum::specName).orElse(null)))
                .networkAcls(NetworkRuleSetArgs.builder()
                        .defaultAction(vault.defaultAction().specName())
                        .bypass(vault.bypass().specName())
                        .ipRules(vault.ipRules().stream().map(r -> IPRuleArgs.builder().value(r.azureValue()).build()).toList())
                        .virtualNetworkRules(vault.subnets().stream().map(s -> VirtualNetworkRuleArgs.builder()
                                .id(s instanceof ExistingSubnet e ? e.resourceId() : managedSubnetIds.get(((ManagedSubnet) s).key()))
                                // Azure's own endpoint check stays on for every rule.
                                .ignoreMissingVnetServiceEndpoint(false).build()).toList())
                        .build())
                .accessPolicies(vault.rbacAuthorization() ? List.of()
                        : vault.accessPolicies().stream().map(VaultTranslator::accessPolicy).toList())
                .build();
    }

    static AccessPolicyEntryArgs accessPolicy(AccessPolicy policy) {
        var permissions = policy.permissions();
        return AccessPolicyEntryArgs.builder()
                .objectId(policy.objectId())
                .tenantId(policy.tenantId())
                .applicationId(Output.ofNullable(policy.applicationId().orElse(null)))
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
}
