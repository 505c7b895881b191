package dev.kvguard.core.spec;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A vault that already exists in Azure and that the component adopts (Pulumi's {@code import} option)
 * instead of creating.
 *
 * @param resourceId full ARM id of the vault,
 *                   {@code /subscriptions/<guid>/resourceGroups/<rg>/providers/Microsoft.KeyVault/vaults/<name>}
 * @param observed   what {@code kvguard import --adopt} read of the vault, to warn about what adopting changes;
 *                   {@link Observed#NONE} when nothing was recorded
 */
public record ExistingVaultSpec(String resourceId, Observed observed) {

    public ExistingVaultSpec {
        observed = observed == null ? Observed.NONE : observed;
    }

    /**
     * The vault's settings as Azure reported them; null means "not recorded", never "off". Names are the
     * spec's own, so the block reads like the spec it is compared with.
     */
    public record Observed(Sku sku, Integer softDeleteRetentionInDays, Boolean enablePurgeProtection,
                           Boolean enableRbacAuthorization, Boolean enabledForDeployment,
                           Boolean enabledForTemplateDeployment, Boolean enabledForDiskEncryption,
                           DefaultAction defaultAction, Bypass bypass, List<String> ipRules,
                           List<String> virtualNetworkRules, Integer accessPolicyCount, String location,
                           String tenantId, PublicNetworkAccess publicNetworkAccess, Map<String, String> tags,
                           List<AccessPolicySpec> accessPolicies) {

        public static final Observed NONE = new Observed(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);

        /**
         * {@code accessPolicies} (object id and permissions of each) supersedes {@code accessPolicyCount}, which
         * older imports wrote and which is compared only when no policies were recorded.
         */
        public Observed {
            ipRules = ipRules == null ? null : SpecList.copyOf(ipRules);
            virtualNetworkRules = virtualNetworkRules == null ? null : SpecList.copyOf(virtualNetworkRules);
            tags = tags == null ? null : java.util.Collections.unmodifiableMap(new TreeMap<>(tags));
            accessPolicies = accessPolicies == null ? null : SpecList.copyOf(accessPolicies);
        }

        /** The observed value of an {@code enabledFor...} switch, or null. */
        public Boolean flag(VaultFlag flag) {
            return switch (flag) {
                case ENABLED_FOR_DEPLOYMENT -> enabledForDeployment;
                case ENABLED_FOR_TEMPLATE_DEPLOYMENT -> enabledForTemplateDeployment;
                case ENABLED_FOR_DISK_ENCRYPTION -> enabledForDiskEncryption;
            };
        }
    }
}
