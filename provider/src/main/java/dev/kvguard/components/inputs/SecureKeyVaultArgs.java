// Generated from dev.kvguard.core.spec.declaration.Inputs.SecureKeyVault by ArgsGenerator; do not edit.
// After changing the declaration: ./mvnw -B -q -pl provider test-compile exec:java@args compile exec:java@schema exec:java@docs
package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.kvguard.core.spec.PublicNetworkAccess;
import dev.kvguard.core.spec.Sku;
import dev.kvguard.core.spec.Stage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Inputs of {@link dev.kvguard.components.SecureKeyVault}. An Azure Key Vault locked down to chosen networks. Every
 * input is validated before anything is registered: an error fails the preview with every finding (rule id, path,
 * value, fix), warnings are logged against the component. Children are created in the plan's order: managed subnets'
 * service endpoints, the vault with its firewall, its diagnostic setting and private endpoints (then their DNS zone
 * groups), then role assignments.
 *
 * <p>Generated from {@link dev.kvguard.core.spec.declaration.Inputs.SecureKeyVault}. Only instance fields: the Pulumi
 * component analyzer turns every declared field into a schema property, and reads no enums, so typed values are written
 * as their spec strings.
 */
public final class SecureKeyVaultArgs extends ResourceArgs {

    /**
     * Globally unique vault name: 3 to 24 letters, digits and hyphens, starting with a letter, ending with a letter or
     * digit, without {@code --}.
     */
    @Import(name = "vaultName", required = true)
    private Output<String> vaultName;

    /** Resource group the vault is created in. */
    @Import(name = "resourceGroupName", required = true)
    private Output<String> resourceGroupName;

    /** Azure region of the vault, e.g. {@code westeurope}. */
    @Import(name = "location", required = true)
    private Output<String> location;

    /** Microsoft Entra tenant id (a GUID) that authenticates requests to the vault. */
    @Import(name = "tenantId", required = true)
    private Output<String> tenantId;

    /** {@code standard} (default) or {@code premium}. */
    @Import(name = "sku")
    private Output<String> sku;

    /** How many days deleted keys, secrets and certificates are kept: 7 to 90, default 90. */
    @Import(name = "softDeleteRetentionInDays")
    private Output<Integer> softDeleteRetentionInDays;

    /** Purge protection; default {@code true} (Azure never lets it be switched off again). */
    @Import(name = "enablePurgeProtection")
    private Output<Boolean> enablePurgeProtection;

    /**
     * Authorize data-plane access with Azure RBAC instead of access policies; default {@code false}. Must be a plain
     * value: it decides which resources exist.
     */
    @Import(name = "enableRbacAuthorization")
    private Output<Boolean> enableRbacAuthorization;

    /** Lets virtual machines read certificates stored as secrets; default {@code false}. */
    @Import(name = "enabledForDeployment")
    private Output<Boolean> enabledForDeployment;

    /** Lets ARM template deployments read secrets; default {@code false}. */
    @Import(name = "enabledForTemplateDeployment")
    private Output<Boolean> enabledForTemplateDeployment;

    /** Lets Azure Disk Encryption read secrets and unwrap keys; default {@code false}. */
    @Import(name = "enabledForDiskEncryption")
    private Output<Boolean> enabledForDiskEncryption;

    /** Protect the vault resource against deletion by Pulumi; default {@code true}. */
    @Import(name = "protect")
    private Output<Boolean> protect;

    /**
     * {@code enforce} (default) closes the firewall; {@code observe} puts rules and logging live but keeps the default
     * action {@code Allow}, for tightening a vault already in use.
     */
    @Import(name = "stage")
    private Output<String> stage;

    /** Limits profile ({@code reference-2019} by default, or {@code current}) and single overrides. */
    @Import(name = "limits")
    private Output<LimitsArgs> limits;

    /** The vault's firewall: default action, bypass, public IPv4 rules and virtual-network rules. */
    @Import(name = "networkRules")
    private Output<NetworkRulesArgs> networkRules;

    /**
     * Access policies, declared inline in the vault and owned by this component; do not also manage them as separate
     * resources.
     */
    @Import(name = "accessPolicies")
    private Output<List<AccessPolicyArgs>> accessPolicies;

    /**
     * Where the vault's diagnostic setting sends its audit logs; required on a firewalled vault unless {@code waiver}
     * gives a reason.
     */
    @Import(name = "logging")
    private Output<LoggingArgs> logging;

