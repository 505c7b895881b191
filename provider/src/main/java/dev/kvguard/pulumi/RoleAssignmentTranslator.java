package dev.kvguard.pulumi;

import com.pulumi.azurenative.authorization.RoleAssignmentArgs;
import com.pulumi.core.Output;
import dev.kvguard.core.model.TrustedAdmission;

/** A trusted service's role on the vault (RBAC authorization) as Azure Native's {@code RoleAssignment}. */
final class RoleAssignmentTranslator {

    private RoleAssignmentTranslator() {
    }

    static RoleAssignmentArgs args(Output<TrustedAdmission.Role> role, Output<String> vaultId) {
        return RoleAssignmentArgs.builder()
                .principalId(role.applyValue(TrustedAdmission.Role::principalId))
                .principalType("ServicePrincipal")
                .roleDefinitionId(Output.tuple(role, vaultId).applyValue(t -> t.t1.roleDefinitionResourceId(subscriptionOf(t.t2))))
                .scope(vaultId)
                .build();
    }

    /** {@code /subscriptions/<id>/...} to {@code <id>}: the vault's subscription, known once the vault exists. */
    static String subscriptionOf(String resourceId) {
        String[] parts = resourceId.split("/");
        return parts.length > 2 ? parts[2] : "";
    }
}
