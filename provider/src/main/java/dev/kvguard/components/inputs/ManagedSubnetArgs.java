package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/**
 * A subnet kvguard updates. Everything the subnet has is declared so that the update keeps it.
 *
 * <p>Only instance fields: the Pulumi component analyzer turns every declared field into a schema
 * property, and reads no enums, so typed values are written as their spec strings.
 */
public final class ManagedSubnetArgs extends ResourceArgs {

    /** Resource group of the virtual network. */
    @Import(name = "resourceGroupName", required = true)
    private Output<String> resourceGroupName;

    /** The virtual network. */
    @Import(name = "virtualNetworkName", required = true)
    private Output<String> virtualNetworkName;

    /** The subnet. */
    @Import(name = "name", required = true)
    private Output<String> name;

    /** The subnet's IPv4 range. */
    @Import(name = "addressPrefix", required = true)
    private Output<String> addressPrefix;

    /** Endpoints to keep besides Microsoft.KeyVault. */
    @Import(name = "serviceEndpoints")
    private Output<List<String>> serviceEndpoints;

    /** Network security group to keep. */
    @Import(name = "networkSecurityGroupId")
    private Output<String> networkSecurityGroupId;

    /** Route table to keep. */
    @Import(name = "routeTableId")
    private Output<String> routeTableId;

    /** Service names the subnet is delegated to, e.g. {@code Microsoft.Web/serverFarms}. */
    @Import(name = "delegations")
    private Output<List<String>> delegations;

    private ManagedSubnetArgs() {
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

    /** The subnet's IPv4 range. */
    public Output<String> addressPrefix() {
        return addressPrefix;
    }

    /** Endpoints to keep besides Microsoft.KeyVault. */
    public Optional<Output<List<String>>> serviceEndpoints() {
        return Optional.ofNullable(serviceEndpoints);
    }

    /** Network security group to keep. */
    public Optional<Output<String>> networkSecurityGroupId() {
        return Optional.ofNullable(networkSecurityGroupId);
    }

    /** Route table to keep. */
    public Optional<Output<String>> routeTableId() {
        return Optional.ofNullable(routeTableId);
    }

    /** Service names the subnet is delegated to, e.g. {@code Microsoft.Web/serverFarms}. */
    public Optional<Output<List<String>>> delegations() {
        return Optional.ofNullable(delegations);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ManagedSubnetArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads, lists as {@code List} or varargs. */
    public static final class Builder {
        private final ManagedSubnetArgs args;

        private Builder() {
            args = new ManagedSubnetArgs();
        }

        private Builder(ManagedSubnetArgs defaults) {
            args = new ManagedSubnetArgs();
            args.resourceGroupName = defaults.resourceGroupName;
            args.virtualNetworkName = defaults.virtualNetworkName;
            args.name = defaults.name;
            args.addressPrefix = defaults.addressPrefix;
            args.serviceEndpoints = defaults.serviceEndpoints;
            args.networkSecurityGroupId = defaults.networkSecurityGroupId;
            args.routeTableId = defaults.routeTableId;
            args.delegations = defaults.delegations;
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

        /** The subnet's IPv4 range. */
        public Builder addressPrefix(Output<String> addressPrefix) {
            args.addressPrefix = addressPrefix;
            return this;
        }

        public Builder addressPrefix(String addressPrefix) {
            return addressPrefix(Output.of(addressPrefix));
        }

        /** Endpoints to keep besides Microsoft.KeyVault. */
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

        /** Network security group to keep. */
        public Builder networkSecurityGroupId(Output<String> networkSecurityGroupId) {
            args.networkSecurityGroupId = networkSecurityGroupId;
            return this;
        }

        public Builder networkSecurityGroupId(String networkSecurityGroupId) {
            return networkSecurityGroupId(Output.of(networkSecurityGroupId));
        }

        /** Route table to keep. */
        public Builder routeTableId(Output<String> routeTableId) {
            args.routeTableId = routeTableId;
            return this;
        }

        public Builder routeTableId(String routeTableId) {
            return routeTableId(Output.of(routeTableId));
        }

        /** Service names the subnet is delegated to, e.g. {@code Microsoft.Web/serverFarms}. */
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
