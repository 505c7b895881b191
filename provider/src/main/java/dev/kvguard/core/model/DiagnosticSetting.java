package dev.kvguard.core.model;

import dev.kvguard.core.spec.LogCategory;
import java.util.List;
import java.util.Optional;

/** The vault's diagnostic setting: where its audit logs go. Only a vault with a destination has one. */
public record DiagnosticSetting(String name, Optional<String> logAnalyticsWorkspaceId, Optional<String> storageAccountId,
                                Optional<String> eventHubAuthorizationRuleId, Optional<String> eventHubName,
                                List<LogCategory> categories, boolean metrics) {

    public DiagnosticSetting {
        categories = List.copyOf(categories);
    }

    /** How many destinations it sends to (1 to 3). */
    public int destinations() {
        return (logAnalyticsWorkspaceId.isPresent() ? 1 : 0) + (storageAccountId.isPresent() ? 1 : 0)
                + (eventHubAuthorizationRuleId.isPresent() ? 1 : 0);
    }
}
