// Generated from dev.kvguard.core.spec.declaration.Inputs.AccessPolicy by ArgsGenerator; do not edit.
// After changing the declaration: ./mvnw -B -q -pl provider test-compile exec:java@args compile exec:java@schema exec:java@docs
package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/**
 * An access policy: an identity and what it may do with the vault's keys, secrets, certificates and storage accounts.
 *
 * <p>Generated from {@link dev.kvguard.core.spec.declaration.Inputs.AccessPolicy}. Only instance fields: the Pulumi
 * component analyzer turns every declared field into a schema property, and reads no enums, so typed values are written
 * as their spec strings.
 */
public final class AccessPolicyArgs extends ResourceArgs {

    /** Object id (a GUID) of the user, group, service principal or managed identity. */
    @Import(name = "objectId", required = true)
    private Output<String> objectId;

    /** Tenant of the identity; default the vault's tenant. */
    @Import(name = "tenantId")
    private Output<String> tenantId;

    /** Application id, for compound identities only. */
    @Import(name = "applicationId")
    private Output<String> applicationId;

    /** A label shown in plans and findings. */
    @Import(name = "description")
    private Output<String> description;

    /** The permissions granted. */
    @Import(name = "permissions")
    private Output<PermissionsArgs> permissions;

    private AccessPolicyArgs() {
    }

    /** Object id (a GUID) of the user, group, service principal or managed identity. */
    public Output<String> objectId() {
        return objectId;
    }

    /** Tenant of the identity; default the vault's tenant. */
    public Optional<Output<String>> tenantId() {
        return Optional.ofNullable(tenantId);
    }

    /** Application id, for compound identities only. */
    public Optional<Output<String>> applicationId() {
        return Optional.ofNullable(applicationId);
    }

    /** A label shown in plans and findings. */
    public Optional<Output<String>> description() {
        return Optional.ofNullable(description);
    }

    /** The permissions granted. */
    public Optional<Output<PermissionsArgs>> permissions() {
        return Optional.ofNullable(permissions);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from every property of {@code defaults}. */
    public static Builder builder(AccessPolicyArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads, lists as {@code List} or varargs. */
    public static final class Builder {
        private final AccessPolicyArgs args = new AccessPolicyArgs();

        private Builder() {
        }

        private Builder(AccessPolicyArgs defaults) {
            args.objectId = defaults.objectId;
            args.tenantId = defaults.tenantId;
            args.applicationId = defaults.applicationId;
            args.description = defaults.description;
            args.permissions = defaults.permissions;
        }

        /** Object id (a GUID) of the user, group, service principal or managed identity. */
        public Builder objectId(Output<String> objectId) {
            args.objectId = objectId;
            return this;
        }

        public Builder objectId(String objectId) {
            return objectId(Output.of(objectId));
        }

        /** Tenant of the identity; default the vault's tenant. */
        public Builder tenantId(Output<String> tenantId) {
            args.tenantId = tenantId;
            return this;
        }

        public Builder tenantId(String tenantId) {
            return tenantId(Output.of(tenantId));
        }

        /** Application id, for compound identities only. */
        public Builder applicationId(Output<String> applicationId) {
            args.applicationId = applicationId;
            return this;
        }

        public Builder applicationId(String applicationId) {
            return applicationId(Output.of(applicationId));
        }

        /** A label shown in plans and findings. */
        public Builder description(Output<String> description) {
            args.description = description;
            return this;
        }

        public Builder description(String description) {
            return description(Output.of(description));
        }

        /** The permissions granted. */
        public Builder permissions(Output<PermissionsArgs> permissions) {
            args.permissions = permissions;
            return this;
        }

        public Builder permissions(PermissionsArgs permissions) {
            return permissions(Output.of(permissions));
        }

        public AccessPolicyArgs build() {
            return args;
        }
    }
}
