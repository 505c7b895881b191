package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/**
 * A private endpoint to the vault, in a subnet named by id or by its parts, registered in private DNS.
 *
 * <p>Only instance fields: the Pulumi component analyzer turns every declared field into a schema
 * property, and reads no enums, so typed values are written as their spec strings.
 */
public final class PrivateEndpointArgs extends ResourceArgs {

    /** Name of the private endpoint resource. */
    @Import(name = "name", required = true)
    private Output<String> name;

    /** Resource id of the subnet the endpoint is placed in. */
    @Import(name = "subnetId")
    private Output<String> subnetId;

    /** The subnet by resource group, network and name (instead of {@code subnetId}). */
    @Import(name = "subnet")
    private Output<PrivateEndpointSubnetArgs> subnet;

    /** Private DNS zones (resource ids) to register the vault in; default the cloud's Key Vault zone in the vault's resource group, none when empty. */
    @Import(name = "privateDnsZoneIds")
    private Output<List<String>> privateDnsZoneIds;

    /** The endpoint's private IP; default one Azure assigns. */
    @Import(name = "staticIpAddress")
    private Output<String> staticIpAddress;

    private PrivateEndpointArgs() {
    }

    /** Name of the private endpoint resource. */
    public Output<String> name() {
        return name;
    }

    /** Resource id of the subnet the endpoint is placed in. */
    public Optional<Output<String>> subnetId() {
        return Optional.ofNullable(subnetId);
    }

    /** The subnet by resource group, network and name (instead of {@code subnetId}). */
    public Optional<Output<PrivateEndpointSubnetArgs>> subnet() {
        return Optional.ofNullable(subnet);
    }

    /** Private DNS zones (resource ids) to register the vault in; default the cloud's Key Vault zone in the vault's resource group, none when empty. */
    public Optional<Output<List<String>>> privateDnsZoneIds() {
        return Optional.ofNullable(privateDnsZoneIds);
    }

    /** The endpoint's private IP; default one Azure assigns. */
    public Optional<Output<String>> staticIpAddress() {
        return Optional.ofNullable(staticIpAddress);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(PrivateEndpointArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads, lists as {@code List} or varargs. */
    public static final class Builder {
        private final PrivateEndpointArgs args;

        private Builder() {
            args = new PrivateEndpointArgs();
        }

        private Builder(PrivateEndpointArgs defaults) {
            args = new PrivateEndpointArgs();
            args.name = defaults.name;
            args.subnetId = defaults.subnetId;
            args.subnet = defaults.subnet;
            args.privateDnsZoneIds = defaults.privateDnsZoneIds;
            args.staticIpAddress = defaults.staticIpAddress;
        }

        /** Name of the private endpoint resource. */
        public Builder name(Output<String> name) {
            args.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        /** Resource id of the subnet the endpoint is placed in. */
        public Builder subnetId(Output<String> subnetId) {
            args.subnetId = subnetId;
            return this;
        }

        public Builder subnetId(String subnetId) {
            return subnetId(Output.of(subnetId));
        }

        /** The subnet by resource group, network and name (instead of {@code subnetId}). */
        public Builder subnet(Output<PrivateEndpointSubnetArgs> subnet) {
            args.subnet = subnet;
            return this;
        }

        public Builder subnet(PrivateEndpointSubnetArgs subnet) {
            return subnet(Output.of(subnet));
        }

        /** Private DNS zones (resource ids) to register the vault in; default the cloud's Key Vault zone in the vault's resource group, none when empty. */
        public Builder privateDnsZoneIds(Output<List<String>> privateDnsZoneIds) {
            args.privateDnsZoneIds = privateDnsZoneIds;
            return this;
        }

        public Builder privateDnsZoneIds(List<String> privateDnsZoneIds) {
            return privateDnsZoneIds(Output.of(privateDnsZoneIds));
        }

        public Builder privateDnsZoneIds(String... privateDnsZoneIds) {
            return privateDnsZoneIds(List.of(privateDnsZoneIds));
        }

        /** The endpoint's private IP; default one Azure assigns. */
        public Builder staticIpAddress(Output<String> staticIpAddress) {
            args.staticIpAddress = staticIpAddress;
            return this;
        }

        public Builder staticIpAddress(String staticIpAddress) {
            return staticIpAddress(Output.of(staticIpAddress));
        }

        public PrivateEndpointArgs build() {
            return args;
        }
    }
}
