package dev.kvguard.core.spec.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.AccessPolicySpec;
import dev.kvguard.core.spec.Bypass;
import dev.kvguard.core.spec.CertificatePermission;
import dev.kvguard.core.spec.DefaultAction;
import dev.kvguard.core.spec.KeyPermission;
import dev.kvguard.core.spec.LimitsSpec;
import dev.kvguard.core.spec.LogCategory;
import dev.kvguard.core.spec.LoggingSpec;
import dev.kvguard.core.spec.ManagedSubnetSpec;
import dev.kvguard.core.spec.NetworkRulesSpec;
import dev.kvguard.core.spec.Permissions;
import dev.kvguard.core.spec.SecretPermission;
import dev.kvguard.core.spec.Sku;
import dev.kvguard.core.spec.Stage;
import dev.kvguard.core.spec.StoragePermission;
import dev.kvguard.core.spec.TrustedService;
import dev.kvguard.core.spec.TrustedServiceSpec;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.spec.VirtualNetworkRuleSpec;

/**
 * Binds a spec tree (parsed from YAML or JSON, or built from component inputs) to a {@link VaultSpec}.
 * This is the one place that knows the property names of the format; the Pulumi components feed their
 * inputs through it too, so a spec file and a component produce the same spec.
 */
public final class SpecBinder {

    /** The rules binding reports (also for component inputs bound off the wire): the shape of the input. */
    public static final Set<Rule> RULES = Set.of(Rule.SPEC_REQUIRED, Rule.SPEC_TYPE, Rule.SPEC_ENUM,
            Rule.SPEC_UNKNOWN_PROPERTY);


    private SpecBinder() {
    }

    /** Binds the tree; structural problems come back as findings, never as exceptions. */
    public static BoundSpec bind(JsonNode root) {
        Findings findings = new Findings();
        ObjectBinder top = new ObjectBinder(root, InputPath.ROOT, findings);
        VaultSpec spec = vault(top);
        top.finish();
        return new BoundSpec(spec, findings.sorted());
    }

    /** Binds a tree holding one managed subnet (the inputs of the subnet service-endpoint component). */
    public static Bound<ManagedSubnetSpec> bindManagedSubnet(JsonNode root, InputPath path) {
        Findings findings = new Findings();
        ObjectBinder in = new ObjectBinder(root, path, findings);
        ManagedSubnetSpec subnet = managedSubnet(in);
        in.finish();
        return new Bound<>(subnet, findings.sorted());
    }