    /** Trusted Microsoft services the vault admits through the firewall bypass. */
    @Import(name = "trustedServices")
    private Output<List<TrustedServiceArgs>> trustedServices;

    /** Tags set on the vault. */
    @Import(name = "tags")
    private Output<Map<String, String>> tags;

    /**
     * {@code Enabled} or {@code Disabled}. Disabled leaves private endpoints and trusted services as the only ways to
     * the data plane, and IP and virtual-network rules are then not applied. Disabled is sent from {@code stage:
     * enforce} on: under {@code stage: observe}, as when omitted, nothing is sent and Azure keeps the current setting.
     */
    @Import(name = "publicNetworkAccess")
    private Output<String> publicNetworkAccess;

    /**
     * Private endpoints to the vault's {@code vault} sub-resource, each registered in a private DNS zone. They are
     * created after the vault, and their zone groups after them. The list and each endpoint's {@code name} and {@code
     * privateDnsZoneIds} must be plain values: they decide which resources exist.
     */
    @Import(name = "privateEndpoints")
    private Output<List<PrivateEndpointArgs>> privateEndpoints;

    /**
     * Why public network access is disabled although this component creates no private endpoint, e.g. because another
     * team creates it. With a reason the finding is a warning instead of an error.
     */
    @Import(name = "privateEndpointsWaiver")
    private Output<String> privateEndpointsWaiver;

    /**
     * A vault that already exists: the component adopts it with Pulumi's {@code import} resource option instead of
     * creating it, and warns about every property the adopting deployment changes. {@code resourceId} must be a plain
     * value.
     */
    @Import(name = "existing")
    private Output<ExistingVaultArgs> existing;

    private SecureKeyVaultArgs() {
    }

    /**
     * Globally unique vault name: 3 to 24 letters, digits and hyphens, starting with a letter, ending with a letter or
     * digit, without {@code --}.
     */
    public Output<String> vaultName() {
        return vaultName;
    }

    /** Resource group the vault is created in. */
    public Output<String> resourceGroupName() {
        return resourceGroupName;
    }

    /** Azure region of the vault, e.g. {@code westeurope}. */
    public Output<String> location() {
        return location;
    }

    /** Microsoft Entra tenant id (a GUID) that authenticates requests to the vault. */
    public Output<String> tenantId() {
        return tenantId;
    }

    /** {@code standard} (default) or {@code premium}. */
    public Optional<Output<String>> sku() {
        return Optional.ofNullable(sku);
    }

    /** How many days deleted keys, secrets and certificates are kept: 7 to 90, default 90. */
    public Optional<Output<Integer>> softDeleteRetentionInDays() {
        return Optional.ofNullable(softDeleteRetentionInDays);
    }

    /** Purge protection; default {@code true} (Azure never lets it be switched off again). */
    public Optional<Output<Boolean>> enablePurgeProtection() {
        return Optional.ofNullable(enablePurgeProtection);
    }

    /**
     * Authorize data-plane access with Azure RBAC instead of access policies; default {@code false}. Must be a plain
     * value: it decides which resources exist.
     */
    public Optional<Output<Boolean>> enableRbacAuthorization() {
        return Optional.ofNullable(enableRbacAuthorization);
    }

    /** Lets virtual machines read certificates stored as secrets; default {@code false}. */
    public Optional<Output<Boolean>> enabledForDeployment() {
        return Optional.ofNullable(enabledForDeployment);
    }

    /** Lets ARM template deployments read secrets; default {@code false}. */
    public Optional<Output<Boolean>> enabledForTemplateDeployment() {
        return Optional.ofNullable(enabledForTemplateDeployment);
    }

    /** Lets Azure Disk Encryption read secrets and unwrap keys; default {@code false}. */
    public Optional<Output<Boolean>> enabledForDiskEncryption() {
        return Optional.ofNullable(enabledForDiskEncryption);
    }

    /** Protect the vault resource against deletion by Pulumi; default {@code true}. */
    public Optional<Output<Boolean>> protect() {
        return Optional.ofNullable(protect);
    }

    /**
     * {@code enforce} (default) closes the firewall; {@code observe} puts rules and logging live but keeps the default
     * action {@code Allow}, for tightening a vault already in use.
     */
    public Optional<Output<String>> stage() {
        return Optional.ofNullable(stage);
    }

