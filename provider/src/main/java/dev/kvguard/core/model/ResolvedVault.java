package dev.kvguard.core.model;

import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.spec.Bypass;
import dev.kvguard.core.spec.DefaultAction;
import dev.kvguard.core.spec.PublicNetworkAccess;
import dev.kvguard.core.spec.Sku;
import dev.kvguard.core.spec.Stage;
import dev.kvguard.core.spec.VaultFlag;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A vault as validation resolved it: every value as Azure will get it, with the limits profile applied. Lists
 * hold the usable, distinct entries in the order of the spec; entries that cannot be used have error findings.
 *
 * @param flags               the {@code enabledFor...} switches that are on
 * @param defaultAction       the default action Azure gets ({@code Allow} at stage observe, whatever was asked)
 * @param bypass              the bypass Azure gets (the user's, else {@code AzureServices} exactly when services are listed)
 * @param publicNetworkAccess the value sent, if any (a disabled one is held back at stage observe)
 * @param publicAccessHeldBack whether the spec disables public access but its stage holds that back
 * @param loggingWaiver       why the vault has no audit log, when logging is waived
 * @param importId            the existing vault's resource id, when the vault is adopted rather than created
 */
public record ResolvedVault(String vaultName, String resourceGroupName, String location, String tenantId, Sku sku,
                            int softDeleteRetentionInDays, boolean purgeProtection, boolean rbacAuthorization,
                            Set<VaultFlag> flags, boolean protect, Stage stage, LimitsProfile profile,
                            DefaultAction defaultAction, Bypass bypass, Optional<PublicNetworkAccess> publicNetworkAccess,
                            boolean publicAccessHeldBack, List<FirewallIpRule> ipRules, List<SubnetRef> subnets,
                            List<AccessPolicy> accessPolicies, List<TrustedAdmission> trustedServices,
                            Optional<DiagnosticSetting> diagnosticSetting, Optional<String> loggingWaiver,
                            List<PrivateEndpoint> privateEndpoints, Optional<String> importId, Map<String, String> tags) {

    public ResolvedVault {
        flags = Set.copyOf(flags);
        ipRules = List.copyOf(ipRules);
        subnets = List.copyOf(subnets);
        accessPolicies = List.copyOf(accessPolicies);
        trustedServices = List.copyOf(trustedServices);
        privateEndpoints = List.copyOf(privateEndpoints);
        tags = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(tags));
    }

    public boolean flag(VaultFlag flag) {
        return flags.contains(flag);
    }

    public boolean isAdopted() {
        return importId.isPresent();
    }

    /** Whether this deployment leaves the vault with public network access disabled. */
    public boolean publicAccessDisabled() {
        return publicNetworkAccess.filter(p -> p == PublicNetworkAccess.DISABLED).isPresent();
    }

    /** The managed subnet with this key; the plan names only subnets of this vault. */
    public ManagedSubnet managedSubnet(String key) {
        return subnets.stream().filter(s -> s instanceof ManagedSubnet && s.key().equals(key)).map(ManagedSubnet.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("no managed subnet " + key));
    }

    /** The trusted service admitted by this entry's service; the plan names only services of this vault. */
    public TrustedAdmission trusted(dev.kvguard.core.spec.TrustedService service) {
        return trustedServices.stream().filter(t -> t.service() == service).findFirst()
                .orElseThrow(() -> new IllegalStateException("no trusted service " + service.specName()));
    }

    /** The role that admits this trusted service under RBAC authorization. */
    public TrustedAdmission.Role role(dev.kvguard.core.spec.TrustedService service) {
        if (trusted(service).means() instanceof TrustedAdmission.Role role) {
            return role;
        }
        throw new IllegalStateException(service.specName() + " is not admitted by a role");
    }

    /** The private endpoint with this name (case-insensitive, as Azure's names are). */
    public PrivateEndpoint privateEndpoint(String name) {
        return privateEndpoints.stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no private endpoint " + name));
    }
}
