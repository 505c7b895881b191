// Generated from dev.kvguard.core.spec.declaration.Inputs.PrivateEndpointSubnet by ArgsGenerator; do not edit.
// After changing the declaration: ./mvnw -B -q -pl provider test-compile exec:java@args compile exec:java@schema exec:java@docs
package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/**
 * A subnet a private endpoint is placed in, named by its parts; kvguard does not change it.
 *
 * <p>Generated from {@link dev.kvguard.core.spec.declaration.Inputs.PrivateEndpointSubnet}. Only instance fields: the
 * Pulumi component analyzer turns every declared field into a schema property, and reads no enums, so typed values are
 * written as their spec strings.
 */
public final class PrivateEndpointSubnetArgs extends ResourceArgs {

    /** Resource group of the virtual network. */
    @Import(name = "resourceGroupName", required = true)
    private Output<String> resourceGroupName;

    /** The virtual network. */
    @Import(name = "virtualNetworkName", required = true)
    private Output<String> virtualNetworkName;

    /** The subnet. */
    @Import(name = "name", required = true)
    private Output<String> name;

    /** The subnet's IPv4 range, when known: a static IP is checked against it. */
    @Import(name = "addressPrefix")
    private Output<String> addressPrefix;

    private PrivateEndpointSubnetArgs() {
    }

    /** Resource group of the virtual network. */
    public Output<String> resourceGroupName() {
        return resourceGroupName;
    }

    /** The virtual network. */
    public Output<String> virtualNetworkName() {
        return virtualNetworkName;
    }

    /** The subnet. */
    public Output<String> name() {
        return name;
    }

    /** The subnet's IPv4 range, when known: a static IP is checked against it. */
    public Optional<Output<String>> addressPrefix() {
        return Optional.ofNullable(addressPrefix);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from every property of {@code defaults}. */
    public static Builder builder(PrivateEndpointSubnetArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads, lists as {@code List} or varargs. */
    public static final class Builder {
        private final PrivateEndpointSubnetArgs args = new PrivateEndpointSubnetArgs();

        private Builder() {
        }

        private Builder(PrivateEndpointSubnetArgs defaults) {
            args.resourceGroupName = defaults.resourceGroupName;
            args.virtualNetworkName = defaults.virtualNetworkName;
            args.name = defaults.name;
            args.addressPrefix = defaults.addressPrefix;
        }

        /** Resource group of the virtual network. */
        public Builder resourceGroupName(Output<String> resourceGroupName) {
            args.resourceGroupName = resourceGroupName;
            return this;
        }

        public Builder resourceGroupName(String resourceGroupName) {
            return resourceGroupName(Output.of(resourceGroupName));
        }

        /** The virtual network. */
        public Builder virtualNetworkName(Output<String> virtualNetworkName) {
            args.virtualNetworkName = virtualNetworkName;
            return this;
        }

        public Builder virtualNetworkName(String virtualNetworkName) {
            return virtualNetworkName(Output.of(virtualNetworkName));
        }

        /** The subnet. */
        public Builder name(Output<String> name) {
            args.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        /** The subnet's IPv4 range, when known: a static IP is checked against it. */
        public Builder addressPrefix(Output<String> addressPrefix) {
            args.addressPrefix = addressPrefix;
            return this;
        }

        public Builder addressPrefix(String addressPrefix) {
            return addressPrefix(Output.of(addressPrefix));
        }

        public PrivateEndpointSubnetArgs build() {
            return args;
        }
    }
}