    /** Limits profile ({@code reference-2019} by default, or {@code current}) and single overrides. */
    public Optional<Output<LimitsArgs>> limits() {
        return Optional.ofNullable(limits);
    }

    /** The vault's firewall: default action, bypass, public IPv4 rules and virtual-network rules. */
    public Optional<Output<NetworkRulesArgs>> networkRules() {
        return Optional.ofNullable(networkRules);
    }

    /**
     * Access policies, declared inline in the vault and owned by this component; do not also manage them as separate
     * resources.
     */
    public Optional<Output<List<AccessPolicyArgs>>> accessPolicies() {
        return Optional.ofNullable(accessPolicies);
    }

    /**
     * Where the vault's diagnostic setting sends its audit logs; required on a firewalled vault unless {@code waiver}
     * gives a reason.
     */
    public Optional<Output<LoggingArgs>> logging() {
        return Optional.ofNullable(logging);
    }

    /** Trusted Microsoft services the vault admits through the firewall bypass. */
    public Optional<Output<List<TrustedServiceArgs>>> trustedServices() {
        return Optional.ofNullable(trustedServices);
    }

    /** Tags set on the vault. */
    public Optional<Output<Map<String, String>>> tags() {
        return Optional.ofNullable(tags);
    }

    /**
     * {@code Enabled} or {@code Disabled}. Disabled leaves private endpoints and trusted services as the only ways to
     * the data plane, and IP and virtual-network rules are then not applied. Disabled is sent from {@code stage:
     * enforce} on: under {@code stage: observe}, as when omitted, nothing is sent and Azure keeps the current setting.
     */
    public Optional<Output<String>> publicNetworkAccess() {
        return Optional.ofNullable(publicNetworkAccess);
    }

    /**
     * Private endpoints to the vault's {@code vault} sub-resource, each registered in a private DNS zone. They are
     * created after the vault, and their zone groups after them. The list and each endpoint's {@code name} and {@code
     * privateDnsZoneIds} must be plain values: they decide which resources exist.
     */
    public Optional<Output<List<PrivateEndpointArgs>>> privateEndpoints() {
        return Optional.ofNullable(privateEndpoints);
    }

    /**
     * Why public network access is disabled although this component creates no private endpoint, e.g. because another
     * team creates it. With a reason the finding is a warning instead of an error.
     */
    public Optional<Output<String>> privateEndpointsWaiver() {
        return Optional.ofNullable(privateEndpointsWaiver);
    }

