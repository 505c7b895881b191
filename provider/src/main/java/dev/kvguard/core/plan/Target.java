package dev.kvguard.core.plan;

import dev.kvguard.core.model.AccessPolicy;
import dev.kvguard.core.model.DiagnosticSetting;
import dev.kvguard.core.model.ExistingSubnet;
import dev.kvguard.core.model.ManagedSubnet;
import dev.kvguard.core.model.PrivateEndpoint;
import dev.kvguard.core.model.TrustedAdmission;

/**
 * What a step changes in Azure, typed: materialisation picks one translator per kind of target and reads the
 * values it needs from the target, never from the step's text or id.
 */
public sealed interface Target {

    /** How the target reaches Azure: its own resource, part of the vault's request, or a precondition. */
    Applies applies();

    /** A managed subnet whose {@code Microsoft.KeyVault} service endpoint kvguard turns on. */
    record ServiceEndpoint(ManagedSubnet subnet) implements Target {
        @Override
        public Applies applies() {
            return Applies.RESOURCE;
        }
    }

    /** An existing subnet whose endpoint must already be on; nothing is deployed. */
    record EndpointPrecondition(ExistingSubnet subnet) implements Target {
        @Override
        public Applies applies() {
            return Applies.PRECONDITION;
        }
    }

    /** The vault itself, with its firewall, switches and inline access policies. */
    record Vault() implements Target {
        @Override
        public Applies applies() {
            return Applies.RESOURCE;
        }
    }

    /** The vault's diagnostic setting. */
    record Diagnostics(DiagnosticSetting setting) implements Target {
        @Override
        public Applies applies() {
            return Applies.RESOURCE;
        }
    }

    /** A private endpoint to the vault. */
    record Endpoint(PrivateEndpoint endpoint) implements Target {
        @Override
        public Applies applies() {
            return Applies.RESOURCE;
        }
    }

    /** A private endpoint's DNS zone group, which registers the vault's name. */
    record DnsZoneGroup(PrivateEndpoint endpoint) implements Target {
        @Override
        public Applies applies() {
            return Applies.RESOURCE;
        }
    }

    /** A role assignment that admits a trusted service under RBAC authorization. */
    record RoleAssignment(TrustedAdmission admission, TrustedAdmission.Role role) implements Target {
        @Override
        public Applies applies() {
            return Applies.RESOURCE;
        }
    }

    /** A trusted service admitted inside the vault's request (the bypass with a switch or its access policy). */
    record InlineAdmission(TrustedAdmission admission) implements Target {
        @Override
        public Applies applies() {
            return Applies.INLINE;
        }
    }

    /** An access policy, sent in the vault's request. */
    record InlineAccessPolicy(AccessPolicy policy) implements Target {
        @Override
        public Applies applies() {
            return Applies.INLINE;
        }
    }
}
