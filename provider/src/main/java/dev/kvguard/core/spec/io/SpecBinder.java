package dev.kvguard.core.spec.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.spec.AccessPolicySpec;
import dev.kvguard.core.spec.Bypass;
import dev.kvguard.core.spec.DefaultAction;
import dev.kvguard.core.spec.LimitsSpec;
import dev.kvguard.core.spec.LoggingSpec;
import dev.kvguard.core.spec.ManagedSubnetSpec;
import dev.kvguard.core.spec.NetworkRulesSpec;
import dev.kvguard.core.spec.Permissions;
import dev.kvguard.core.spec.Sku;
import dev.kvguard.core.spec.Stage;
import dev.kvguard.core.spec.TrustedServiceSpec;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.spec.VirtualNetworkRuleSpec;
import dev.kvguard.core.spec.declaration.Inputs.SecureKeyVault;
import dev.kvguard.core.spec.declaration.Inputs;
import java.util.Set;

/**
 * Binds a spec tree (parsed from YAML or JSON, or built from component inputs) to a {@link VaultSpec}.
 * It reads every property through its handle in the declaration ({@link Inputs}), which also decides
 * what each mapping may hold; the Pulumi components feed their inputs through it too, so a spec file and
 * a component produce the same spec.
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
        ObjectBinder top = new ObjectBinder(root, InputPath.ROOT, findings, SecureKeyVault.TYPE);
        VaultSpec spec = vault(top);
        top.finish();
        return new BoundSpec(spec, findings.sorted());
    }

    /** Binds a tree holding one managed subnet (the inputs of the subnet service-endpoint component). */
    public static Bound<ManagedSubnetSpec> bindManagedSubnet(JsonNode root, InputPath path) {
        Findings findings = new Findings();
        ObjectBinder in = new ObjectBinder(root, path, findings, Inputs.ManagedSubnet.TYPE);
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
        ObjectBinder top = new ObjectBinder(root, InputPath.ROOT, findings, Inputs.SubnetServiceEndpoint.TYPE);
        JsonNode subnet = top.raw(Inputs.SubnetServiceEndpoint.SUBNET);
        top.finish();
        Bound<ManagedSubnetSpec> bound = bindManagedSubnet(subnet != null && subnet.isObject() ? subnet
                        : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(),
                InputPath.of(Inputs.SubnetServiceEndpoint.SUBNET.name()));
        findings.addAll(bound.findings());
        return new Bound<>(bound.value(), findings.sorted());
    }

    /** A bound value and the structural findings met while binding it. */
    public record Bound<T>(T value, java.util.List<dev.kvguard.core.finding.Finding> findings) {
    }

    private static VaultSpec vault(ObjectBinder in) {
        VaultSpec.Builder b = VaultSpec.builder()
                .vaultName(in.string(SecureKeyVault.VAULT_NAME))
                .resourceGroupName(in.string(SecureKeyVault.RESOURCE_GROUP_NAME))
                .location(in.string(SecureKeyVault.LOCATION))
                .tenantId(in.string(SecureKeyVault.TENANT_ID));
        Sku sku = in.enumValue(SecureKeyVault.SKU);
        if (sku != null) {
            b.sku(sku);
        }
        Integer retention = in.integer(SecureKeyVault.SOFT_DELETE_RETENTION_IN_DAYS);
        if (retention != null) {
            b.softDeleteRetentionInDays(retention);
        }
        ifPresent(in.bool(SecureKeyVault.ENABLE_PURGE_PROTECTION), b::enablePurgeProtection);
        ifPresent(in.bool(SecureKeyVault.ENABLE_RBAC_AUTHORIZATION), b::enableRbacAuthorization);
        ifPresent(in.bool(SecureKeyVault.ENABLED_FOR_DEPLOYMENT), b::enabledForDeployment);
        ifPresent(in.bool(SecureKeyVault.ENABLED_FOR_TEMPLATE_DEPLOYMENT), b::enabledForTemplateDeployment);
        ifPresent(in.bool(SecureKeyVault.ENABLED_FOR_DISK_ENCRYPTION), b::enabledForDiskEncryption);
        ifPresent(in.bool(SecureKeyVault.PROTECT), b::protect);
        Stage stage = in.enumValue(SecureKeyVault.STAGE);
        if (stage != null) {
            b.stage(stage);
        }
        LimitsSpec limits = in.object(SecureKeyVault.LIMITS, SpecBinder::limits);
        if (limits != null) {
            b.limits(limits);
        }
        NetworkRulesSpec network = in.object(SecureKeyVault.NETWORK_RULES, SpecBinder::networkRules);
        if (network != null) {
            b.networkRules(network);
        }
        b.accessPolicies(in.objects(SecureKeyVault.ACCESS_POLICIES, SpecBinder::accessPolicy));
        LoggingSpec logging = in.object(SecureKeyVault.LOGGING, SpecBinder::logging);
        if (logging != null) {
            b.logging(logging);
        }
        b.trustedServices(in.objects(SecureKeyVault.TRUSTED_SERVICES, SpecBinder::trustedService));
        b.tags(in.stringMap(SecureKeyVault.TAGS));
        b.privateAccess(PrivateAccessBinding.bind(in));
        b.existing(in.object(SecureKeyVault.EXISTING, ExistingBinder::existing));
        return b.build();
    }

    private static LimitsSpec limits(ObjectBinder in) {
        return new LimitsSpec(in.string(Inputs.Limits.PROFILE), in.integer(Inputs.Limits.MAX_IP_RULES),
                in.integer(Inputs.Limits.MAX_VIRTUAL_NETWORK_RULES), in.integers(Inputs.Limits.REFUSED_PREFIX_LENGTHS));
    }

    private static NetworkRulesSpec networkRules(ObjectBinder in) {
        DefaultAction action = in.enumValue(Inputs.NetworkRules.DEFAULT_ACTION);
        Bypass bypass = in.enumValue(Inputs.NetworkRules.BYPASS);
        return new NetworkRulesSpec(action, bypass, in.strings(Inputs.NetworkRules.IP_RULES),
                in.objects(Inputs.NetworkRules.VIRTUAL_NETWORK_RULES, SpecBinder::virtualNetworkRule));
    }

    private static VirtualNetworkRuleSpec virtualNetworkRule(ObjectBinder in) {
        String subnetId = in.string(Inputs.VirtualNetworkRule.SUBNET_ID);
        ManagedSubnetSpec subnet = in.object(Inputs.VirtualNetworkRule.SUBNET, SpecBinder::managedSubnet);
        boolean hasId = in.has(Inputs.VirtualNetworkRule.SUBNET_ID);
        boolean hasSubnet = in.has(Inputs.VirtualNetworkRule.SUBNET);
        if (hasId == hasSubnet) {
            in.require("'" + in.path() + "' must name exactly one of 'subnetId' (an existing subnet) or 'subnet' "
                            + "(a subnet whose endpoint kvguard manages)" + (hasId ? ", not both." : "."),
                    hasId ? "Keep 'subnetId' for a subnet managed elsewhere, or 'subnet' for one kvguard manages."
                            : "Add 'subnetId: /subscriptions/.../subnets/<name>' or a 'subnet:' mapping.",
                    in.path());
            return null;
        }
        // Null when the one form given was unusable (reported): the rule is dropped, not kept empty.
        return subnetId == null && subnet == null ? null : new VirtualNetworkRuleSpec(subnetId, subnet);
    }

    private static ManagedSubnetSpec managedSubnet(ObjectBinder in) {
        return new ManagedSubnetSpec(in.string(Inputs.ManagedSubnet.RESOURCE_GROUP_NAME),
                in.string(Inputs.ManagedSubnet.VIRTUAL_NETWORK_NAME), in.string(Inputs.ManagedSubnet.NAME),
                in.string(Inputs.ManagedSubnet.ADDRESS_PREFIX), in.strings(Inputs.ManagedSubnet.SERVICE_ENDPOINTS),
                in.string(Inputs.ManagedSubnet.NETWORK_SECURITY_GROUP_ID), in.string(Inputs.ManagedSubnet.ROUTE_TABLE_ID),
                in.strings(Inputs.ManagedSubnet.DELEGATIONS));
    }

    static AccessPolicySpec accessPolicy(ObjectBinder in) {
        return new AccessPolicySpec(in.string(Inputs.AccessPolicy.OBJECT_ID), in.string(Inputs.AccessPolicy.TENANT_ID),
                in.string(Inputs.AccessPolicy.APPLICATION_ID), in.string(Inputs.AccessPolicy.DESCRIPTION),
                in.object(Inputs.AccessPolicy.PERMISSIONS, SpecBinder::permissions));
    }

    private static Permissions permissions(ObjectBinder in) {
        return new Permissions(in.enums(Inputs.Permissions.KEYS), in.enums(Inputs.Permissions.SECRETS),
                in.enums(Inputs.Permissions.CERTIFICATES), in.enums(Inputs.Permissions.STORAGE));
    }

    private static LoggingSpec logging(ObjectBinder in) {
        Boolean metrics = in.bool(Inputs.Logging.METRICS);
        return new LoggingSpec(in.string(Inputs.Logging.LOG_ANALYTICS_WORKSPACE_ID), in.string(Inputs.Logging.STORAGE_ACCOUNT_ID),
                in.string(Inputs.Logging.EVENT_HUB_AUTHORIZATION_RULE_ID), in.string(Inputs.Logging.EVENT_HUB_NAME),
                in.enums(Inputs.Logging.CATEGORIES), metrics == null || metrics,
                in.string(Inputs.Logging.DIAGNOSTIC_SETTING_NAME), in.string(Inputs.Logging.WAIVER));
    }

    private static TrustedServiceSpec trustedService(ObjectBinder in) {
        return new TrustedServiceSpec(in.enumValue(Inputs.TrustedService.SERVICE),
                in.string(Inputs.TrustedService.OBJECT_ID), in.string(Inputs.TrustedService.ROLE_DEFINITION_ID));
    }

    private static void ifPresent(Boolean value, java.util.function.Consumer<Boolean> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
