// Generated from dev.kvguard.core.spec.declaration.Inputs.ObservedVault by ArgsGenerator; do not edit.
// After changing the declaration: ./mvnw -B -q -pl provider test-compile exec:java@args compile exec:java@schema exec:java@docs
package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.kvguard.core.spec.PublicNetworkAccess;
import dev.kvguard.core.spec.Sku;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings of an existing vault as Azure reported them; an absent property was not observed and is not compared.
 *
 * <p>Generated from {@link dev.kvguard.core.spec.declaration.Inputs.ObservedVault}. Only instance fields: the Pulumi
 * component analyzer turns every declared field into a schema property, and reads no enums, so typed values are written
 * as their spec strings.
 */
public final class ObservedVaultArgs extends ResourceArgs {

    /** The firewall: default action, bypass, IPv4 rules and virtual-network rules (by {@code subnetId}). */
    @Import(name = "networkRules")
    private Output<NetworkRulesArgs> networkRules;

    /** {@code standard} or {@code premium}. */
    @Import(name = "sku")
    private Output<String> sku;

    /** Soft-delete retention in days (Azure does not let it change). */
    @Import(name = "softDeleteRetentionInDays")
    private Output<Integer> softDeleteRetentionInDays;

    /** Whether purge protection is on (Azure never turns it off again). */
    @Import(name = "enablePurgeProtection")
    private Output<Boolean> enablePurgeProtection;

    /** Whether Azure RBAC authorizes data-plane requests. */
    @Import(name = "enableRbacAuthorization")
    private Output<Boolean> enableRbacAuthorization;

    /** The {@code enabledForDeployment} switch. */
    @Import(name = "enabledForDeployment")
    private Output<Boolean> enabledForDeployment;

    /** The {@code enabledForTemplateDeployment} switch. */
    @Import(name = "enabledForTemplateDeployment")
    private Output<Boolean> enabledForTemplateDeployment;

    /** The {@code enabledForDiskEncryption} switch. */
    @Import(name = "enabledForDiskEncryption")
    private Output<Boolean> enabledForDiskEncryption;

    /**
     * How many access policies the vault has (written by older imports; compared only when {@code accessPolicies} is
     * absent).
     */
    @Import(name = "accessPolicyCount")
    private Output<Integer> accessPolicyCount;

    /** The vault's region; a different {@code location} would replace the vault, so adopting refuses it. */
    @Import(name = "location")
    private Output<String> location;

    /** The tenant (directory) id the vault trusts. */
    @Import(name = "tenantId")
    private Output<String> tenantId;

    /**
     * {@code Enabled} or {@code Disabled}; recorded even when {@code Enabled}, so that changing it either way is
     * reported.
     */
    @Import(name = "publicNetworkAccess")
    private Output<String> publicNetworkAccess;

    /** The vault's tags; tags the spec adds, removes or changes are reported. */
    @Import(name = "tags")
    private Output<Map<String, String>> tags;

    /**
     * Each access policy's object id and permissions; a principal the spec drops or whose permissions it changes is
     * reported.
     */
    @Import(name = "accessPolicies")
    private Output<List<AccessPolicyArgs>> accessPolicies;

    private ObservedVaultArgs() {
    }

    /** The firewall: default action, bypass, IPv4 rules and virtual-network rules (by {@code subnetId}). */
    public Optional<Output<NetworkRulesArgs>> networkRules() {
        return Optional.ofNullable(networkRules);
    }

    /** {@code standard} or {@code premium}. */
    public Optional<Output<String>> sku() {
        return Optional.ofNullable(sku);
    }

    /** Soft-delete retention in days (Azure does not let it change). */
    public Optional<Output<Integer>> softDeleteRetentionInDays() {
        return Optional.ofNullable(softDeleteRetentionInDays);
    }

    /** Whether purge protection is on (Azure never turns it off again). */
    public Optional<Output<Boolean>> enablePurgeProtection() {
        return Optional.ofNullable(enablePurgeProtection);
    }

    /** Whether Azure RBAC authorizes data-plane requests. */
    public Optional<Output<Boolean>> enableRbacAuthorization() {
        return Optional.ofNullable(enableRbacAuthorization);
    }

