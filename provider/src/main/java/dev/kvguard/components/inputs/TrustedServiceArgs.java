package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.kvguard.core.spec.TrustedService;
import java.util.Optional;

/**
 * A trusted Microsoft service the vault must admit.
 *
 * <p>Only instance fields: the Pulumi component analyzer turns every declared field into a schema
 * property, and reads no enums, so typed values are written as their spec strings.
 */
public final class TrustedServiceArgs extends ResourceArgs {

    /** The service, e.g. {@code azureBackup}. */
    @Import(name = "service", required = true)
    private Output<String> service;

    /** The service's identity in your tenant, for services that act with their own identity. */
    @Import(name = "objectId")
    private Output<String> objectId;

    /** Under RBAC authorization: the role to assign to {@code objectId} on the vault. */
    @Import(name = "roleDefinitionId")
    private Output<String> roleDefinitionId;

    private TrustedServiceArgs() {
    }

    /** The service, e.g. {@code azureBackup}. */
    public Output<String> service() {
        return service;
    }

    /** The service's identity in your tenant, for services that act with their own identity. */
    public Optional<Output<String>> objectId() {
        return Optional.ofNullable(objectId);
    }

    /** Under RBAC authorization: the role to assign to {@code objectId} on the vault. */
    public Optional<Output<String>> roleDefinitionId() {
        return Optional.ofNullable(roleDefinitionId);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(TrustedServiceArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads, lists as {@code List} or varargs. */
    public static final class Builder {
        private final TrustedServiceArgs args;

        private Builder() {
            args = new TrustedServiceArgs();
        }

        private Builder(TrustedServiceArgs defaults) {
            args = new TrustedServiceArgs();
            args.service = defaults.service;
            args.objectId = defaults.objectId;
            args.roleDefinitionId = defaults.roleDefinitionId;
        }

        /** The service, e.g. {@code azureBackup}. */
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

        /** The service's identity in your tenant, for services that act with their own identity. */
        public Builder objectId(Output<String> objectId) {
            args.objectId = objectId;
            return this;
        }

        public Builder objectId(String objectId) {
            return objectId(Output.of(objectId));
        }

        /** Under RBAC authorization: the role to assign to {@code objectId} on the vault. */
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
