package dev.kvguard.core.spec.io;

import dev.kvguard.core.spec.AccessPolicySpec;
import dev.kvguard.core.spec.Bypass;
import dev.kvguard.core.spec.DefaultAction;
import dev.kvguard.core.spec.ExistingVaultSpec;
import dev.kvguard.core.spec.declaration.Inputs.AccessPolicy;
import dev.kvguard.core.spec.declaration.Inputs.NetworkRules;
import dev.kvguard.core.spec.declaration.Inputs.ObservedVault;
import dev.kvguard.core.spec.declaration.Inputs.VirtualNetworkRule;
import dev.kvguard.core.spec.declaration.Property;
import java.util.List;

/**
 * Binds the {@code observed} block of {@code existing}: what was observed of a vault to adopt. The observed
 * properties keep the spec's names (and nesting under {@code networkRules}), so that the block reads like
 * the spec it is compared with.
 *
 * <p>The one type bound by hand rather than by {@link RecordBinding}: its {@code networkRules} is a view
 * of {@code NetworkRules} (virtual-network rules by {@code subnetId} alone) flattened into the record the
 * adoption rules compare with, and each list or map tells "not observed" (absent) from "observed empty".
 * Deriving that would take a record per view and a nested record the comparisons would have to unwrap,
 * for a block that {@code kvguard import --adopt} writes and few people edit.
 */
final class ExistingBinder {

    private ExistingBinder() {
    }

    /**
     * Observed firewall settings, known in the order they have always been read. Observed virtual-network
     * rules are recorded by {@code subnetId} alone (a managed {@code subnet} there is an unknown property).
     */
    private static final List<Property<?>> OBSERVED_NETWORK = List.of(NetworkRules.IP_RULES,
            NetworkRules.VIRTUAL_NETWORK_RULES, NetworkRules.DEFAULT_ACTION, NetworkRules.BYPASS);
    private static final List<Property<?>> OBSERVED_SUBNET = List.of(VirtualNetworkRule.SUBNET_ID);

    static ExistingVaultSpec.Observed observed(ObjectBinder in) {
        RecordBinding<AccessPolicySpec> policy = RecordBinding.of(AccessPolicy.TYPE, AccessPolicySpec.class);
        NetworkObserved network = in.object(ObservedVault.NETWORK_RULES, OBSERVED_NETWORK, ExistingBinder::network);
        if (network == null) {
            network = new NetworkObserved(null, null, null, null);
        }
        return new ExistingVaultSpec.Observed(in.enumValue(ObservedVault.SKU), in.integer(ObservedVault.SOFT_DELETE_RETENTION_IN_DAYS),
                in.bool(ObservedVault.ENABLE_PURGE_PROTECTION), in.bool(ObservedVault.ENABLE_RBAC_AUTHORIZATION),
                in.bool(ObservedVault.ENABLED_FOR_DEPLOYMENT), in.bool(ObservedVault.ENABLED_FOR_TEMPLATE_DEPLOYMENT),
                in.bool(ObservedVault.ENABLED_FOR_DISK_ENCRYPTION), network.defaultAction(),
                network.bypass(), network.ipRules(), network.virtualNetworkRules(), in.integer(ObservedVault.ACCESS_POLICY_COUNT),
                in.string(ObservedVault.LOCATION), in.string(ObservedVault.TENANT_ID),
                in.enumValue(ObservedVault.PUBLIC_NETWORK_ACCESS),
                in.has(ObservedVault.TAGS) ? in.stringMap(ObservedVault.TAGS) : null,
                // An absent list was not observed; an empty one was observed empty.
                in.has(ObservedVault.ACCESS_POLICIES) ? in.objects(ObservedVault.ACCESS_POLICIES, policy::bind) : null);
    }

    private record NetworkObserved(DefaultAction defaultAction, Bypass bypass, List<String> ipRules,
                                   List<String> virtualNetworkRules) {
    }

    private static NetworkObserved network(ObjectBinder in) {
        // An absent list was not observed; an empty one was observed empty.
        List<String> ipRules = in.has(NetworkRules.IP_RULES) ? in.strings(NetworkRules.IP_RULES) : null;
        List<String> subnets = in.has(NetworkRules.VIRTUAL_NETWORK_RULES)
                ? in.objects(NetworkRules.VIRTUAL_NETWORK_RULES, OBSERVED_SUBNET,
                        rule -> rule.string(VirtualNetworkRule.SUBNET_ID, true)) : null;
        return new NetworkObserved(in.enumValue(NetworkRules.DEFAULT_ACTION), in.enumValue(NetworkRules.BYPASS), ipRules, subnets);
    }
}
