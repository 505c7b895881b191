// Generated from dev.kvguard.core.spec.declaration.Inputs.NetworkRules by ArgsGenerator; do not edit.
// After changing the declaration: ./mvnw -B -q -pl provider test-compile exec:java@args compile exec:java@schema exec:java@docs
package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.kvguard.core.spec.Bypass;
import dev.kvguard.core.spec.DefaultAction;
import java.util.List;
import java.util.Optional;

/**
 * The vault's firewall.
 *
 * <p>Generated from {@link dev.kvguard.core.spec.declaration.Inputs.NetworkRules}. Only instance fields: the Pulumi
 * component analyzer turns every declared field into a schema property, and reads no enums, so typed values are written
 * as their spec strings.
 */
public final class NetworkRulesArgs extends ResourceArgs {

    /** {@code Deny} (default) or {@code Allow}. */
    @Import(name = "defaultAction")
    private Output<String> defaultAction;

    /**
     * {@code AzureServices} or {@code None}; default {@code AzureServices} when trusted services are listed, else
     * {@code None}.
     */
    @Import(name = "bypass")
    private Output<String> bypass;

    /** Public IPv4 addresses ({@code a.b.c.d}) and CIDR ranges ({@code a.b.c.d/n}) admitted. */
    @Import(name = "ipRules")
    private Output<List<String>> ipRules;

    /** Subnets admitted through their {@code Microsoft.KeyVault} service endpoint. */
    @Import(name = "virtualNetworkRules")
    private Output<List<VirtualNetworkRuleArgs>> virtualNetworkRules;

    private NetworkRulesArgs() {
    }

    /** {@code Deny} (default) or {@code Allow}. */
    public Optional<Output<String>> defaultAction() {
        return Optional.ofNullable(defaultAction);
    }

    /**
     * {@code AzureServices} or {@code None}; default {@code AzureServices} when trusted services are listed, else
     * {@code None}.
     */
    public Optional<Output<String>> bypass() {
        return Optional.ofNullable(bypass);
    }

    /** Public IPv4 addresses ({@code a.b.c.d}) and CIDR ranges ({@code a.b.c.d/n}) admitted. */
    public Optional<Output<List<String>>> ipRules() {
        return Optional.ofNullable(ipRules);
    }

    /** Subnets admitted through their {@code Microsoft.KeyVault} service endpoint. */
    public Optional<Output<List<VirtualNetworkRuleArgs>>> virtualNetworkRules() {
        return Optional.ofNullable(virtualNetworkRules);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from every property of {@code defaults}. */
    public static Builder builder(NetworkRulesArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads, lists as {@code List} or varargs. */
    public static final class Builder {
        private final NetworkRulesArgs args = new NetworkRulesArgs();

        private Builder() {
        }

        private Builder(NetworkRulesArgs defaults) {
            args.defaultAction = defaults.defaultAction;
            args.bypass = defaults.bypass;
            args.ipRules = defaults.ipRules;
            args.virtualNetworkRules = defaults.virtualNetworkRules;
        }

        /** {@code Deny} (default) or {@code Allow}. */
        public Builder defaultAction(Output<String> defaultAction) {
            args.defaultAction = defaultAction;
            return this;
        }

        public Builder defaultAction(String defaultAction) {
            return defaultAction(Output.of(defaultAction));
        }

        public Builder defaultAction(DefaultAction defaultAction) {
            return defaultAction(defaultAction.specName());
        }

        /**
         * {@code AzureServices} or {@code None}; default {@code AzureServices} when trusted services are listed, else
         * {@code None}.
         */
        public Builder bypass(Output<String> bypass) {
            args.bypass = bypass;
            return this;
        }

        public Builder bypass(String bypass) {
            return bypass(Output.of(bypass));
        }

        public Builder bypass(Bypass bypass) {
            return bypass(bypass.specName());
        }

        /** Public IPv4 addresses ({@code a.b.c.d}) and CIDR ranges ({@code a.b.c.d/n}) admitted. */
        public Builder ipRules(Output<List<String>> ipRules) {
            args.ipRules = ipRules;
            return this;
        }

        public Builder ipRules(List<String> ipRules) {
            return ipRules(Output.of(ipRules));
        }

        public Builder ipRules(String... ipRules) {
            return ipRules(List.of(ipRules));
        }

        /** Subnets admitted through their {@code Microsoft.KeyVault} service endpoint. */
        public Builder virtualNetworkRules(Output<List<VirtualNetworkRuleArgs>> virtualNetworkRules) {
            args.virtualNetworkRules = virtualNetworkRules;
            return this;
        }

        public Builder virtualNetworkRules(List<VirtualNetworkRuleArgs> virtualNetworkRules) {
            return virtualNetworkRules(Output.of(virtualNetworkRules));
        }

        public Builder virtualNetworkRules(VirtualNetworkRuleArgs... virtualNetworkRules) {
            return virtualNetworkRules(List.of(virtualNetworkRules));
        }

        public NetworkRulesArgs build() {
            return args;
        }
    }
}
