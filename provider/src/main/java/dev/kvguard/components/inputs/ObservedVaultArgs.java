package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code kvguard import --adopt} read of an existing vault. Every property is optional: an absent one was
 * not observed and is not compared. Names are those of the vault's own inputs.
 *
 * <p>Only instance fields: the Pulumi component analyzer turns every declared field into a schema property.
 */
public final class ObservedVaultArgs extends ResourceArgs {

    /** SKU as Azure reported it: {@code standard} or {@code premium}. */
    @Import(name = "sku")
    private Output<String> sku;

    /** Soft-delete retention in days as Azure reported it. */
    @Import(name = "softDeleteRetentionInDays")
    private Output<Integer> softDeleteRetentionInDays;

    /** Whether purge protection is on. */
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

    /** The firewall as Azure reported it (virtual-network rules by {@code subnetId}). */
    @Import(name = "networkRules")
    private Output<NetworkRulesArgs> networkRules;

    /** How many access policies the vault has (written by older imports; compared only without {@code accessPolicies}). */
    @Import(name = "accessPolicyCount")
    private Output<Integer> accessPolicyCount;

    /** Region as Azure reported it; a different {@code location} in the spec would replace the vault. */
    @Import(name = "location")
    private Output<String> location;

    /** Tenant (directory) id as Azure reported it. */
    @Import(name = "tenantId")
    private Output<String> tenantId;

    /** {@code Enabled} or {@code Disabled} as Azure reported it. */
    @Import(name = "publicNetworkAccess")
    private Output<String> publicNetworkAccess;

    /** The vault's tags as Azure reported them. */
    @Import(name = "tags")
    private Output<Map<String, String>> tags;

    /** The vault's access policies (object id and permissions of each); supersedes {@code accessPolicyCount}. */
    @Import(name = "accessPolicies")
    private Output<List<AccessPolicyArgs>> accessPolicies;

    private ObservedVaultArgs() {
    }

    /** SKU as Azure reported it: {@code standard} or {@code premium}. */
    public Optional<Output<String>> sku() {
        return Optional.ofNullable(sku);
    }

    /** Soft-delete retention in days as Azure reported it. */
    public Optional<Output<Integer>> softDeleteRetentionInDays() {
        return Optional.ofNullable(softDeleteRetentionInDays);
    }

    /** Whether purge protection is on. */
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

    /** The firewall as Azure reported it (virtual-network rules by {@code subnetId}). */
    public Optional<Output<NetworkRulesArgs>> networkRules() {
        return Optional.ofNullable(networkRules);
    }

    /** How many access policies the vault has. */
    public Optional<Output<Integer>> accessPolicyCount() {
        return Optional.ofNullable(accessPolicyCount);
    }

    /** Region as Azure reported it; a different {@code location} in the spec would replace the vault. */
    public Optional<Output<String>> location() {
        return Optional.ofNullable(location);
    }

    /** Tenant (directory) id as Azure reported it. */
    public Optional<Output<String>> tenantId() {
        return Optional.ofNullable(tenantId);
    }

    /** {@code Enabled} or {@code Disabled} as Azure reported it. */
    public Optional<Output<String>> publicNetworkAccess() {
        return Optional.ofNullable(publicNetworkAccess);
    }

    /** The vault's tags as Azure reported them. */
    public Optional<Output<Map<String, String>>> tags() {
        return Optional.ofNullable(tags);
    }

