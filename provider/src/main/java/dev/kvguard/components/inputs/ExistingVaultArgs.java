// Generated from dev.kvguard.core.spec.declaration.Inputs.ExistingVault by ArgsGenerator; do not edit.
// After changing the declaration: ./mvnw -B -q -pl provider test-compile exec:java@args compile exec:java@schema exec:java@docs
package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/**
 * A vault that already exists and is adopted (imported) rather than created; written by {@code kvguard import --adopt}.
 *
 * <p>Generated from {@link dev.kvguard.core.spec.declaration.Inputs.ExistingVault}. Only instance fields: the Pulumi
 * component analyzer turns every declared field into a schema property, and reads no enums, so typed values are written
 * as their spec strings.
 */
public final class ExistingVaultArgs extends ResourceArgs {

    /**
     * Full resource id of the vault, {@code
     * /subscriptions/<guid>/resourceGroups/<rg>/providers/Microsoft.KeyVault/vaults/<name>}; its resource group and
     * name must be those of the component's inputs. Must be a plain value.
     */
    @Import(name = "resourceId", required = true)
    private Output<String> resourceId;

    /** The vault's settings as Azure reported them; kvguard warns about every one the inputs change. */
    @Import(name = "observed")
    private Output<ObservedVaultArgs> observed;

    private ExistingVaultArgs() {
    }

    /**
     * Full resource id of the vault, {@code
     * /subscriptions/<guid>/resourceGroups/<rg>/providers/Microsoft.KeyVault/vaults/<name>}; its resource group and
     * name must be those of the component's inputs. Must be a plain value.
     */
    public Output<String> resourceId() {
        return resourceId;
    }

    /** The vault's settings as Azure reported them; kvguard warns about every one the inputs change. */
    public Optional<Output<ObservedVaultArgs>> observed() {
        return Optional.ofNullable(observed);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from every property of {@code defaults}. */
    public static Builder builder(ExistingVaultArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads, lists as {@code List} or varargs. */
    public static final class Builder {
        private final ExistingVaultArgs args = new ExistingVaultArgs();

        private Builder() {
        }

        private Builder(ExistingVaultArgs defaults) {
            args.resourceId = defaults.resourceId;
            args.observed = defaults.observed;
        }

        /**
         * Full resource id of the vault, {@code
         * /subscriptions/<guid>/resourceGroups/<rg>/providers/Microsoft.KeyVault/vaults/<name>}; its resource group and
         * name must be those of the component's inputs. Must be a plain value.
         */
        public Builder resourceId(Output<String> resourceId) {
            args.resourceId = resourceId;
            return this;
        }

        public Builder resourceId(String resourceId) {
            return resourceId(Output.of(resourceId));
        }

        /** The vault's settings as Azure reported them; kvguard warns about every one the inputs change. */
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
