package dev.kvguard.components.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.kvguard.core.spec.LogCategory;
import java.util.List;
import java.util.Optional;

/**
 * The vault's diagnostic setting.
 *
 * <p>Only instance fields: the Pulumi component analyzer turns every declared field into a schema
 * property, and reads no enums, so typed values are written as their spec strings.
 */
public final class LoggingArgs extends ResourceArgs {

    /** Resource id of a Log Analytics workspace. */
    @Import(name = "logAnalyticsWorkspaceId")
    private Output<String> logAnalyticsWorkspaceId;

    /** Resource id of a storage account. */
    @Import(name = "storageAccountId")
    private Output<String> storageAccountId;

    /** Resource id of an event hub namespace authorization rule. */
    @Import(name = "eventHubAuthorizationRuleId")
    private Output<String> eventHubAuthorizationRuleId;

    /** Event hub name. */
    @Import(name = "eventHubName")
    private Output<String> eventHubName;

    /** Log categories; default {@code AuditEvent}. */
    @Import(name = "categories")
    private Output<List<String>> categories;

    /** Also send AllMetrics; default {@code true}. */
    @Import(name = "metrics")
    private Output<Boolean> metrics;

    /** Name of the diagnostic setting; default {@code kvguard-audit}. */
    @Import(name = "diagnosticSettingName")
    private Output<String> diagnosticSettingName;

    /** Why this vault has no logging; only then may the destinations be omitted. */
    @Import(name = "waiver")
    private Output<String> waiver;

    private LoggingArgs() {
    }

    /** Resource id of a Log Analytics workspace. */
    public Optional<Output<String>> logAnalyticsWorkspaceId() {
        return Optional.ofNullable(logAnalyticsWorkspaceId);
    }

    /** Resource id of a storage account. */
    public Optional<Output<String>> storageAccountId() {
        return Optional.ofNullable(storageAccountId);
    }

    /** Resource id of an event hub namespace authorization rule. */
    public Optional<Output<String>> eventHubAuthorizationRuleId() {
        return Optional.ofNullable(eventHubAuthorizationRuleId);
    }

    /** Event hub name. */
    public Optional<Output<String>> eventHubName() {
        return Optional.ofNullable(eventHubName);
    }

    /** Log categories; default {@code AuditEvent}. */
    public Optional<Output<List<String>>> categories() {
        return Optional.ofNullable(categories);
    }

    /** Also send AllMetrics; default {@code true}. */
    public Optional<Output<Boolean>> metrics() {
        return Optional.ofNullable(metrics);
    }

    /** Name of the diagnostic setting; default {@code kvguard-audit}. */
    public Optional<Output<String>> diagnosticSettingName() {
        return Optional.ofNullable(diagnosticSettingName);
    }

    /** Why this vault has no logging; only then may the destinations be omitted. */
    public Optional<Output<String>> waiver() {
        return Optional.ofNullable(waiver);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(LoggingArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads, lists as {@code List} or varargs. */
    public static final class Builder {
        private final LoggingArgs args;

        private Builder() {
            args = new LoggingArgs();
        }

        private Builder(LoggingArgs defaults) {
            args = new LoggingArgs();
            args.logAnalyticsWorkspaceId = defaults.logAnalyticsWorkspaceId;
            args.storageAccountId = defaults.storageAccountId;
            args.eventHubAuthorizationRuleId = defaults.eventHubAuthorizationRuleId;
            args.eventHubName = defaults.eventHubName;
            args.categories = defaults.categories;
            args.metrics = defaults.metrics;
            args.diagnosticSettingName = defaults.diagnosticSettingName;
            args.waiver = defaults.waiver;
        }

        /** Resource id of a Log Analytics workspace. */
        public Builder logAnalyticsWorkspaceId(Output<String> logAnalyticsWorkspaceId) {
            args.logAnalyticsWorkspaceId = logAnalyticsWorkspaceId;
            return this;
        }

        public Builder logAnalyticsWorkspaceId(String logAnalyticsWorkspaceId) {
            return logAnalyticsWorkspaceId(Output.of(logAnalyticsWorkspaceId));
        }

        /** Resource id of a storage account. */
        public Builder storageAccountId(Output<String> storageAccountId) {
            args.storageAccountId = storageAccountId;
            return this;
        }

        public Builder storageAccountId(String storageAccountId) {
            return storageAccountId(Output.of(storageAccountId));
        }

        /** Resource id of an event hub namespace authorization rule. */
        public Builder eventHubAuthorizationRuleId(Output<String> eventHubAuthorizationRuleId) {
            args.eventHubAuthorizationRuleId = eventHubAuthorizationRuleId;
            return this;
        }

        public Builder eventHubAuthorizationRuleId(String eventHubAuthorizationRuleId) {
            return eventHubAuthorizationRuleId(Output.of(eventHubAuthorizationRuleId));
        }

        /** Event hub name. */
        public Builder eventHubName(Output<String> eventHubName) {
            args.eventHubName = eventHubName;
            return this;
        }

        public Builder eventHubName(String eventHubName) {
            return eventHubName(Output.of(eventHubName));
        }

        /** Log categories; default {@code AuditEvent}. */
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
            return categories(java.util.Arrays.stream(categories).map(LogCategory::specName).toList());
        }

        /** Also send AllMetrics; default {@code true}. */
        public Builder metrics(Output<Boolean> metrics) {
            args.metrics = metrics;
            return this;
        }

        public Builder metrics(Boolean metrics) {
            return metrics(Output.of(metrics));
        }

        /** Name of the diagnostic setting; default {@code kvguard-audit}. */
        public Builder diagnosticSettingName(Output<String> diagnosticSettingName) {
            args.diagnosticSettingName = diagnosticSettingName;
            return this;
        }

        public Builder diagnosticSettingName(String diagnosticSettingName) {
            return diagnosticSettingName(Output.of(diagnosticSettingName));
        }

        /** Why this vault has no logging; only then may the destinations be omitted. */
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