    /** The {@code enabledForDeployment} switch. */
    public Optional<Output<Boolean>> enabledForDeployment() {
        return Optional.ofNullable(enabledForDeployment);
    }

    /** The {@code enabledForTemplateDeployment} switch. */
    public Optional<Output<Boolean>> enabledForTemplateDeployment() {
        return Optional.ofNullable(enabledForTemplateDeployment);
    }

    /** The {@code enabledForDiskEncryption} switch. */
    public Optional<Output<Boolean>> enabledForDiskEncryption() {
        return Optional.ofNullable(enabledForDiskEncryption);
    }

    /**
     * How many access policies the vault has (written by older imports; compared only when {@code accessPolicies} is
     * absent).
     */
    public Optional<Output<Integer>> accessPolicyCount() {
        return Optional.ofNullable(accessPolicyCount);
    }

    /** The vault's region; a different {@code location} would replace the vault, so adopting refuses it. */
    public Optional<Output<String>> location() {
        return Optional.ofNullable(location);
    }

    /** The tenant (directory) id the vault trusts. */
    public Optional<Output<String>> tenantId() {
        return Optional.ofNullable(tenantId);
    }

    /**
     * {@code Enabled} or {@code Disabled}; recorded even when {@code Enabled}, so that changing it either way is
     * reported.
     */
    public Optional<Output<String>> publicNetworkAccess() {
        return Optional.ofNullable(publicNetworkAccess);
    }

    /** The vault's tags; tags the spec adds, removes or changes are reported. */
    public Optional<Output<Map<String, String>>> tags() {
        return Optional.ofNullable(tags);
    }