    /** The vault's access policies (object id and permissions of each); supersedes {@code accessPolicyCount}. */
    public Optional<Output<List<AccessPolicyArgs>>> accessPolicies() {
        return Optional.ofNullable(accessPolicies);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from every property of {@code defaults}. */
    public static Builder builder(ObservedVaultArgs defaults) {
        Builder b = new Builder();
        b.args.sku = defaults.sku;
        b.args.softDeleteRetentionInDays = defaults.softDeleteRetentionInDays;
        b.args.enablePurgeProtection = defaults.enablePurgeProtection;
        b.args.enableRbacAuthorization = defaults.enableRbacAuthorization;
        b.args.enabledForDeployment = defaults.enabledForDeployment;
        b.args.enabledForTemplateDeployment = defaults.enabledForTemplateDeployment;
        b.args.enabledForDiskEncryption = defaults.enabledForDiskEncryption;
        b.args.networkRules = defaults.networkRules;
        b.args.accessPolicyCount = defaults.accessPolicyCount;
        b.args.location = defaults.location;
        b.args.tenantId = defaults.tenantId;
        b.args.publicNetworkAccess = defaults.publicNetworkAccess;
        b.args.tags = defaults.tags;
        b.args.accessPolicies = defaults.accessPolicies;
        return b;
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads. */
    public static final class Builder {
        private final ObservedVaultArgs args = new ObservedVaultArgs();

        private Builder() {
        }

        /** SKU as Azure reported it: {@code standard} or {@code premium}. */
        public Builder sku(Output<String> sku) {
            args.sku = sku;
            return this;
        }

        public Builder sku(String sku) {
            return sku(Output.of(sku));
        }

        /** Soft-delete retention in days as Azure reported it. */
        public Builder softDeleteRetentionInDays(Output<Integer> softDeleteRetentionInDays) {
            args.softDeleteRetentionInDays = softDeleteRetentionInDays;
            return this;
        }

        public Builder softDeleteRetentionInDays(Integer softDeleteRetentionInDays) {
            return softDeleteRetentionInDays(Output.of(softDeleteRetentionInDays));
        }

        /** Whether purge protection is on. */
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

        /** The firewall as Azure reported it (virtual-network rules by {@code subnetId}). */
        public Builder networkRules(Output<NetworkRulesArgs> networkRules) {
            args.networkRules = networkRules;
            return this;
        }

        public Builder networkRules(NetworkRulesArgs networkRules) {
            return networkRules(Output.of(networkRules));
        }

        /** How many access policies the vault has. */
        public Builder accessPolicyCount(Output<Integer> accessPolicyCount) {
            args.accessPolicyCount = accessPolicyCount;
            return this;
        }

        public Builder accessPolicyCount(Integer accessPolicyCount) {
            return accessPolicyCount(Output.of(accessPolicyCount));
        }

        /** Region as Azure reported it; a different {@code location} in the spec would replace the vault. */
        public Builder location(Output<String> location) {
            args.location = location;
            return this;
        }

        public Builder location(String location) {
            return location(Output.of(location));
        }

        /** Tenant (directory) id as Azure reported it. */
        public Builder tenantId(Output<String> tenantId) {
            args.tenantId = tenantId;
            return this;
        }

        public Builder tenantId(String tenantId) {
            return tenantId(Output.of(tenantId));
        }

        /** {@code Enabled} or {@code Disabled} as Azure reported it. */
        public Builder publicNetworkAccess(Output<String> publicNetworkAccess) {
            args.publicNetworkAccess = publicNetworkAccess;
            return this;
        }

        public Builder publicNetworkAccess(String publicNetworkAccess) {
            return publicNetworkAccess(Output.of(publicNetworkAccess));
        }

        /** The vault's tags as Azure reported them. */
        public Builder tags(Output<Map<String, String>> tags) {
            args.tags = tags;
            return this;
        }

        public Builder tags(Map<String, String> tags) {
            return tags(Output.of(tags));
        }

        /** The vault's access policies (object id and permissions of each); supersedes {@code accessPolicyCount}. */
        public Builder accessPolicies(Output<List<AccessPolicyArgs>> accessPolicies) {
            args.accessPolicies = accessPolicies;
            return this;
        }

        public Builder accessPolicies(List<AccessPolicyArgs> accessPolicies) {
            return accessPolicies(Output.of(accessPolicies));
        }

        public ObservedVaultArgs build() {
            return args;
        }
    }
}
