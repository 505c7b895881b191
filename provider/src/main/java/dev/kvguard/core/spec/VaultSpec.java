package dev.kvguard.core.spec;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A locked-down Key Vault, as the user declares it. Property names are those of spec files and of the
 * Pulumi component's inputs. Absent values take kvguard's secure defaults (see {@link Builder}).
 * Values are kept as given, even invalid ones: validation reports them. The shape is not: lists hold no null
 * item and a virtual-network rule names exactly one subnet form (construction refuses either), since the binder
 * reports and drops what it cannot bind, and each list remembers where the user wrote its items ({@link SpecList}).
 */
public record VaultSpec(String vaultName, String resourceGroupName, String location, String tenantId, Sku sku,
                        int softDeleteRetentionInDays, boolean enablePurgeProtection, boolean enableRbacAuthorization,
                        boolean enabledForDeployment, boolean enabledForTemplateDeployment,
                        boolean enabledForDiskEncryption, boolean protect, Stage stage, LimitsSpec limits,
                        NetworkRulesSpec networkRules, List<AccessPolicySpec> accessPolicies, LoggingSpec logging,
                        List<TrustedServiceSpec> trustedServices, Map<String, String> tags,
                        PublicNetworkAccess publicNetworkAccess, List<PrivateEndpointSpec> privateEndpoints,
                        String privateEndpointsWaiver, ExistingVaultSpec existing) {

    /** Secure defaults: the inputs ({@code Inputs}) declare them from here and {@link Builder} starts from them. */
    public static final int DEFAULT_RETENTION_DAYS = 90;
    public static final boolean DEFAULT_PURGE_PROTECTION = true;
    public static final boolean DEFAULT_PROTECT = true;

    public VaultSpec {
        sku = sku == null ? Sku.STANDARD : sku;
        stage = stage == null ? Stage.ENFORCE : stage;
        limits = limits == null ? LimitsSpec.DEFAULT : limits;
        networkRules = networkRules == null ? NetworkRulesSpec.DEFAULT : networkRules;
        accessPolicies = SpecList.copyOf(accessPolicies);
        logging = logging == null ? LoggingSpec.NONE : logging;
        trustedServices = SpecList.copyOf(trustedServices);
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(tags));
        privateEndpoints = SpecList.copyOf(privateEndpoints);
    }

    /**
     * The three top-level private-access inputs ({@code publicNetworkAccess}, {@code privateEndpoints},
     * {@code privateEndpointsWaiver}) taken together. They are components of their own so that the vault's
     * record matches its declared inputs one to one, and the binder needs no code for them.
     */
    public PrivateAccessSpec privateAccess() {
        return new PrivateAccessSpec(publicNetworkAccess, privateEndpoints, privateEndpointsWaiver);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Whether the named {@code enabledFor...} switch is on. */
    public boolean flag(VaultFlag flag) {
        return switch (flag) {
            case ENABLED_FOR_DEPLOYMENT -> enabledForDeployment;
            case ENABLED_FOR_TEMPLATE_DEPLOYMENT -> enabledForTemplateDeployment;
            case ENABLED_FOR_DISK_ENCRYPTION -> enabledForDiskEncryption;
        };
    }

    /**
     * The bypass Azure will get: the user's choice, else {@code AzureServices} exactly when services are listed
     * (an unusable entry, reported, counts: the user meant a service).
     */
    public Bypass effectiveBypass() {
        if (networkRules.bypass() != null) {
            return networkRules.bypass();
        }
        return SpecList.written(trustedServices) == 0 ? Bypass.NONE : Bypass.AZURE_SERVICES;
    }

    /** The default action Azure will get: {@code observe} keeps the vault open whatever was asked. */
    public DefaultAction effectiveDefaultAction() {
        return stage == Stage.OBSERVE ? DefaultAction.ALLOW : networkRules.defaultAction();
    }

    /** The public network access Azure is sent, or null to send nothing: a Disabled one waits for stage enforce. */
    public PublicNetworkAccess publicNetworkAccessSent() {
        PublicNetworkAccess wanted = publicNetworkAccess;
        return wanted == PublicNetworkAccess.DISABLED && stage == Stage.OBSERVE ? null : wanted;
    }

    /** Whether this deployment leaves the vault with public network access disabled. */
    public boolean publicAccessDisabledOnDeploy() {
        return publicNetworkAccessSent() == PublicNetworkAccess.DISABLED;
    }

    /** Whether the spec disables public access but its stage holds that back. */
    public boolean publicAccessHeldBack() {
        return publicNetworkAccess == PublicNetworkAccess.DISABLED && publicNetworkAccessSent() == null;
    }

    /** Whether the vault already exists and is adopted rather than created ({@code existing} is set). */
    public boolean isAdopted() {
        return existing != null;
    }

    /** A vault is firewalled when anything narrows who may reach its data plane. */
    public boolean isFirewalled() {
        return networkRules.defaultAction() == DefaultAction.DENY || networkRules.hasRules();
    }

    /** Builder with kvguard's secure defaults: Deny, purge protection on, 90-day retention, protected. */
    public static final class Builder {
        private String vaultName;
        private String resourceGroupName;
        private String location;
        private String tenantId;
        private Sku sku = Sku.STANDARD;
        private int softDeleteRetentionInDays = DEFAULT_RETENTION_DAYS;
        private boolean enablePurgeProtection = DEFAULT_PURGE_PROTECTION;
        private boolean enableRbacAuthorization;
        private boolean enabledForDeployment;
        private boolean enabledForTemplateDeployment;
        private boolean enabledForDiskEncryption;
        private boolean protect = DEFAULT_PROTECT;
        private Stage stage = Stage.ENFORCE;
        private LimitsSpec limits = LimitsSpec.DEFAULT;
        private NetworkRulesSpec networkRules = NetworkRulesSpec.DEFAULT;
        private SpecList.Builder<AccessPolicySpec> accessPolicies = SpecList.builder();
        private LoggingSpec logging = LoggingSpec.NONE;
        private SpecList.Builder<TrustedServiceSpec> trustedServices = SpecList.builder();
        private Map<String, String> tags = new TreeMap<>();
        private PublicNetworkAccess publicNetworkAccess;
        private SpecList<PrivateEndpointSpec> privateEndpoints = SpecList.of();
        private String privateEndpointsWaiver;
        private ExistingVaultSpec existing;

        private Builder() {
        }

        private Builder(VaultSpec s) {
            vaultName = s.vaultName;
            resourceGroupName = s.resourceGroupName;
            location = s.location;
            tenantId = s.tenantId;
            sku = s.sku;
            softDeleteRetentionInDays = s.softDeleteRetentionInDays;
            enablePurgeProtection = s.enablePurgeProtection;
            enableRbacAuthorization = s.enableRbacAuthorization;
            enabledForDeployment = s.enabledForDeployment;
            enabledForTemplateDeployment = s.enabledForTemplateDeployment;
            enabledForDiskEncryption = s.enabledForDiskEncryption;
            protect = s.protect;
            stage = s.stage;
            limits = s.limits;
            networkRules = s.networkRules;
            accessPolicies = SpecList.<AccessPolicySpec>builder().addAll(SpecList.copyOf(s.accessPolicies));
            logging = s.logging;
            trustedServices = SpecList.<TrustedServiceSpec>builder().addAll(SpecList.copyOf(s.trustedServices));
            tags = new TreeMap<>(s.tags);
            publicNetworkAccess = s.publicNetworkAccess;
            privateEndpoints = SpecList.copyOf(s.privateEndpoints);
            privateEndpointsWaiver = s.privateEndpointsWaiver;
            existing = s.existing;
        }

        public Builder vaultName(String v) { vaultName = v; return this; }
        public Builder resourceGroupName(String v) { resourceGroupName = v; return this; }
        public Builder location(String v) { location = v; return this; }
        public Builder tenantId(String v) { tenantId = v; return this; }
        public Builder sku(Sku v) { sku = v; return this; }
        public Builder softDeleteRetentionInDays(int v) { softDeleteRetentionInDays = v; return this; }
        public Builder enablePurgeProtection(boolean v) { enablePurgeProtection = v; return this; }
        public Builder enableRbacAuthorization(boolean v) { enableRbacAuthorization = v; return this; }
        public Builder enabledForDeployment(boolean v) { enabledForDeployment = v; return this; }
        public Builder enabledForTemplateDeployment(boolean v) { enabledForTemplateDeployment = v; return this; }
        public Builder enabledForDiskEncryption(boolean v) { enabledForDiskEncryption = v; return this; }
        public Builder protect(boolean v) { protect = v; return this; }
        public Builder stage(Stage v) { stage = v; return this; }
        public Builder limits(LimitsSpec v) { limits = v; return this; }
        public Builder networkRules(NetworkRulesSpec v) { networkRules = v; return this; }
        public Builder accessPolicies(List<AccessPolicySpec> v) { accessPolicies = SpecList.<AccessPolicySpec>builder().addAll(SpecList.copyOf(v)); return this; }
        public Builder accessPolicy(AccessPolicySpec v) { accessPolicies.append(v); return this; }
        public Builder logging(LoggingSpec v) { logging = v; return this; }
        public Builder trustedServices(List<TrustedServiceSpec> v) { trustedServices = SpecList.<TrustedServiceSpec>builder().addAll(SpecList.copyOf(v)); return this; }
        public Builder trustedService(TrustedServiceSpec v) { trustedServices.append(v); return this; }
        public Builder tags(Map<String, String> v) { tags = new TreeMap<>(v); return this; }
        public Builder privateAccess(PrivateAccessSpec v) {
            publicNetworkAccess = v.publicNetworkAccess();
            privateEndpoints = SpecList.copyOf(v.endpoints());
            privateEndpointsWaiver = v.waiver();
            return this;
        }
        public Builder existing(ExistingVaultSpec v) { existing = v; return this; }

        public VaultSpec build() {
            return new VaultSpec(vaultName, resourceGroupName, location, tenantId, sku, softDeleteRetentionInDays,
                    enablePurgeProtection, enableRbacAuthorization, enabledForDeployment, enabledForTemplateDeployment,
                    enabledForDiskEncryption, protect, stage, limits, networkRules, accessPolicies.build(), logging,
                    trustedServices.build(), tags, publicNetworkAccess, privateEndpoints, privateEndpointsWaiver, existing);
        }
    }
}