    /**
     * A vault that already exists: the component adopts it with Pulumi's {@code import} resource option instead of
     * creating it, and warns about every property the adopting deployment changes. {@code resourceId} must be a plain
     * value.
     */
    public Optional<Output<ExistingVaultArgs>> existing() {
        return Optional.ofNullable(existing);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from every property of {@code defaults}. */
    public static Builder builder(SecureKeyVaultArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads, lists as {@code List} or varargs. */
    public static final class Builder {
        private final SecureKeyVaultArgs args = new SecureKeyVaultArgs();

        private Builder() {
        }

        private Builder(SecureKeyVaultArgs defaults) {
            args.vaultName = defaults.vaultName;
            args.resourceGroupName = defaults.resourceGroupName;
            args.location = defaults.location;
            args.tenantId = defaults.tenantId;
            args.sku = defaults.sku;
            args.softDeleteRetentionInDays = defaults.softDeleteRetentionInDays;
            args.enablePurgeProtection = defaults.enablePurgeProtection;
            args.enableRbacAuthorization = defaults.enableRbacAuthorization;
            args.enabledForDeployment = defaults.enabledForDeployment;
            args.enabledForTemplateDeployment = defaults.enabledForTemplateDeployment;
            args.enabledForDiskEncryption = defaults.enabledForDiskEncryption;
            args.protect = defaults.protect;
            args.stage = defaults.stage;
            args.limits = defaults.limits;
            args.networkRules = defaults.networkRules;
            args.accessPolicies = defaults.accessPolicies;
            args.logging = defaults.logging;
            args.trustedServices = defaults.trustedServices;
            args.tags = defaults.tags;
            args.publicNetworkAccess = defaults.publicNetworkAccess;
            args.privateEndpoints = defaults.privateEndpoints;
            args.privateEndpointsWaiver = defaults.privateEndpointsWaiver;
            args.existing = defaults.existing;
        }

        /**
         * Globally unique vault name: 3 to 24 letters, digits and hyphens, starting with a letter, ending with a letter
         * or digit, without {@code --}.
         */
        public Builder vaultName(Output<String> vaultName) {
            args.vaultName = vaultName;
            return this;
        }

        public Builder vaultName(String vaultName) {
            return vaultName(Output.of(vaultName));
        }

        /** Resource group the vault is created in. */
        public Builder resourceGroupName(Output<String> resourceGroupName) {
            args.resourceGroupName = resourceGroupName;
            return this;
        }

        public Builder resourceGroupName(String resourceGroupName) {
            return resourceGroupName(Output.of(resourceGroupName));
        }

        /** Azure region of the vault, e.g. {@code westeurope}. */
        public Builder location(Output<String> location) {
            args.location = location;
            return this;
        }

        public Builder location(String location) {
            return location(Output.of(location));
        }

        /** Microsoft Entra tenant id (a GUID) that authenticates requests to the vault. */
        public Builder tenantId(Output<String> tenantId) {
            args.tenantId = tenantId;
            return this;
        }

        public Builder tenantId(String tenantId) {
            return tenantId(Output.of(tenantId));
        }

        /** {@code standard} (default) or {@code premium}. */
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

        /** How many days deleted keys, secrets and certificates are kept: 7 to 90, default 90. */
        public Builder softDeleteRetentionInDays(Output<Integer> softDeleteRetentionInDays) {
            args.softDeleteRetentionInDays = softDeleteRetentionInDays;
            return this;
        }

        public Builder softDeleteRetentionInDays(Integer softDeleteRetentionInDays) {
            return softDeleteRetentionInDays(Output.of(softDeleteRetentionInDays));
        }

        /** Purge protection; default {@code true} (Azure never lets it be switched off again). */
        public Builder enablePurgeProtection(Output<Boolean> enablePurgeProtection) {
            args.enablePurgeProtection = enablePurgeProtection;
            return this;
        }

        public Builder enablePurgeProtection(Boolean enablePurgeProtection) {
            return enablePurgeProtection(Output.of(enablePurgeProtection));
        }

        /**
         * Authorize data-plane access with Azure RBAC instead of access policies; default {@code false}. Must be a
         * plain value: it decides which resources exist.
         */
        public Builder enableRbacAuthorization(Output<Boolean> enableRbacAuthorization) {
            args.enableRbacAuthorization = enableRbacAuthorization;
            return this;
        }

        public Builder enableRbacAuthorization(Boolean enableRbacAuthorization) {
            return enableRbacAuthorization(Output.of(enableRbacAuthorization));
        }

        /** Lets virtual machines read certificates stored as secrets; default {@code false}. */
        public Builder enabledForDeployment(Output<Boolean> enabledForDeployment) {
            args.enabledForDeployment = enabledForDeployment;
            return this;
        }

        public Builder enabledForDeployment(Boolean enabledForDeployment) {
            return enabledForDeployment(Output.of(enabledForDeployment));
        }

        /** Lets ARM template deployments read secrets; default {@code false}. */
        public Builder enabledForTemplateDeployment(Output<Boolean> enabledForTemplateDeployment) {
            args.enabledForTemplateDeployment = enabledForTemplateDeployment;
            return this;
        }

        public Builder enabledForTemplateDeployment(Boolean enabledForTemplateDeployment) {
            return enabledForTemplateDeployment(Output.of(enabledForTemplateDeployment));
        }

        /** Lets Azure Disk Encryption read secrets and unwrap keys; default {@code false}. */
        public Builder enabledForDiskEncryption(Output<Boolean> enabledForDiskEncryption) {
            args.enabledForDiskEncryption = enabledForDiskEncryption;
            return this;
        }

        public Builder enabledForDiskEncryption(Boolean enabledForDiskEncryption) {
            return enabledForDiskEncryption(Output.of(enabledForDiskEncryption));
        }

        /** Protect the vault resource against deletion by Pulumi; default {@code true}. */
        public Builder protect(Output<Boolean> protect) {
            args.protect = protect;
            return this;
        }

        public Builder protect(Boolean protect) {
            return protect(Output.of(protect));
        }

        /**
         * {@code enforce} (default) closes the firewall; {@code observe} puts rules and logging live but keeps the
         * default action {@code Allow}, for tightening a vault already in use.
         */
        public Builder stage(Output<String> stage) {
            args.stage = stage;
            return this;
        }

        public Builder stage(String stage) {
            return stage(Output.of(stage));
        }

        public Builder stage(Stage stage) {
            return stage(stage.specName());
        }

        /** Limits profile ({@code reference-2019} by default, or {@code current}) and single overrides. */
        public Builder limits(Output<LimitsArgs> limits) {
            args.limits = limits;
            return this;
        }

        public Builder limits(LimitsArgs limits) {
            return limits(Output.of(limits));
        }

        /** The vault's firewall: default action, bypass, public IPv4 rules and virtual-network rules. */
        public Builder networkRules(Output<NetworkRulesArgs> networkRules) {
            args.networkRules = networkRules;
            return this;
        }

        public Builder networkRules(NetworkRulesArgs networkRules) {
            return networkRules(Output.of(networkRules));
        }

        /**
         * Access policies, declared inline in the vault and owned by this component; do not also manage them as
         * separate resources.
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

        /**
         * Where the vault's diagnostic setting sends its audit logs; required on a firewalled vault unless {@code
         * waiver} gives a reason.
         */
        public Builder logging(Output<LoggingArgs> logging) {
            args.logging = logging;
            return this;
        }

        public Builder logging(LoggingArgs logging) {
            return logging(Output.of(logging));
        }

        /** Trusted Microsoft services the vault admits through the firewall bypass. */
        public Builder trustedServices(Output<List<TrustedServiceArgs>> trustedServices) {
            args.trustedServices = trustedServices;
            return this;
        }

        public Builder trustedServices(List<TrustedServiceArgs> trustedServices) {
            return trustedServices(Output.of(trustedServices));
        }

        public Builder trustedServices(TrustedServiceArgs... trustedServices) {
            return trustedServices(List.of(trustedServices));
        }

        /** Tags set on the vault. */
        public Builder tags(Output<Map<String, String>> tags) {
            args.tags = tags;
            return this;
        }

        public Builder tags(Map<String, String> tags) {
            return tags(Output.of(tags));
        }

        /**
         * {@code Enabled} or {@code Disabled}. Disabled leaves private endpoints and trusted services as the only ways
         * to the data plane, and IP and virtual-network rules are then not applied. Disabled is sent from {@code stage:
         * enforce} on: under {@code stage: observe}, as when omitted, nothing is sent and Azure keeps the current
         * setting.
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

        /**
         * Private endpoints to the vault's {@code vault} sub-resource, each registered in a private DNS zone. They are
         * created after the vault, and their zone groups after them. The list and each endpoint's {@code name} and
         * {@code privateDnsZoneIds} must be plain values: they decide which resources exist.
         */
        public Builder privateEndpoints(Output<List<PrivateEndpointArgs>> privateEndpoints) {
            args.privateEndpoints = privateEndpoints;
            return this;
        }

        public Builder privateEndpoints(List<PrivateEndpointArgs> privateEndpoints) {
            return privateEndpoints(Output.of(privateEndpoints));
        }

        public Builder privateEndpoints(PrivateEndpointArgs... privateEndpoints) {
            return privateEndpoints(List.of(privateEndpoints));
        }

        /**
         * Why public network access is disabled although this component creates no private endpoint, e.g. because
         * another team creates it. With a reason the finding is a warning instead of an error.
         */
        public Builder privateEndpointsWaiver(Output<String> privateEndpointsWaiver) {
            args.privateEndpointsWaiver = privateEndpointsWaiver;
            return this;
        }

        public Builder privateEndpointsWaiver(String privateEndpointsWaiver) {
            return privateEndpointsWaiver(Output.of(privateEndpointsWaiver));
        }

        /**
         * A vault that already exists: the component adopts it with Pulumi's {@code import} resource option instead of
         * creating it, and warns about every property the adopting deployment changes. {@code resourceId} must be a
         * plain value.
         */
        public Builder existing(Output<ExistingVaultArgs> existing) {
            args.existing = existing;
            return this;
        }

        public Builder existing(ExistingVaultArgs existing) {
            return existing(Output.of(existing));
        }

        public SecureKeyVaultArgs build() {
            return args;
        }
    }
}
