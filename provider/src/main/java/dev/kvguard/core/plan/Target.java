package dev.kvguard.core.plan;

import dev.kvguard.core.model.AccessPolicy;
import dev.kvguard.core.model.DiagnosticSetting;
import dev.kvguard.core.model.ExistingSubnet;
import dev.kvguard.core.model.ManagedSubnet;
import dev.kvguard.core.model.PrivateEndpoint;
import dev.kvguard.core.model.TrustedAdmission;

/**
 * What a step changes in Azure, typed: materialisation picks the translator by the kind of target, and finds
 * the values to send by the target's own key (a subnet's key, a service, an endpoint's name) in the resolved
 * vault, never in the step's text or id. (Values come from the vault resolved once every input is known; the
 * target, from the plan made at preview, decides only which resource exists.)
 */
public sealed interface Target {

    /** How the target reaches Azure: its own resource, part of the vault's request, or a precondition. */
    Applies applies();

    /** A target that is its own Azure resource. */
    sealed interface AzureResource extends Target {
        @Override
        default Applies applies() {
            return Applies.RESOURCE;
        }

        /** Hands this target to the visitor's method for its kind, with {@code argument}. */
        <R, A> R accept(ResourceVisitor<R, A> visitor, A argument);
    }

    /**
     * One method per kind of resource target. Java 17 has no exhaustive {@code switch} over sealed types; a
     * visitor gives the same guarantee: a new kind of resource does not compile until every visitor (the
     * materialiser's translators among them) handles it.
     *
     * @param <R> what a visit returns
     * @param <A> what every visit is given besides the target
     */
    interface ResourceVisitor<R, A> {
        R serviceEndpoint(ServiceEndpoint target, A argument);

        R vault(Vault target, A argument);

        R diagnostics(Diagnostics target, A argument);

        R endpoint(Endpoint target, A argument);

        R dnsZoneGroup(DnsZoneGroup target, A argument);

        R roleAssignment(RoleAssignment target, A argument);
    }

    /** A target sent as part of the vault's own request. */
    sealed interface InVaultRequest extends Target {
        @Override
        default Applies applies() {
            return Applies.INLINE;
        }
    }

    /** A condition someone else must already have met; nothing is deployed. */
    sealed interface Precondition extends Target {
        @Override
        default Applies applies() {
            return Applies.PRECONDITION;
        }
    }

    /**
     * The target of a step in a plan shown with secret inputs hidden: only how it applies remains, since the
     * parts of the resolved vault hold the secret values. Materialisation never receives such a plan.
     */
    record Withheld(Applies applies) implements Target {
    }

    /** A managed subnet whose {@code Microsoft.KeyVault} service endpoint kvguard turns on. */
    record ServiceEndpoint(ManagedSubnet subnet) implements AzureResource {
        @Override
        public <R, A> R accept(ResourceVisitor<R, A> visitor, A argument) {
            return visitor.serviceEndpoint(this, argument);
        }
    }

    /** An existing subnet whose endpoint must already be on; nothing is deployed. */
    record EndpointPrecondition(ExistingSubnet subnet) implements Precondition {
    }

    /** The vault itself, with its firewall, switches and inline access policies. */
    record Vault() implements AzureResource {
        @Override
        public <R, A> R accept(ResourceVisitor<R, A> visitor, A argument) {
            return visitor.vault(this, argument);
        }
    }

    /** The vault's diagnostic setting. */
    record Diagnostics(DiagnosticSetting setting) implements AzureResource {
        @Override
        public <R, A> R accept(ResourceVisitor<R, A> visitor, A argument) {
            return visitor.diagnostics(this, argument);
        }
    }

    /** A private endpoint to the vault. */
    record Endpoint(PrivateEndpoint endpoint) implements AzureResource {
        @Override
        public <R, A> R accept(ResourceVisitor<R, A> visitor, A argument) {
            return visitor.endpoint(this, argument);
        }
    }

    /** A private endpoint's DNS zone group, which registers the vault's name. */
    record DnsZoneGroup(PrivateEndpoint endpoint) implements AzureResource {
        @Override
        public <R, A> R accept(ResourceVisitor<R, A> visitor, A argument) {
            return visitor.dnsZoneGroup(this, argument);
        }
    }

    /** A role assignment that admits a trusted service under RBAC authorization. */
    record RoleAssignment(TrustedAdmission admission) implements AzureResource {
        public RoleAssignment {
            if (!(admission.means() instanceof TrustedAdmission.Role)) {
                throw new IllegalArgumentException(admission.service().specName() + " is not admitted by a role");
            }
        }

        public TrustedAdmission.Role role() {
            return (TrustedAdmission.Role) admission.means();
        }

        @Override
        public <R, A> R accept(ResourceVisitor<R, A> visitor, A argument) {
            return visitor.roleAssignment(this, argument);
        }
    }

    /** A trusted service admitted inside the vault's request (the bypass with a switch or its access policy). */
    record InlineAdmission(TrustedAdmission admission) implements InVaultRequest {
    }

    /** An access policy, sent in the vault's request. */
    record InlineAccessPolicy(AccessPolicy policy) implements InVaultRequest {
    }
}
