// Generated from dev.kvguard.core.spec.declaration.Inputs.PrivateEndpoint by ArgsGenerator; do not edit.
// After changing the declaration: ./mvnw -B -q -pl provider test-compile exec:java@args compile exec:java@schema exec:java@docs
package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/**
 * A private endpoint to the vault, in a subnet named by {@code subnetId} or by {@code subnet}, with the DNS zones it
 * registers the vault in.
 *
 * <p>Generated from {@link dev.kvguard.core.spec.declaration.Inputs.PrivateEndpoint}. Only instance fields: the Pulumi
 * component analyzer turns every declared field into a schema property, and reads no enums, so typed values are written
 * as their spec strings.
 */
public final class PrivateEndpointArgs extends ResourceArgs {

    /**
     * Name of the private endpoint resource: 2 to 64 letters, digits, underscores, periods and hyphens. Must be a plain
     * value.
     */
    @Import(name = "name", required = true)
    private Output<String> name;

    /** Resource id of the subnet the endpoint is placed in. */
    @Import(name = "subnetId")
    private Output<String> subnetId;

    /**
     * The subnet by resource group, network and name, instead of {@code subnetId}; the vault's subscription completes
     * its id.
     */
    @Import(name = "subnet")
    private Output<PrivateEndpointSubnetArgs> subnet;

    /**
     * Resource ids of the private DNS zones to register the vault in; each must be the Key Vault zone of the vault's
     * cloud ({@code privatelink.vaultcore.azure.net}, {@code privatelink.vaultcore.usgovcloudapi.net} or {@code
     * privatelink.vaultcore.azure.cn}). Omitted: that zone in the vault's resource group. Empty: no zone group, DNS is
     * registered elsewhere.
     */
    @Import(name = "privateDnsZoneIds")
    private Output<List<String>> privateDnsZoneIds;

    /**
     * The endpoint's private IPv4 address, inside the subnet and not one of the five Azure reserves; omitted, Azure
     * assigns one.
     */
    @Import(name = "staticIpAddress")
    private Output<String> staticIpAddress;

    private PrivateEndpointArgs() {
    }

    /**
     * Name of the private endpoint resource: 2 to 64 letters, digits, underscores, periods and hyphens. Must be a plain
     * value.
     */
    public Output<String> name() {
        return name;
    }

    /** Resource id of the subnet the endpoint is placed in. */
    public Optional<Output<String>> subnetId() {
        return Optional.ofNullable(subnetId);
    }

    /**
     * The subnet by resource group, network and name, instead of {@code subnetId}; the vault's subscription completes
     * its id.
     */
    public Optional<Output<PrivateEndpointSubnetArgs>> subnet() {
        return Optional.ofNullable(subnet);
    }

    /**
     * Resource ids of the private DNS zones to register the vault in; each must be the Key Vault zone of the vault's
     * cloud ({@code privatelink.vaultcore.azure.net}, {@code privatelink.vaultcore.usgovcloudapi.net} or {@code
     * privatelink.vaultcore.azure.cn}). Omitted: that zone in the vault's resource group. Empty: no zone group, DNS is
     * registered elsewhere.
     */
    public Optional<Output<List<String>>> privateDnsZoneIds() {
        return Optional.ofNullable(privateDnsZoneIds);
    }

    /**
     * The endpoint's private IPv4 address, inside the subnet and not one of the five Azure reserves; omitted, Azure
     * assigns one.
     */
    public Optional<Output<String>> staticIpAddress() {
        return Optional.ofNullable(staticIpAddress);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from every property of {@code defaults}. */
    public static Builder builder(PrivateEndpointArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads, lists as {@code List} or varargs. */
    public static final class Builder {
        private final PrivateEndpointArgs args = new PrivateEndpointArgs();

        private Builder() {
        }

        private Builder(PrivateEndpointArgs defaults) {
            args.name = defaults.name;
            args.subnetId = defaults.subnetId;
            args.subnet = defaults.subnet;
            args.privateDnsZoneIds = defaults.privateDnsZoneIds;
            args.staticIpAddress = defaults.staticIpAddress;
        }

        /**
         * Name of the private endpoint resource: 2 to 64 letters, digits, underscores, periods and hyphens. Must be a
         * plain value.
         */
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

        /**
         * The subnet by resource group, network and name, instead of {@code subnetId}; the vault's subscription
         * completes its id.
         */
        public Builder subnet(Output<PrivateEndpointSubnetArgs> subnet) {
            args.subnet = subnet;
            return this;
        }

        public Builder subnet(PrivateEndpointSubnetArgs subnet) {
            return subnet(Output.of(subnet));
        }

        /**
         * Resource ids of the private DNS zones to register the vault in; each must be the Key Vault zone of the
         * vault's cloud ({@code privatelink.vaultcore.azure.net}, {@code privatelink.vaultcore.usgovcloudapi.net} or
         * {@code privatelink.vaultcore.azure.cn}). Omitted: that zone in the vault's resource group. Empty: no zone
         * group, DNS is registered elsewhere.
         */
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

        /**
         * The endpoint's private IPv4 address, inside the subnet and not one of the five Azure reserves; omitted, Azure
         * assigns one.
         */
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
