package dev.kvguard.core.spec;

/**
 * One access-policy entry, owned by the vault (declared inline, so nothing else may edit the vault's
 * policies and drift).
 *
 * @param objectId      object id of the user, group, service principal or managed identity
 * @param tenantId      its tenant; null means the vault's tenant
 * @param applicationId for compound identities only, else null
 * @param description   a label for plans and findings, e.g. {@code payments-api}; optional
 * @param permissions   what the identity may do
 */
public record AccessPolicySpec(String objectId, String tenantId, String applicationId, String description,
                               Permissions permissions) {

    public AccessPolicySpec {
        permissions = permissions == null ? Permissions.NONE : permissions;
    }

    /** The description if given, else the object id. */
    public String label() {
        return description != null && !description.isBlank() ? description : objectId;
    }
}
