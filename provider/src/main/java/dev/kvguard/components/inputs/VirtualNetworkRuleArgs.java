package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/**
 * One virtual-network rule: an existing subnet by id, or a subnet whose endpoint kvguard manages.
 *
 * <p>Only instance fields: the Pulumi component analyzer turns every declared field into a schema
 * property, and reads no enums, so typed values are written as their spec strings.
 */
public final class VirtualNetworkRuleArgs extends ResourceArgs {

    /** Resource id of an existing subnet whose Microsoft.KeyVault endpoint is already on. */
    @Import(name = "subnetId")
    private Output<String> subnetId;

    /** A subnet whose Microsoft.KeyVault endpoint kvguard turns on. */
    @Import(name = "subnet")
    private Output<ManagedSubnetArgs> subnet;

    private VirtualNetworkRuleArgs() {
    }

    /** Resource id of an existing subnet whose Microsoft.KeyVault endpoint is already on. */
    public Optional<Output<String>> subnetId() {
        return Optional.ofNullable(subnetId);
    }

    /** A subnet whose Microsoft.KeyVault endpoint kvguard turns on. */
    public Optional<Output<ManagedSubnetArgs>> subnet() {
        return Optional.ofNullable(subnet);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(VirtualNetworkRuleArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads, lists as {@code List} or varargs. */
    public static final class Builder {
        private final VirtualNetworkRuleArgs args;

        private Builder() {
            args = new VirtualNetworkRuleArgs();
        }

        private Builder(VirtualNetworkRuleArgs defaults) {
            args = new VirtualNetworkRuleArgs();
            args.subnetId = defaults.subnetId;
            args.subnet = defaults.subnet;
        }

        /** Resource id of an existing subnet whose Microsoft.KeyVault endpoint is already on. */
        public Builder subnetId(Output<String> subnetId) {
            args.subnetId = subnetId;
            return this;
        }

        public Builder subnetId(String subnetId) {
            return subnetId(Output.of(subnetId));
        }

        /** A subnet whose Microsoft.KeyVault endpoint kvguard turns on. */
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
