// Generated from dev.kvguard.core.spec.declaration.Inputs.VirtualNetworkRule by ArgsGenerator; do not edit.
// After changing the declaration: ./mvnw -B -q -pl provider test-compile exec:java@args compile exec:java@schema exec:java@docs
package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/**
 * A subnet the vault admits: either {@code subnetId} (managed elsewhere) or {@code subnet} (kvguard turns its endpoint
 * on).
 *
 * <p>Generated from {@link dev.kvguard.core.spec.declaration.Inputs.VirtualNetworkRule}. Only instance fields: the
 * Pulumi component analyzer turns every declared field into a schema property, and reads no enums, so typed values are
 * written as their spec strings.
 */
public final class VirtualNetworkRuleArgs extends ResourceArgs {

    /** Resource id of an existing subnet whose {@code Microsoft.KeyVault} endpoint is already on. */
    @Import(name = "subnetId")
    private Output<String> subnetId;

    /** A subnet whose {@code Microsoft.KeyVault} endpoint kvguard turns on before the vault names it. */
    @Import(name = "subnet")
    private Output<ManagedSubnetArgs> subnet;

    private VirtualNetworkRuleArgs() {
    }

    /** Resource id of an existing subnet whose {@code Microsoft.KeyVault} endpoint is already on. */
    public Optional<Output<String>> subnetId() {
        return Optional.ofNullable(subnetId);
    }

    /** A subnet whose {@code Microsoft.KeyVault} endpoint kvguard turns on before the vault names it. */
    public Optional<Output<ManagedSubnetArgs>> subnet() {
        return Optional.ofNullable(subnet);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from every property of {@code defaults}. */
    public static Builder builder(VirtualNetworkRuleArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads, lists as {@code List} or varargs. */
    public static final class Builder {
        private final VirtualNetworkRuleArgs args = new VirtualNetworkRuleArgs();

        private Builder() {
        }

        private Builder(VirtualNetworkRuleArgs defaults) {
            args.subnetId = defaults.subnetId;
            args.subnet = defaults.subnet;
        }

        /** Resource id of an existing subnet whose {@code Microsoft.KeyVault} endpoint is already on. */
        public Builder subnetId(Output<String> subnetId) {
            args.subnetId = subnetId;
            return this;
        }

        public Builder subnetId(String subnetId) {
            return subnetId(Output.of(subnetId));
        }

        /** A subnet whose {@code Microsoft.KeyVault} endpoint kvguard turns on before the vault names it. */
        public Builder subnet(Output<ManagedSubnetArgs> subnet) {
            args.subnet = subnet;
            return this;
        }

        public Builder subnet(ManagedSubnetArgs subnet) {
            return subnet(Output.of(subnet));
        }

        public VirtualNetworkRuleArgs build() {
            return args;
        }
    }
}
