package dev.kvguard.core.model;

import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.TrustedService;
import dev.kvguard.core.spec.VaultFlag;
import java.util.Optional;

/**
 * A trusted service and how the vault admits it besides the firewall bypass: a vault switch, a role assignment
 * (RBAC authorization), or an access policy.
 */
public record TrustedAdmission(InputPath path, TrustedService service, Means means) {

    /** What, besides the bypass, lets the service in. */
    public sealed interface Means permits Switch, Role, Policy {
    }

    /** A vault switch ({@code enabledForDeployment}...), part of the vault's own request. */
    public record Switch(VaultFlag flag) implements Means {
    }

    /** A role assigned to the service's identity on the vault: its own resource, a data-plane consumer. */
    public record Role(String principalId, String roleDefinitionId) implements Means {

        /**
         * The role definition's resource id as Azure wants it: an id as given, a bare role GUID scoped to the vault's
         * subscription (known once the vault exists).
         */
        public String roleDefinitionResourceId(String subscription) {
            return roleDefinitionId.startsWith("/") ? roleDefinitionId
                    : "/subscriptions/" + subscription + "/providers/Microsoft.Authorization/roleDefinitions/" + roleDefinitionId;
        }
    }

    /** The access policy of the service's identity, when the spec grants one. */
    public record Policy(String objectId, Optional<AccessPolicy> policy) implements Means {
    }
}
