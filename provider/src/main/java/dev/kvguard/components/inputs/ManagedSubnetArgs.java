// Generated from dev.kvguard.core.spec.declaration.Inputs.ManagedSubnet by ArgsGenerator; do not edit.
// After changing the declaration: ./mvnw -B -q -pl provider test-compile exec:java@args compile exec:java@schema exec:java@docs
package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/**
 * A subnet kvguard updates, declared with everything it has, so that the update drops nothing.
 *
 * <p>Generated from {@link dev.kvguard.core.spec.declaration.Inputs.ManagedSubnet}. Only instance fields: the Pulumi
 * component analyzer turns every declared field into a schema property, and reads no enums, so typed values are written
 * as their spec strings.
 */
public final class ManagedSubnetArgs extends ResourceArgs {

    /** Resource group of the virtual network. Must be a plain value: it names a resource kvguard creates. */
    @Import(name = "resourceGroupName", required = true)
    private Output<String> resourceGroupName;

    /** The virtual network. Must be a plain value. */
    @Import(name = "virtualNetworkName", required = true)
    private Output<String> virtualNetworkName;

    /** The subnet. Must be a plain value. */
    @Import(name = "name", required = true)
    private Output<String> name;

    /** The subnet's IPv4 range, a network CIDR such as {@code 10.0.1.0/24}. */
    @Import(name = "addressPrefix", required = true)
    private Output<String> addressPrefix;

    /** Service endpoints the subnet keeps besides {@code Microsoft.KeyVault}. */
    @Import(name = "serviceEndpoints")
    private Output<List<String>> serviceEndpoints;

    /** Resource id of the network security group the subnet keeps. */
    @Import(name = "networkSecurityGroupId")
    private Output<String> networkSecurityGroupId;

    /** Resource id of the route table the subnet keeps. */
    @Import(name = "routeTableId")
    private Output<String> routeTableId;

    /** Services the subnet stays delegated to, e.g. {@code Microsoft.Web/serverFarms}. */
    @Import(name = "delegations")
    private Output<List<String>> delegations;

    private ManagedSubnetArgs() {
    }

    /** Resource group of the virtual network. Must be a plain value: it names a resource kvguard creates. */
    public Output<String> resourceGroupName() {
        return resourceGroupName;
    }

    /** The virtual network. Must be a plain value. */
    public Output<String> virtualNetworkName() {
        return virtualNetworkName;
    }

    /** The subnet. Must be a plain value. */
    public Output<String> name() {
        return name;
    }

    /** The subnet's IPv4 range, a network CIDR such as {@code 10.0.1.0/24}. */
    public Output<String> addressPrefix() {
        return addressPrefix;
    }

    /** Service endpoints the subnet keeps besides {@code Microsoft.KeyVault}. */
    public Optional<Output<List<String>>> serviceEndpoints() {
        return Optional.ofNullable(serviceEndpoints);
    }

    /** Resource id of the network security group the subnet keeps. */
    public Optional<Output<String>> networkSecurityGroupId() {
        return Optional.ofNullable(networkSecurityGroupId);
    }

    /** Resource id of the route table the subnet keeps. */
    public Optional<Output<String>> routeTableId() {
        return Optional.ofNullable(routeTableId);
    }

    /** Services the subnet stays delegated to, e.g. {@code Microsoft.Web/serverFarms}. */
    public Optional<Output<List<String>>> delegations() {
        return Optional.ofNullable(delegations);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from every property of {@code defaults}. */
    public static Builder builder(ManagedSubnetArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads, lists as {@code List} or varargs. */
    public static final class Builder {
        private final ManagedSubnetArgs args = new ManagedSubnetArgs();

        private Builder() {
        }

        private Builder(ManagedSubnetArgs defaults) {
            args.resourceGroupName = defaults.resourceGroupName;
            args.virtualNetworkName = defaults.virtualNetworkName;
            args.name = defaults.name;
            args.addressPrefix = defaults.addressPrefix;
            args.serviceEndpoints = defaults.serviceEndpoints;
            args.networkSecurityGroupId = defaults.networkSecurityGroupId;
            args.routeTableId = defaults.routeTableId;
            args.delegations = defaults.delegations;
        }

        /** Resource group of the virtual network. Must be a plain value: it names a resource kvguard creates. */
        public Builder resourceGroupName(Output<String> resourceGroupName) {
            args.resourceGroupName = resourceGroupName;
            return this;
        }

        public Builder resourceGroupName(String resourceGroupName) {
            return resourceGroupName(Output.of(resourceGroupName));
        }

        /** The virtual network. Must be a plain value. */
        public Builder virtualNetworkName(Output<String> virtualNetworkName) {
            args.virtualNetworkName = virtualNetworkName;
            return this;
        }

        public Builder virtualNetworkName(String virtualNetworkName) {
            return virtualNetworkName(Output.of(virtualNetworkName));
        }

        /** The subnet. Must be a plain value. */
        public Builder name(Output<String> name) {
            args.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        /** The subnet's IPv4 range, a network CIDR such as {@code 10.0.1.0/24}. */
        public Builder addressPrefix(Output<String> addressPrefix) {
            args.addressPrefix = addressPrefix;
            return this;
        }

        public Builder addressPrefix(String addressPrefix) {
            return addressPrefix(Output.of(addressPrefix));
        }

        /** Service endpoints the subnet keeps besides {@code Microsoft.KeyVault}. */
        public Builder serviceEndpoints(Output<List<String>> serviceEndpoints) {
            args.serviceEndpoints = serviceEndpoints;
            return this;
        }

        public Builder serviceEndpoints(List<String> serviceEndpoints) {
            return serviceEndpoints(Output.of(serviceEndpoints));
        }

        public Builder serviceEndpoints(String... serviceEndpoints) {
            return serviceEndpoints(List.of(serviceEndpoints));
        }

        /** Resource id of the network security group the subnet keeps. */
        public Builder networkSecurityGroupId(Output<String> networkSecurityGroupId) {
            args.networkSecurityGroupId = networkSecurityGroupId;
            return this;
        }

        public Builder networkSecurityGroupId(String networkSecurityGroupId) {
            return networkSecurityGroupId(Output.of(networkSecurityGroupId));
        }

        /** Resource id of the route table the subnet keeps. */
        public Builder routeTableId(Output<String> routeTableId) {
            args.routeTableId = routeTableId;
            return this;
        }

        public Builder routeTableId(String routeTableId) {
            return routeTableId(Output.of(routeTableId));
        }

        /** Services the subnet stays delegated to, e.g. {@code Microsoft.Web/serverFarms}. */
        public Builder delegations(Output<List<String>> delegations) {
            args.delegations = delegations;
            return this;
        }

        public Builder delegations(List<String> delegations) {
            return delegations(Output.of(delegations));
        }

        public Builder delegations(String... delegations) {
            return delegations(List.of(delegations));
        }

        public ManagedSubnetArgs build() {
            return args;
        }
    }
}
