package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.kvguard.core.spec.CertificatePermission;
import dev.kvguard.core.spec.KeyPermission;
import dev.kvguard.core.spec.SecretPermission;
import dev.kvguard.core.spec.StoragePermission;
import java.util.List;
import java.util.Optional;

/**
 * Access-policy permissions, spelled as Azure spells them.
 *
 * <p>Only instance fields: the Pulumi component analyzer turns every declared field into a schema
 * property, and reads no enums, so typed values are written as their spec strings.
 */
public final class PermissionsArgs extends ResourceArgs {

    /** Key permissions. */
    @Import(name = "keys")
    private Output<List<String>> keys;

    /** Secret permissions. */
    @Import(name = "secrets")
    private Output<List<String>> secrets;

    /** Certificate permissions. */
    @Import(name = "certificates")
    private Output<List<String>> certificates;

    /** Storage-account permissions. */
    @Import(name = "storage")
    private Output<List<String>> storage;

    private PermissionsArgs() {
    }

    /** Key permissions. */
    public Optional<Output<List<String>>> keys() {
        return Optional.ofNullable(keys);
    }

    /** Secret permissions. */
    public Optional<Output<List<String>>> secrets() {
        return Optional.ofNullable(secrets);
    }

    /** Certificate permissions. */
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

    public static Builder builder(PermissionsArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads, lists as {@code List} or varargs. */
    public static final class Builder {
        private final PermissionsArgs args;

        private Builder() {
            args = new PermissionsArgs();
        }

        private Builder(PermissionsArgs defaults) {
            args = new PermissionsArgs();
            args.keys = defaults.keys;
            args.secrets = defaults.secrets;
            args.certificates = defaults.certificates;
            args.storage = defaults.storage;
        }

        /** Key permissions. */
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
            return keys(java.util.Arrays.stream(keys).map(KeyPermission::specName).toList());
        }

        /** Secret permissions. */
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
            return secrets(java.util.Arrays.stream(secrets).map(SecretPermission::specName).toList());
        }

        /** Certificate permissions. */
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
            return certificates(java.util.Arrays.stream(certificates).map(CertificatePermission::specName).toList());
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
            return storage(java.util.Arrays.stream(storage).map(StoragePermission::specName).toList());
        }

        public PermissionsArgs build() {
            return args;
        }
    }
}
