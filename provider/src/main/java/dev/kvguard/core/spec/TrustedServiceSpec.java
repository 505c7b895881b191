package dev.kvguard.core.spec;

/**
 * A trusted Microsoft service the vault must admit.
 *
 * @param service          which service
 * @param objectId         the service's identity in the tenant (for services that need one), or null
 * @param roleDefinitionId under RBAC authorization: the role to assign to {@code objectId} on the vault
 */
public record TrustedServiceSpec(TrustedService service, String objectId, String roleDefinitionId) {
}
