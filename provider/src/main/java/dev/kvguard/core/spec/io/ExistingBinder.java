package dev.kvguard.core.spec.io;

import dev.kvguard.core.spec.Bypass;
import dev.kvguard.core.spec.DefaultAction;
import dev.kvguard.core.spec.PublicNetworkAccess;
import dev.kvguard.core.spec.ExistingVaultSpec;
import dev.kvguard.core.spec.Sku;
import java.util.List;

/**
 * Binds the {@code existing} block: the vault to adopt and, optionally, what was observed of it. The
 * observed properties keep the spec's names (and nesting under {@code networkRules}), so that the block
 * reads like the spec it is compared with.
 */
final class ExistingBinder {

    private ExistingBinder() {
    }

    static ExistingVaultSpec existing(ObjectBinder in) {
        return new ExistingVaultSpec(in.string("resourceId", true), in.object("observed", ExistingBinder::observed));
    }

    private static ExistingVaultSpec.Observed observed(ObjectBinder in) {
        NetworkObserved network = in.object("networkRules", ExistingBinder::network);
        if (network == null) {
            network = new NetworkObserved(null, null, null, null);
        }
        return new ExistingVaultSpec.Observed(in.enumValue("sku", Sku.class, false), in.integer("softDeleteRetentionInDays"),
                in.bool("enablePurgeProtection"), in.bool("enableRbacAuthorization"), in.bool("enabledForDeployment"),
                in.bool("enabledForTemplateDeployment"), in.bool("enabledForDiskEncryption"), network.defaultAction(),
                network.bypass(), network.ipRules(), network.virtualNetworkRules(), in.integer("accessPolicyCount"),
                in.string("location", false), in.string("tenantId", false),
                in.enumValue("publicNetworkAccess", PublicNetworkAccess.class, false),
                in.has("tags") ? in.stringMap("tags") : null,
                // An absent list was not observed; an empty one was observed empty.
                in.has("accessPolicies") ? in.objects("accessPolicies", SpecBinder::accessPolicy,
                        new dev.kvguard.core.spec.AccessPolicySpec(null, null, null, null, null)) : null);
    }

    private record NetworkObserved(DefaultAction defaultAction, Bypass bypass, List<String> ipRules,
                                   List<String> virtualNetworkRules) {
    }

    private static NetworkObserved network(ObjectBinder in) {
        // An absent list was not observed; an empty one was observed empty.
        List<String> ipRules = in.has("ipRules") ? in.strings("ipRules") : null;
        List<String> subnets = in.has("virtualNetworkRules")
                ? in.objects("virtualNetworkRules", rule -> rule.string("subnetId", true), null) : null;
        return new NetworkObserved(in.enumValue("defaultAction", DefaultAction.class, false),
                in.enumValue("bypass", Bypass.class, false), ipRules, subnets);
    }
}
