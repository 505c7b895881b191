// Generated from dev.kvguard.core.spec.declaration.Inputs.Logging by ArgsGenerator; do not edit.
// After changing the declaration: ./mvnw -B -q -pl provider test-compile exec:java@args compile exec:java@schema exec:java@docs
package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.kvguard.core.spec.LogCategory;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The vault's diagnostic setting: which audit logs go where.
 *
 * <p>Generated from {@link dev.kvguard.core.spec.declaration.Inputs.Logging}. Only instance fields: the Pulumi
 * component analyzer turns every declared field into a schema property, and reads no enums, so typed values are written
 * as their spec strings.
 */
public final class LoggingArgs extends ResourceArgs {

    /** Also send {@code AllMetrics}; default {@code true}. */
    @Import(name = "metrics")
    private Output<Boolean> metrics;

    /** Resource id of a Log Analytics workspace that receives the logs. */
    @Import(name = "logAnalyticsWorkspaceId")
    private Output<String> logAnalyticsWorkspaceId;

    /** Resource id of a storage account that receives the logs. */
    @Import(name = "storageAccountId")
    private Output<String> storageAccountId;

    /** Resource id of an event hub namespace authorization rule; give {@code eventHubName} with it. */
    @Import(name = "eventHubAuthorizationRuleId")
    private Output<String> eventHubAuthorizationRuleId;

    /** Name of the event hub that receives the logs. */
    @Import(name = "eventHubName")
    private Output<String> eventHubName;

    /** Log categories to send; default {@code AuditEvent}. */
    @Import(name = "categories")
    private Output<List<String>> categories;

    /** Name of the diagnostic setting; default {@code kvguard-audit}. */
    @Import(name = "diagnosticSettingName")
    private Output<String> diagnosticSettingName;

    /**
     * Why this vault has no audit logs; only with a waiver may every destination be left out (the finding becomes a
     * warning).
     */
    @Import(name = "waiver")
    private Output<String> waiver;

    private LoggingArgs() {
    }

    /** Also send {@code AllMetrics}; default {@code true}. */
    public Optional<Output<Boolean>> metrics() {
        return Optional.ofNullable(metrics);
    }

    /** Resource id of a Log Analytics workspace that receives the logs. */
    public Optional<Output<String>> logAnalyticsWorkspaceId() {
        return Optional.ofNullable(logAnalyticsWorkspaceId);
    }

    /** Resource id of a storage account that receives the logs. */
    public Optional<Output<String>> storageAccountId() {
        return Optional.ofNullable(storageAccountId);
    }

    /** Resource id of an event hub namespace authorization rule; give {@code eventHubName} with it. */
    public Optional<Output<String>> eventHubAuthorizationRuleId() {
        return Optional.ofNullable(eventHubAuthorizationRuleId);
    }

    /** Name of the event hub that receives the logs. */
    public Optional<Output<String>> eventHubName() {
        return Optional.ofNullable(eventHubName);
    }

    /** Log categories to send; default {@code AuditEvent}. */
    public Optional<Output<List<String>>> categories() {
        return Optional.ofNullable(categories);
    }

    /** Name of the diagnostic setting; default {@code kvguard-audit}. */
    public Optional<Output<String>> diagnosticSettingName() {
        return Optional.ofNullable(diagnosticSettingName);
    }

    /**
     * Why this vault has no audit logs; only with a waiver may every destination be left out (the finding becomes a
     * warning).
     */
    public Optional<Output<String>> waiver() {
        return Optional.ofNullable(waiver);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from every property of {@code defaults}. */
    public static Builder builder(LoggingArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads, lists as {@code List} or varargs. */
    public static final class Builder {
        private final LoggingArgs args = new LoggingArgs();

        private Builder() {
        }

        private Builder(LoggingArgs defaults) {
            args.metrics = defaults.metrics;
            args.logAnalyticsWorkspaceId = defaults.logAnalyticsWorkspaceId;
            args.storageAccountId = defaults.storageAccountId;
            args.eventHubAuthorizationRuleId = defaults.eventHubAuthorizationRuleId;
            args.eventHubName = defaults.eventHubName;
            args.categories = defaults.categories;
            args.diagnosticSettingName = defaults.diagnosticSettingName;
            args.waiver = defaults.waiver;
        }

        /** Also send {@code AllMetrics}; default {@code true}. */
        public Builder metrics(Output<Boolean> metrics) {
            args.metrics = metrics;
            return this;
        }

        public Builder metrics(Boolean metrics) {
            return metrics(Output.of(metrics));
        }

        /** Resource id of a Log Analytics workspace that receives the logs. */
        public Builder logAnalyticsWorkspaceId(Output<String> logAnalyticsWorkspaceId) {
            args.logAnalyticsWorkspaceId = logAnalyticsWorkspaceId;
            return this;
        }

        public Builder logAnalyticsWorkspaceId(String logAnalyticsWorkspaceId) {
            return logAnalyticsWorkspaceId(Output.of(logAnalyticsWorkspaceId));
        }

        /** Resource id of a storage account that receives the logs. */
        public Builder storageAccountId(Output<String> storageAccountId) {
            args.storageAccountId = storageAccountId;
            return this;
        }

        public Builder storageAccountId(String storageAccountId) {
            return storageAccountId(Output.of(storageAccountId));
        }

        /** Resource id of an event hub namespace authorization rule; give {@code eventHubName} with it. */
        public Builder eventHubAuthorizationRuleId(Output<String> eventHubAuthorizationRuleId) {
            args.eventHubAuthorizationRuleId = eventHubAuthorizationRuleId;
            return this;
        }

        public Builder eventHubAuthorizationRuleId(String eventHubAuthorizationRuleId) {
            return eventHubAuthorizationRuleId(Output.of(eventHubAuthorizationRuleId));
        }

        /** Name of the event hub that receives the logs. */
        public Builder eventHubName(Output<String> eventHubName) {
            args.eventHubName = eventHubName;
            return this;
        }

        public Builder eventHubName(String eventHubName) {
            return eventHubName(Output.of(eventHubName));
        }

        /** Log categories to send; default {@code AuditEvent}. */
        public Builder categories(Output<List<String>> categories) {
            args.categories = categories;
            return this;
        }

        public Builder categories(List<String> categories) {
            return categories(Output.of(categories));
        }

        public Builder categories(String... categories) {
            return categories(List.of(categories));
        }

        public Builder categories(LogCategory... categories) {
            return categories(Arrays.stream(categories).map(LogCategory::specName).toList());
        }

        /** Name of the diagnostic setting; default {@code kvguard-audit}. */
        public Builder diagnosticSettingName(Output<String> diagnosticSettingName) {
            args.diagnosticSettingName = diagnosticSettingName;
            return this;
        }

        public Builder diagnosticSettingName(String diagnosticSettingName) {
            return diagnosticSettingName(Output.of(diagnosticSettingName));
        }

        /**
         * Why this vault has no audit logs; only with a waiver may every destination be left out (the finding becomes a
         * warning).
         */
        public Builder waiver(Output<String> waiver) {
            args.waiver = waiver;
            return this;
        }

        public Builder waiver(String waiver) {
            return waiver(Output.of(waiver));
        }

        public LoggingArgs build() {
            return args;
        }
    }
}