    /**
     * Each access policy's object id and permissions; a principal the spec drops or whose permissions it changes is
     * reported.
     */
    public Optional<Output<List<AccessPolicyArgs>>> accessPolicies() {
        return Optional.ofNullable(accessPolicies);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from every property of {@code defaults}. */
    public static Builder builder(ObservedVaultArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads, lists as {@code List} or varargs. */
    public static final class Builder {
        private final ObservedVaultArgs args = new ObservedVaultArgs();

        private Builder() {
        }

        private Builder(ObservedVaultArgs defaults) {
            args.networkRules = defaults.networkRules;
            args.sku = defaults.sku;
            args.softDeleteRetentionInDays = defaults.softDeleteRetentionInDays;
            args.enablePurgeProtection = defaults.enablePurgeProtection;
            args.enableRbacAuthorization = defaults.enableRbacAuthorization;
            args.enabledForDeployment = defaults.enabledForDeployment;
            args.enabledForTemplateDeployment = defaults.enabledForTemplateDeployment;
            args.enabledForDiskEncryption = defaults.enabledForDiskEncryption;
            args.accessPolicyCount = defaults.accessPolicyCount;
            args.location = defaults.location;
            args.tenantId = defaults.tenantId;
            args.publicNetworkAccess = defaults.publicNetworkAccess;
            args.tags = defaults.tags;
            args.accessPolicies = defaults.accessPolicies;
        }

        /** The firewall: default action, bypass, IPv4 rules and virtual-network rules (by {@code subnetId}). */
        public Builder networkRules(Output<NetworkRulesArgs> networkRules) {
            args.networkRules = networkRules;
            return this;
        }

        public Builder networkRules(NetworkRulesArgs networkRules) {
            return networkRules(Output.of(networkRules));
        }

        /** {@code standard} or {@code premium}. */
        public Builder sku(Output<String> sku) {
            args.sku = sku;
            return this;
        }

        public Builder sku(String sku) {
            return sku(Output.of(sku));
        }

        public Builder sku(Sku sku) {
            return sku(sku.specName());
        }

        /** Soft-delete retention in days (Azure does not let it change). */
        public Builder softDeleteRetentionInDays(Output<Integer> softDeleteRetentionInDays) {
            args.softDeleteRetentionInDays = softDeleteRetentionInDays;
            return this;
        }

        public Builder softDeleteRetentionInDays(Integer softDeleteRetentionInDays) {
            return softDeleteRetentionInDays(Output.of(softDeleteRetentionInDays));
        }

        /** Whether purge protection is on (Azure never turns it off again). */
        public Builder enablePurgeProtection(Output<Boolean> enablePurgeProtection) {
            args.enablePurgeProtection = enablePurgeProtection;
            return this;
        }

        public Builder enablePurgeProtection(Boolean enablePurgeProtection) {
            return enablePurgeProtection(Output.of(enablePurgeProtection));
        }

        /** Whether Azure RBAC authorizes data-plane requests. */
        public Builder enableRbacAuthorization(Output<Boolean> enableRbacAuthorization) {
            args.enableRbacAuthorization = enableRbacAuthorization;
            return this;
        }

        public Builder enableRbacAuthorization(Boolean enableRbacAuthorization) {
            return enableRbacAuthorization(Output.of(enableRbacAuthorization));
        }

        /** The {@code enabledForDeployment} switch. */
        public Builder enabledForDeployment(Output<Boolean> enabledForDeployment) {
            args.enabledForDeployment = enabledForDeployment;
            return this;
        }

        public Builder enabledForDeployment(Boolean enabledForDeployment) {
            return enabledForDeployment(Output.of(enabledForDeployment));
        }

        /** The {@code enabledForTemplateDeployment} switch. */
        public Builder enabledForTemplateDeployment(Output<Boolean> enabledForTemplateDeployment) {
            args.enabledForTemplateDeployment = enabledForTemplateDeployment;
            return this;
        }

        public Builder enabledForTemplateDeployment(Boolean enabledForTemplateDeployment) {
            return enabledForTemplateDeployment(Output.of(enabledForTemplateDeployment));
        }

        /** The {@code enabledForDiskEncryption} switch. */
        public Builder enabledForDiskEncryption(Output<Boolean> enabledForDiskEncryption) {
            args.enabledForDiskEncryption = enabledForDiskEncryption;
            return this;
        }

        public Builder enabledForDiskEncryption(Boolean enabledForDiskEncryption) {
            return enabledForDiskEncryption(Output.of(enabledForDiskEncryption));
        }

        /**
         * How many access policies the vault has (written by older imports; compared only when {@code accessPolicies}
         * is absent).
         */
        public Builder accessPolicyCount(Output<Integer> accessPolicyCount) {
            args.accessPolicyCount = accessPolicyCount;
            return this;
        }

        public Builder accessPolicyCount(Integer accessPolicyCount) {
            return accessPolicyCount(Output.of(accessPolicyCount));
        }

        /** The vault's region; a different {@code location} would replace the vault, so adopting refuses it. */
        public Builder location(Output<String> location) {
            args.location = location;
            return this;
        }

        public Builder location(String location) {
            return location(Output.of(location));
        }

        /** The tenant (directory) id the vault trusts. */
        public Builder tenantId(Output<String> tenantId) {
            args.tenantId = tenantId;
            return this;
        }

        public Builder tenantId(String tenantId) {
            return tenantId(Output.of(tenantId));
        }

        /**
         * {@code Enabled} or {@code Disabled}; recorded even when {@code Enabled}, so that changing it either way is
         * reported.
         */
        public Builder publicNetworkAccess(Output<String> publicNetworkAccess) {
            args.publicNetworkAccess = publicNetworkAccess;
            return this;
        }

        public Builder publicNetworkAccess(String publicNetworkAccess) {
            return publicNetworkAccess(Output.of(publicNetworkAccess));
        }

        public Builder publicNetworkAccess(PublicNetworkAccess publicNetworkAccess) {
            return publicNetworkAccess(publicNetworkAccess.specName());
        }

        /** The vault's tags; tags the spec adds, removes or changes are reported. */
        public Builder tags(Output<Map<String, String>> tags) {
            args.tags = tags;
            return this;
        }

        public Builder tags(Map<String, String> tags) {
            return tags(Output.of(tags));
        }

        /**
         * Each access policy's object id and permissions; a principal the spec drops or whose permissions it changes is
         * reported.
         */
        public Builder accessPolicies(Output<List<AccessPolicyArgs>> accessPolicies) {
            args.accessPolicies = accessPolicies;
            return this;
        }

        public Builder accessPolicies(List<AccessPolicyArgs> accessPolicies) {
            return accessPolicies(Output.of(accessPolicies));
        }

        public Builder accessPolicies(AccessPolicyArgs... accessPolicies) {
            return accessPolicies(List.of(accessPolicies));
        }

        public ObservedVaultArgs build() {
            return args;
        }
    }
}