    /**
     * Binds the inputs of the subnet service-endpoint component: one managed subnet under {@code subnet},
     * with any other property reported as unknown (with a "did you mean").
     */
    public static Bound<ManagedSubnetSpec> bindSubnetComponent(JsonNode root) {
        Findings findings = new Findings();
        ObjectBinder top = new ObjectBinder(root, InputPath.ROOT, findings);
        JsonNode subnet = top.raw("subnet");
        top.finish();
        Bound<ManagedSubnetSpec> bound = bindManagedSubnet(subnet != null && subnet.isObject() ? subnet
                : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), InputPath.of("subnet"));
        findings.addAll(bound.findings());
        return new Bound<>(bound.value(), findings.sorted());
    }

    /** A bound value and the structural findings met while binding it. */
    public record Bound<T>(T value, java.util.List<dev.kvguard.core.finding.Finding> findings) {
    }

    private static VaultSpec vault(ObjectBinder in) {
        VaultSpec.Builder b = VaultSpec.builder()
                .vaultName(in.string("vaultName", true))
                .resourceGroupName(in.string("resourceGroupName", true))
                .location(in.string("location", true))
                .tenantId(in.string("tenantId", true));
        Sku sku = in.enumValue("sku", Sku.class, false);
        if (sku != null) {
            b.sku(sku);
        }
        Integer retention = in.integer("softDeleteRetentionInDays");
        if (retention != null) {
            b.softDeleteRetentionInDays(retention);
        }
        ifPresent(in.bool("enablePurgeProtection"), b::enablePurgeProtection);
        ifPresent(in.bool("enableRbacAuthorization"), b::enableRbacAuthorization);
        ifPresent(in.bool("enabledForDeployment"), b::enabledForDeployment);
        ifPresent(in.bool("enabledForTemplateDeployment"), b::enabledForTemplateDeployment);
        ifPresent(in.bool("enabledForDiskEncryption"), b::enabledForDiskEncryption);
        ifPresent(in.bool("protect"), b::protect);
        Stage stage = in.enumValue("stage", Stage.class, false);
        if (stage != null) {
            b.stage(stage);
        }
        LimitsSpec limits = in.object("limits", SpecBinder::limits);
        if (limits != null) {
            b.limits(limits);
        }
        NetworkRulesSpec network = in.object("networkRules", SpecBinder::networkRules);
        if (network != null) {
            b.networkRules(network);
        }
        b.accessPolicies(in.objects("accessPolicies", SpecBinder::accessPolicy,
                new AccessPolicySpec(null, null, null, null, null)));
        LoggingSpec logging = in.object("logging", SpecBinder::logging);
        if (logging != null) {
            b.logging(logging);
        }
        b.trustedServices(in.objects("trustedServices", SpecBinder::trustedService,
                new TrustedServiceSpec(null, null, null)));
        b.tags(in.stringMap("tags"));
        b.privateAccess(PrivateAccessBinding.bind(in));
        b.existing(in.object("existing", ExistingBinder::existing));
        return b.build();
    }

    private static LimitsSpec limits(ObjectBinder in) {
        return new LimitsSpec(in.string("profile", false), in.integer("maxIpRules"),
                in.integer("maxVirtualNetworkRules"), in.integers("refusedPrefixLengths"));
    }

    private static NetworkRulesSpec networkRules(ObjectBinder in) {
        DefaultAction action = in.enumValue("defaultAction", DefaultAction.class, false);
        Bypass bypass = in.enumValue("bypass", Bypass.class, false);
        return new NetworkRulesSpec(action, bypass, in.strings("ipRules"),
                in.objects("virtualNetworkRules", SpecBinder::virtualNetworkRule, new VirtualNetworkRuleSpec(null, null)));
    }

    private static VirtualNetworkRuleSpec virtualNetworkRule(ObjectBinder in) {
        String subnetId = in.string("subnetId", false);
        ManagedSubnetSpec subnet = in.object("subnet", SpecBinder::managedSubnet);
        boolean hasId = in.has("subnetId");
        boolean hasSubnet = in.has("subnet");
        if (hasId == hasSubnet) {
            in.require("'" + in.path() + "' must name exactly one of 'subnetId' (an existing subnet) or 'subnet' "
                            + "(a subnet whose endpoint kvguard manages)" + (hasId ? ", not both." : "."),
                    hasId ? "Keep 'subnetId' for a subnet managed elsewhere, or 'subnet' for one kvguard manages."
                            : "Add 'subnetId: /subscriptions/.../subnets/<name>' or a 'subnet:' mapping.",
                    in.path());
            return new VirtualNetworkRuleSpec(null, null);
        }
        return new VirtualNetworkRuleSpec(subnetId, subnet);
    }

    private static ManagedSubnetSpec managedSubnet(ObjectBinder in) {
        return new ManagedSubnetSpec(in.string("resourceGroupName", true), in.string("virtualNetworkName", true),
                in.string("name", true), in.string("addressPrefix", true), present(in.strings("serviceEndpoints")),
                in.string("networkSecurityGroupId", false), in.string("routeTableId", false),
                present(in.strings("delegations")));
    }

    static AccessPolicySpec accessPolicy(ObjectBinder in) {
        return new AccessPolicySpec(in.string("objectId", true), in.string("tenantId", false),
                in.string("applicationId", false), in.string("description", false),
                in.object("permissions", SpecBinder::permissions));
    }

    private static Permissions permissions(ObjectBinder in) {
        return new Permissions(in.enums("keys", KeyPermission.class), in.enums("secrets", SecretPermission.class),
                in.enums("certificates", CertificatePermission.class), in.enums("storage", StoragePermission.class));
    }

    private static LoggingSpec logging(ObjectBinder in) {
        Boolean metrics = in.bool("metrics");
        return new LoggingSpec(in.string("logAnalyticsWorkspaceId", false), in.string("storageAccountId", false),
                in.string("eventHubAuthorizationRuleId", false), in.string("eventHubName", false),
                in.enums("categories", LogCategory.class), metrics == null || metrics,
                in.string("diagnosticSettingName", false), in.string("waiver", false));
    }

    private static TrustedServiceSpec trustedService(ObjectBinder in) {
        return new TrustedServiceSpec(in.enumValue("service", TrustedService.class, true),
                in.string("objectId", false), in.string("roleDefinitionId", false));
    }

    /** The usable items; the binder has reported the others, and no later finding needs their indices. */
    private static java.util.List<String> present(java.util.List<String> items) {
        return items.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static void ifPresent(Boolean value, java.util.function.Consumer<Boolean> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
