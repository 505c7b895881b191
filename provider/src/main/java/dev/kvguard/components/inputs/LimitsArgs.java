package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/**
 * Which limits profile to validate against, and single overrides.
 *
 * <p>Only instance fields: the Pulumi component analyzer turns every declared field into a schema
 * property, and reads no enums, so typed values are written as their spec strings.
 */
public final class LimitsArgs extends ResourceArgs {

    /** {@code reference-2019} (default) or {@code current}. */
    @Import(name = "profile")
    private Output<String> profile;

    /** Override of the IPv4 rule limit. */
    @Import(name = "maxIpRules")
    private Output<Integer> maxIpRules;

    /** Override of the virtual-network rule limit. */
    @Import(name = "maxVirtualNetworkRules")
    private Output<Integer> maxVirtualNetworkRules;

    /** Override of the prefix lengths refused in IP rules. */
    @Import(name = "refusedPrefixLengths")
    private Output<List<Integer>> refusedPrefixLengths;

    private LimitsArgs() {
    }

    /** {@code reference-2019} (default) or {@code current}. */
    public Optional<Output<String>> profile() {
        return Optional.ofNullable(profile);
    }

    /** Override of the IPv4 rule limit. */
    public Optional<Output<Integer>> maxIpRules() {
        return Optional.ofNullable(maxIpRules);
    }

    /** Override of the virtual-network rule limit. */
    public Optional<Output<Integer>> maxVirtualNetworkRules() {
        return Optional.ofNullable(maxVirtualNetworkRules);
    }

    /** Override of the prefix lengths refused in IP rules. */
    public Optional<Output<List<Integer>>> refusedPrefixLengths() {
        return Optional.ofNullable(refusedPrefixLengths);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(LimitsArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads, lists as {@code List} or varargs. */
    public static final class Builder {
        private final LimitsArgs args;

        private Builder() {
            args = new LimitsArgs();
        }

        private Builder(LimitsArgs defaults) {
            args = new LimitsArgs();
            args.profile = defaults.profile;
            args.maxIpRules = defaults.maxIpRules;
            args.maxVirtualNetworkRules = defaults.maxVirtualNetworkRules;
            args.refusedPrefixLengths = defaults.refusedPrefixLengths;
        }

        /** {@code reference-2019} (default) or {@code current}. */
        public Builder profile(Output<String> profile) {
            args.profile = profile;
            return this;
        }

        public Builder profile(String profile) {
            return profile(Output.of(profile));
        }

        /** Override of the IPv4 rule limit. */
        public Builder maxIpRules(Output<Integer> maxIpRules) {
            args.maxIpRules = maxIpRules;
            return this;
        }

        public Builder maxIpRules(Integer maxIpRules) {
            return maxIpRules(Output.of(maxIpRules));
        }

        /** Override of the virtual-network rule limit. */
        public Builder maxVirtualNetworkRules(Output<Integer> maxVirtualNetworkRules) {
            args.maxVirtualNetworkRules = maxVirtualNetworkRules;
            return this;
        }

        public Builder maxVirtualNetworkRules(Integer maxVirtualNetworkRules) {
            return maxVirtualNetworkRules(Output.of(maxVirtualNetworkRules));
        }

        /** Override of the prefix lengths refused in IP rules. */
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
