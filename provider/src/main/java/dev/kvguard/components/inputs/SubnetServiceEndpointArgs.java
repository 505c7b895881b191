package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/**
 * Inputs of {@link dev.kvguard.components.SubnetServiceEndpoint}.
 *
 * <p>Only instance fields: the Pulumi component analyzer turns every declared field into a schema
 * property, and reads no enums, so typed values are written as their spec strings.
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

    public static Builder builder(SubnetServiceEndpointArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads, lists as {@code List} or varargs. */
    public static final class Builder {
        private final SubnetServiceEndpointArgs args;

        private Builder() {
            args = new SubnetServiceEndpointArgs();
        }

        private Builder(SubnetServiceEndpointArgs defaults) {
            args = new SubnetServiceEndpointArgs();
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
