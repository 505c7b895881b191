// Generated from dev.kvguard.core.spec.declaration.Inputs.Limits by ArgsGenerator; do not edit.
// After changing the declaration: ./mvnw -B -q -pl provider test-compile exec:java@args compile exec:java@schema exec:java@docs
package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/**
 * The limits profile the inputs are validated against, with single overrides.
 *
 * <p>Generated from {@link dev.kvguard.core.spec.declaration.Inputs.Limits}. Only instance fields: the Pulumi component
 * analyzer turns every declared field into a schema property, and reads no enums, so typed values are written as their
 * spec strings.
 */
public final class LimitsArgs extends ResourceArgs {

    /**
     * {@code reference-2019} (default: 127 IPv4 and 127 virtual-network rules, {@code /31} and {@code /32} refused) or
     * {@code current} (1000 and 200, {@code /32} accepted).
     */
    @Import(name = "profile")
    private Output<String> profile;

    /** Override of the maximum number of IPv4 rules. */
    @Import(name = "maxIpRules")
    private Output<Integer> maxIpRules;

    /** Override of the maximum number of virtual-network rules. */
    @Import(name = "maxVirtualNetworkRules")
    private Output<Integer> maxVirtualNetworkRules;

    /** Override of the prefix lengths IPv4 rules may not use. */
    @Import(name = "refusedPrefixLengths")
    private Output<List<Integer>> refusedPrefixLengths;

    private LimitsArgs() {
    }

    /**
     * {@code reference-2019} (default: 127 IPv4 and 127 virtual-network rules, {@code /31} and {@code /32} refused) or
     * {@code current} (1000 and 200, {@code /32} accepted).
     */
    public Optional<Output<String>> profile() {
        return Optional.ofNullable(profile);
    }

    /** Override of the maximum number of IPv4 rules. */
    public Optional<Output<Integer>> maxIpRules() {
        return Optional.ofNullable(maxIpRules);
    }

    /** Override of the maximum number of virtual-network rules. */
    public Optional<Output<Integer>> maxVirtualNetworkRules() {
        return Optional.ofNullable(maxVirtualNetworkRules);
    }

    /** Override of the prefix lengths IPv4 rules may not use. */
    public Optional<Output<List<Integer>>> refusedPrefixLengths() {
        return Optional.ofNullable(refusedPrefixLengths);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from every property of {@code defaults}. */
    public static Builder builder(LimitsArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads, lists as {@code List} or varargs. */
    public static final class Builder {
        private final LimitsArgs args = new LimitsArgs();

        private Builder() {
        }

        private Builder(LimitsArgs defaults) {
            args.profile = defaults.profile;
            args.maxIpRules = defaults.maxIpRules;
            args.maxVirtualNetworkRules = defaults.maxVirtualNetworkRules;
            args.refusedPrefixLengths = defaults.refusedPrefixLengths;
        }

        /**
         * {@code reference-2019} (default: 127 IPv4 and 127 virtual-network rules, {@code /31} and {@code /32} refused)
         * or {@code current} (1000 and 200, {@code /32} accepted).
         */
        public Builder profile(Output<String> profile) {
            args.profile = profile;
            return this;
        }

        public Builder profile(String profile) {
            return profile(Output.of(profile));
        }

        /** Override of the maximum number of IPv4 rules. */
        public Builder maxIpRules(Output<Integer> maxIpRules) {
            args.maxIpRules = maxIpRules;
            return this;
        }

        public Builder maxIpRules(Integer maxIpRules) {
            return maxIpRules(Output.of(maxIpRules));
        }

        /** Override of the maximum number of virtual-network rules. */
        public Builder maxVirtualNetworkRules(Output<Integer> maxVirtualNetworkRules) {
            args.maxVirtualNetworkRules = maxVirtualNetworkRules;
            return this;
        }

        public Builder maxVirtualNetworkRules(Integer maxVirtualNetworkRules) {
            return maxVirtualNetworkRules(Output.of(maxVirtualNetworkRules));
        }

        /** Override of the prefix lengths IPv4 rules may not use. */
        public Builder refusedPrefixLengths(Output<List<Integer>> refusedPrefixLengths) {
            args.refusedPrefixLengths = refusedPrefixLengths;
            return this;
        }

        public Builder refusedPrefixLengths(List<Integer> refusedPrefixLengths) {
            return refusedPrefixLengths(Output.of(refusedPrefixLengths));
        }

        public Builder refusedPrefixLengths(Integer... refusedPrefixLengths) {
            return refusedPrefixLengths(List.of(refusedPrefixLengths));
        }

        public LimitsArgs build() {
            return args;
        }
    }
}
