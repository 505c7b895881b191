package dev.kvguard.core.access;

import dev.kvguard.core.azure.Guid;
import dev.kvguard.core.check.Checking;
import dev.kvguard.core.check.RuleSet;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.spec.declaration.Property;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.model.AccessPolicy;
import dev.kvguard.core.spec.AccessPolicySpec;
import dev.kvguard.core.spec.CertificatePermission;
import dev.kvguard.core.spec.KeyPermission;
import dev.kvguard.core.spec.SecretPermission;
import dev.kvguard.core.spec.SpecEnum;
import dev.kvguard.core.spec.SpecList;
import dev.kvguard.core.spec.StoragePermission;
import dev.kvguard.core.spec.VaultSpec;
import java.util.List;

/** Access policies: GUIDs, the entry limit, overly broad grants, and conflict with RBAC authorization. */
public final class AccessPolicyRules extends RuleSet {

    /** Permissions that reach beyond what an identity needs: 'all', and 'purge', which destroys for good. */
    private static boolean broad(SpecEnum p) {
        // Compared by identity: a set lookup hashes each of the few permissions of a thousand policies.
        return p == KeyPermission.ALL || p == KeyPermission.PURGE || p == SecretPermission.ALL
                || p == SecretPermission.PURGE || p == CertificatePermission.ALL || p == CertificatePermission.PURGE
                || p == StoragePermission.ALL || p == StoragePermission.PURGE;
    }

    static final InputPath PATH = InputPath.of(Inputs.SecureKeyVault.ACCESS_POLICIES);

    /** Owns, and alone reports, these rules. */
    public AccessPolicyRules() {
        super(Rule.ACCESS_POLICY_BROAD_PERMISSION, Rule.ACCESS_POLICY_COUNT, Rule.ACCESS_POLICY_OBJECT_ID,
                Rule.ACCESS_POLICY_RBAC_CONFLICT);
    }

    @Override
    public void check(VaultSpec spec, Checking checking) {
        LimitsProfile profile = checking.profile();
        Findings out = checking.findings();
        List<AccessPolicySpec> policies = spec.accessPolicies();
        int given = SpecList.written(policies); // what the user listed, unusable items too
        if (spec.enableRbacAuthorization() && given > 0) {
            out.add(Finding.of(Rule.ACCESS_POLICY_RBAC_CONFLICT, PATH).value(given + " access policies")
                    .limit("access policies or RBAC, not both")
                    .because("RBAC authorization is on, so Azure ignores the " + given
                            + " access policies given; the identities would have no access.",
                            "Remove 'accessPolicies' and grant roles instead, or set 'enableRbacAuthorization: false'."));
        }
        if (given > profile.maxAccessPolicies()) {
            out.add(Finding.of(Rule.ACCESS_POLICY_COUNT, PATH).value(given)
                    .limit("at most " + profile.maxAccessPolicies() + " access policies")
                    .because(given + " access policies exceed Key Vault's limit of "
                            + profile.maxAccessPolicies() + ".",
                            "Grant groups instead of individual identities, or switch to RBAC authorization."));
        }
        List<AccessPolicy> resolved = new java.util.ArrayList<>(policies.size());
        for (int i = 0; i < policies.size(); i++) {
            AccessPolicySpec policy = policies.get(i);
            int index = SpecList.position(policies, i);
            checkPolicy(index, policy, out);
            if (policy.objectId() != null) {
                resolved.add(AccessPolicy.of(PATH.at(index), policy, spec.tenantId()));
            }
        }
        checking.accessPolicies(resolved);
    }

    private static void checkPolicy(int index, AccessPolicySpec policy, Findings out) {
        // Paths are built only for findings: a thousand clean policies should cost next to nothing.
        guid(index, Inputs.AccessPolicy.OBJECT_ID, "object id", policy.objectId(), out);
        guid(index, Inputs.AccessPolicy.TENANT_ID, "tenant id", policy.tenantId(), out);
        guid(index, Inputs.AccessPolicy.APPLICATION_ID, "application id", policy.applicationId(), out);
        broad(index, Inputs.Permissions.KEYS, policy.permissions().keys(), out);
        broad(index, Inputs.Permissions.SECRETS, policy.permissions().secrets(), out);
        broad(index, Inputs.Permissions.CERTIFICATES, policy.permissions().certificates(), out);
        broad(index, Inputs.Permissions.STORAGE, policy.permissions().storage(), out);
    }

    private static void guid(int index, Property<String> property, String what, String value, Findings out) {
        if (value != null && !Guid.isGuid(value)) {
            out.add(Finding.of(Rule.ACCESS_POLICY_OBJECT_ID, PATH.at(index).child(property)).value(value).limit("a GUID")
                    .because("The access policy's " + what + " '" + value + "' is not a GUID (" + Guid.EXAMPLE + ").",
                            "Use the identity's " + what + ", e.g. from 'az ad sp show --id <app> --query id'; "
                                    + "names and e-mail addresses are not accepted."));
        }
    }

    private static void broad(int index, Property<?> kind, List<? extends SpecEnum> permissions, Findings out) {
        List<String> broad = null;
        for (int i = 0; i < permissions.size(); i++) { // indexed: no iterator per list of every policy
            SpecEnum p = permissions.get(i);
            if (broad(p)) {
                broad = broad == null ? new java.util.ArrayList<>(2) : broad;
                broad.add(p.specName());
            }
        }
        if (broad != null) {
            InputPath path = PATH.at(index).child(Inputs.AccessPolicy.PERMISSIONS).child(kind);
            out.add(Finding.of(Rule.ACCESS_POLICY_BROAD_PERMISSION, path).value(String.join(", ", broad))
                    .limit("least privilege")
                    .because("The access policy grants " + String.join(" and ", broad.stream().map(p -> "'" + p + "'").toList())
                            + " at " + path + "; 'all' includes purge, and purge destroys soft-deleted data for good.",
                            "List only the operations the identity needs, e.g. get and list."));
        }
    }
}
