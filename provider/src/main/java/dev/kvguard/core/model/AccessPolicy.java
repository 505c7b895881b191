package dev.kvguard.core.model;

import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.AccessPolicySpec;
import dev.kvguard.core.spec.Permissions;
import java.util.Optional;

/**
 * One access-policy entry as the vault is sent it.
 *
 * @param tenantId the policy's tenant, the vault's when the policy names none
 * @param label    the description when given, else the object id
 */
public record AccessPolicy(InputPath path, String objectId, String tenantId, Optional<String> applicationId,
                           Optional<String> declaredTenantId, String label, Permissions permissions) {

    /** The policy at {@code path} of a vault whose tenant is {@code vaultTenant}; its object id must be given. */
    public static AccessPolicy of(InputPath path, AccessPolicySpec policy, String vaultTenant) {
        return new AccessPolicy(path, policy.objectId(), policy.tenantId() != null ? policy.tenantId() : vaultTenant,
                Optional.ofNullable(policy.applicationId()), Optional.ofNullable(policy.tenantId()), policy.label(),
                policy.permissions());
    }
}
