package dev.kvguard.core.spec;

import java.util.List;

/**
 * Where the vault's diagnostic setting sends its logs. At least one destination is needed on a
 * firewalled vault, or an explicit {@code waiver} with a reason.
 *
 * @param logAnalyticsWorkspaceId     resource id of a Log Analytics workspace, or null
 * @param storageAccountId            resource id of a storage account, or null
 * @param eventHubAuthorizationRuleId resource id of an event hub namespace authorization rule, or null
 * @param eventHubName                event hub name (optional with an authorization rule)
 * @param categories                  log categories; default {@code AuditEvent}
 * @param metrics                     also send {@code AllMetrics}; default true
 * @param diagnosticSettingName       name of the diagnostic setting; default {@code kvguard-audit}
 * @param waiver                      why this vault has no logging; null unless logging is waived
 */
public record LoggingSpec(String logAnalyticsWorkspaceId, String storageAccountId, String eventHubAuthorizationRuleId,
                          String eventHubName, List<LogCategory> categories, boolean metrics,
                          String diagnosticSettingName, String waiver) {

    public static final String DEFAULT_SETTING_NAME = "kvguard-audit";
    /** Declared on the {@code metrics} input from here. */
    public static final boolean DEFAULT_METRICS = true;

    public static final LoggingSpec NONE = new LoggingSpec(null, null, null, null, null, DEFAULT_METRICS, null, null);

    public LoggingSpec {
        categories = categories == null || categories.isEmpty() ? List.of(LogCategory.AUDIT_EVENT)
                : List.copyOf(new java.util.LinkedHashSet<>(categories));
        diagnosticSettingName = diagnosticSettingName == null ? DEFAULT_SETTING_NAME : diagnosticSettingName;
    }

    public boolean hasDestination() {
        return logAnalyticsWorkspaceId != null || storageAccountId != null || eventHubAuthorizationRuleId != null;
    }

    public boolean isWaived() {
        return waiver != null && !waiver.isBlank();
    }
}
