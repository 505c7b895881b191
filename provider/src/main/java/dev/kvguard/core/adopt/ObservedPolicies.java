package dev.kvguard.core.adopt;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.spec.AccessPolicySpec;
import dev.kvguard.core.spec.Permissions;
import dev.kvguard.core.spec.SpecList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Compares the access policies an adopted vault has with the ones the spec lists. The component owns the
 * vault's policies, so a principal missing from the spec loses its access and a changed entry replaces the
 * permissions it had: each is its own warning, since a count alone hides one principal swapped for another.
 */
final class ObservedPolicies {

    private ObservedPolicies() {
    }

    static void compare(List<AccessPolicySpec> observed, List<AccessPolicySpec> declared, Findings out) {
        Map<String, AccessPolicySpec> seen = byPrincipal(observed);
        Map<String, AccessPolicySpec> wanted = byPrincipal(declared);
        for (int i = 0; i < declared.size(); i++) {
            AccessPolicySpec policy = declared.get(i);
            InputPath path = InputPath.of(Inputs.SecureKeyVault.ACCESS_POLICIES).at(SpecList.position(declared, i));
            AccessPolicySpec before = seen.get(key(policy));
            if (before == null) {
                continue; // a new principal: the spec grants what it lists, no access is lost
            }
            if (!same(before.permissions(), policy.permissions())) {
                out.add(Finding.of(Rule.ADOPT_PROPERTY_DIFFERS, path.child(Inputs.AccessPolicy.PERMISSIONS)).value(policy.permissions().describe())
                        .limit(before.permissions().describe() + " (observed)")
                        .because("Adopting the existing vault changes the permissions of " + policy.objectId() + " from "
                                        + before.permissions().describe() + " to " + policy.permissions().describe() + ".",
                                AdoptionRules.NEWER_PULUMI + "; to adopt it unchanged first, give it the observed permissions"
                                        + " for that deployment."));
            }
        }
        seen.forEach((principal, policy) -> {
            if (!wanted.containsKey(principal)) {
                out.add(Finding.of(Rule.ADOPT_PROPERTY_DIFFERS, InputPath.of(Inputs.SecureKeyVault.ACCESS_POLICIES)).value(policy.objectId())
                        .limit(policy.permissions().describe() + " (observed)")
                        .because("Adopting the existing vault removes the access policy of " + policy.objectId() + " ("
                                        + policy.permissions().describe() + "): that principal loses its access to the vault.",
                                "List it under accessPolicies if it should keep its access; " + AdoptionRules.NEWER_PULUMI
                                        + "."));
            }
        });
    }

    /** One entry per principal: object id, plus the application id of a compound identity (case does not matter). */
    private static Map<String, AccessPolicySpec> byPrincipal(List<AccessPolicySpec> policies) {
        Map<String, AccessPolicySpec> out = new LinkedHashMap<>();
        policies.stream().filter(p -> p.objectId() != null).forEach(p -> out.putIfAbsent(key(p), p));
        return out;
    }

    private static String key(AccessPolicySpec policy) {
        return (Objects.toString(policy.objectId(), "") + "/" + Objects.toString(policy.applicationId(), ""))
                .toLowerCase(Locale.ROOT);
    }

    /** The same permissions in any order. */
    private static boolean same(Permissions a, Permissions b) {
        return new HashSet<>(a.keys()).equals(new HashSet<>(b.keys()))
                && new HashSet<>(a.secrets()).equals(new HashSet<>(b.secrets()))
                && new HashSet<>(a.certificates()).equals(new HashSet<>(b.certificates()))
                && new HashSet<>(a.storage()).equals(new HashSet<>(b.storage()));
    }
}
