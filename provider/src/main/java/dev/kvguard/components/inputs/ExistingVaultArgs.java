package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/**
 * A vault that already exists: the component adopts it with Pulumi's {@code import} option instead of
 * creating it. The resource id must be a plain value (known at preview), since the option is.
 *
 * <p>Only instance fields: the Pulumi component analyzer turns every declared field into a schema property.
 */
public final class ExistingVaultArgs extends ResourceArgs {

    /** Full ARM id of the vault: {@code /subscriptions/<guid>/resourceGroups/<rg>/providers/Microsoft.KeyVault/vaults/<name>}. */
    @Import(name = "resourceId", required = true)
    private Output<String> resourceId;

    /** The vault's settings as Azure reported them, to warn about what adopting it changes. */
    @Import(name = "observed")
    private Output<ObservedVaultArgs> observed;

    private ExistingVaultArgs() {
    }

    /** Full ARM id of the vault. */
    public Output<String> resourceId() {
        return resourceId;
    }

    /** The vault's settings as Azure reported them. */
    public Optional<Output<ObservedVaultArgs>> observed() {
        return Optional.ofNullable(observed);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads. */
    public static final class Builder {
        private final ExistingVaultArgs args = new ExistingVaultArgs();

        private Builder() {
        }

        /** Full ARM id of the vault. */
        public Builder resourceId(Output<String> resourceId) {
            args.resourceId = resourceId;
            return this;
        }

        public Builder resourceId(String resourceId) {
            return resourceId(Output.of(resourceId));
        }

        /** The vault's settings as Azure reported them. */
        public Builder observed(Output<ObservedVaultArgs> observed) {
            args.observed = observed;
            return this;
        }

        public Builder observed(ObservedVaultArgs observed) {
            return observed(Output.of(observed));
        }

        public ExistingVaultArgs build() {
            return args;
        }
    }
}
