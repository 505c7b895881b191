// Generated from dev.kvguard.core.spec.declaration.Inputs.Permissions by ArgsGenerator; do not edit.
// After changing the declaration: ./mvnw -B -q -pl provider test-compile exec:java@args compile exec:java@schema exec:java@docs
package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.kvguard.core.spec.CertificatePermission;
import dev.kvguard.core.spec.KeyPermission;
import dev.kvguard.core.spec.SecretPermission;
import dev.kvguard.core.spec.StoragePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Permissions an access policy grants, by kind of object.
 *
 * <p>Generated from {@link dev.kvguard.core.spec.declaration.Inputs.Permissions}. Only instance fields: the Pulumi
 * component analyzer turns every declared field into a schema property, and reads no enums, so typed values are written
 * as their spec strings.
 */
public final class PermissionsArgs extends ResourceArgs {

    /** Key permissions, e.g. {@code get}, {@code wrapKey}, {@code unwrapKey}. */
    @Import(name = "keys")
    private Output<List<String>> keys;

    /** Secret permissions, e.g. {@code get}, {@code list}. */
    @Import(name = "secrets")
    private Output<List<String>> secrets;

    /** Certificate permissions, e.g. {@code get}, {@code import}. */
    @Import(name = "certificates")
    private Output<List<String>> certificates;

    /** Storage-account permissions. */
    @Import(name = "storage")
    private Output<List<String>> storage;

    private PermissionsArgs() {
    }

    /** Key permissions, e.g. {@code get}, {@code wrapKey}, {@code unwrapKey}. */
    public Optional<Output<List<String>>> keys() {
        return Optional.ofNullable(keys);
    }

    /** Secret permissions, e.g. {@code get}, {@code list}. */
    public Optional<Output<List<String>>> secrets() {
        return Optional.ofNullable(secrets);
    }

    /** Certificate permissions, e.g. {@code get}, {@code import}. */
    public Optional<Output<List<String>>> certificates() {
        return Optional.ofNullable(certificates);
    }

    /** Storage-account permissions. */
    public Optional<Output<List<String>>> storage() {
        return Optional.ofNullable(storage);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from every property of {@code defaults}. */
    public static Builder builder(PermissionsArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads, lists as {@code List} or varargs. */
    public static final class Builder {
        private final PermissionsArgs args = new PermissionsArgs();

        private Builder() {
        }

        private Builder(PermissionsArgs defaults) {
            args.keys = defaults.keys;
            args.secrets = defaults.secrets;
            args.certificates = defaults.certificates;
            args.storage = defaults.storage;
        }

        /** Key permissions, e.g. {@code get}, {@code wrapKey}, {@code unwrapKey}. */
        public Builder keys(Output<List<String>> keys) {
            args.keys = keys;
            return this;
        }

        public Builder keys(List<String> keys) {
            return keys(Output.of(keys));
        }

        public Builder keys(String... keys) {
            return keys(List.of(keys));
        }

        public Builder keys(KeyPermission... keys) {
            return keys(Arrays.stream(keys).map(KeyPermission::specName).toList());
        }

        /** Secret permissions, e.g. {@code get}, {@code list}. */
        public Builder secrets(Output<List<String>> secrets) {
            args.secrets = secrets;
            return this;
        }

        public Builder secrets(List<String> secrets) {
            return secrets(Output.of(secrets));
        }

        public Builder secrets(String... secrets) {
            return secrets(List.of(secrets));
        }

        public Builder secrets(SecretPermission... secrets) {
            return secrets(Arrays.stream(secrets).map(SecretPermission::specName).toList());
        }

        /** Certificate permissions, e.g. {@code get}, {@code import}. */
        public Builder certificates(Output<List<String>> certificates) {
            args.certificates = certificates;
            return this;
        }

        public Builder certificates(List<String> certificates) {
            return certificates(Output.of(certificates));
        }

        public Builder certificates(String... certificates) {
            return certificates(List.of(certificates));
        }

        public Builder certificates(CertificatePermission... certificates) {
            return certificates(Arrays.stream(certificates).map(CertificatePermission::specName).toList());
        }

        /** Storage-account permissions. */
        public Builder storage(Output<List<String>> storage) {
            args.storage = storage;
            return this;
        }

        public Builder storage(List<String> storage) {
            return storage(Output.of(storage));
        }

        public Builder storage(String... storage) {
            return storage(List.of(storage));
        }

        public Builder storage(StoragePermission... storage) {
            return storage(Arrays.stream(storage).map(StoragePermission::specName).toList());
        }

        public PermissionsArgs build() {
            return args;
        }
    }
}
