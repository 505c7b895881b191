// Generated from dev.kvguard.core.spec.declaration.Inputs.SubnetServiceEndpoint by ArgsGenerator; do not edit.
// After changing the declaration: ./mvnw -B -q -pl provider test-compile exec:java@args compile exec:java@schema exec:java@docs
package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/**
 * Inputs of {@link dev.kvguard.components.SubnetServiceEndpoint}. Turns on the {@code Microsoft.KeyVault} service
 * endpoint of one subnet this program manages, keeping everything else the subnet declares (prefix, other endpoints,
 * delegations, network security group, route table).
 *
 * <p>Generated from {@link dev.kvguard.core.spec.declaration.Inputs.SubnetServiceEndpoint}. Only instance fields: the
 * Pulumi component analyzer turns every declared field into a schema property, and reads no enums, so typed values are
 * written as their spec strings.
 */
public final class SubnetServiceEndpointArgs extends ResourceArgs {

    /** The subnet to update, with everything it already has. */
    @Import(name = "subnet", required = true)
    private Output<ManagedSubnetArgs> subnet;

    private SubnetServiceEndpointArgs() {
    }

    /** The subnet to update, with everything it already has. */
    public Output<ManagedSubnetArgs> subnet() {
        return subnet;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from every property of {@code defaults}. */
    public static Builder builder(SubnetServiceEndpointArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads, lists as {@code List} or varargs. */
    public static final class Builder {
        private final SubnetServiceEndpointArgs args = new SubnetServiceEndpointArgs();

        private Builder() {
        }

        private Builder(SubnetServiceEndpointArgs defaults) {
            args.subnet = defaults.subnet;
        }

        /** The subnet to update, with everything it already has. */
        public Builder subnet(Output<ManagedSubnetArgs> subnet) {
            args.subnet = subnet;
            return this;
        }

        public Builder subnet(ManagedSubnetArgs subnet) {
            return subnet(Output.of(subnet));
        }

        public SubnetServiceEndpointArgs build() {
            return args;
        }
    }
}
