// Generated from dev.kvguard.core.spec.declaration.Inputs.TrustedService by ArgsGenerator; do not edit.
// After changing the declaration: ./mvnw -B -q -pl provider test-compile exec:java@args compile exec:java@schema exec:java@docs
package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.kvguard.core.spec.TrustedService;
import java.util.Optional;

/**
 * A trusted Microsoft service the vault admits, with the identity it acts as.
 *
 * <p>Generated from {@link dev.kvguard.core.spec.declaration.Inputs.TrustedService}. Only instance fields: the Pulumi
 * component analyzer turns every declared field into a schema property, and reads no enums, so typed values are written
 * as their spec strings.
 */
public final class TrustedServiceArgs extends ResourceArgs {

    /** The service, e.g. {@code azureBackup}, {@code templateDeployment}, {@code diskEncryption}. */
    @Import(name = "service", required = true)
    private Output<String> service;

    /** Object id of the service's identity in your tenant, for services that act with their own identity. */
    @Import(name = "objectId")
    private Output<String> objectId;

    /** Under RBAC authorization: the role assigned to {@code objectId} on the vault. */
    @Import(name = "roleDefinitionId")
    private Output<String> roleDefinitionId;

    private TrustedServiceArgs() {
    }

    /** The service, e.g. {@code azureBackup}, {@code templateDeployment}, {@code diskEncryption}. */
    public Output<String> service() {
        return service;
    }

    /** Object id of the service's identity in your tenant, for services that act with their own identity. */
    public Optional<Output<String>> objectId() {
        return Optional.ofNullable(objectId);
    }

    /** Under RBAC authorization: the role assigned to {@code objectId} on the vault. */
    public Optional<Output<String>> roleDefinitionId() {
        return Optional.ofNullable(roleDefinitionId);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from every property of {@code defaults}. */
    public static Builder builder(TrustedServiceArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads, lists as {@code List} or varargs. */
    public static final class Builder {
        private final TrustedServiceArgs args = new TrustedServiceArgs();

        private Builder() {
        }

        private Builder(TrustedServiceArgs defaults) {
            args.service = defaults.service;
            args.objectId = defaults.objectId;
            args.roleDefinitionId = defaults.roleDefinitionId;
        }

        /** The service, e.g. {@code azureBackup}, {@code templateDeployment}, {@code diskEncryption}. */
        public Builder service(Output<String> service) {
            args.service = service;
            return this;
        }

        public Builder service(String service) {
            return service(Output.of(service));
        }

        public Builder service(TrustedService service) {
            return service(service.specName());
        }

        /** Object id of the service's identity in your tenant, for services that act with their own identity. */
        public Builder objectId(Output<String> objectId) {
            args.objectId = objectId;
            return this;
        }

        public Builder objectId(String objectId) {
            return objectId(Output.of(objectId));
        }

        /** Under RBAC authorization: the role assigned to {@code objectId} on the vault. */
        public Builder roleDefinitionId(Output<String> roleDefinitionId) {
            args.roleDefinitionId = roleDefinitionId;
            return this;
        }

        public Builder roleDefinitionId(String roleDefinitionId) {
            return roleDefinitionId(Output.of(roleDefinitionId));
        }

        public TrustedServiceArgs build() {
            return args;
        }
    }
}
