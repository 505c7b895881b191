package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
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

    /** How many access policies the vault has. */
    @Import(name = "accessPolicyCount")
    private Output<Integer> accessPolicyCount;

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

    public static Builder builder() {
        return new Builder();
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

        public ObservedVaultArgs build() {
            return args;
        }
    }
}
