package dev.kvguard.pulumi;

import com.pulumi.azurenative.insights.DiagnosticSettingArgs;
import com.pulumi.azurenative.insights.inputs.LogSettingsArgs;
import com.pulumi.azurenative.insights.inputs.MetricSettingsArgs;
import com.pulumi.core.Output;
import dev.kvguard.core.model.DiagnosticSetting;
import dev.kvguard.core.spec.LogCategory;
import java.util.List;
import java.util.Optional;

/** The vault's diagnostic setting as Azure Native's {@code DiagnosticSetting}: its categories and, unless off, AllMetrics. */
final class DiagnosticSettingTranslator {

    private DiagnosticSettingTranslator() {
    }

    static DiagnosticSettingArgs args(Output<DiagnosticSetting> setting, Output<String> vaultId) {
        return DiagnosticSettingArgs.builder()
                .name(setting.applyValue(DiagnosticSetting::name))
                .resourceUri(vaultId)
                .workspaceId(optional(setting, DiagnosticSetting::logAnalyticsWorkspaceId))
                .storageAccountId(optional(setting, DiagnosticSetting::storageAccountId))
                .eventHubAuthorizationRuleId(optional(setting, DiagnosticSetting::eventHubAuthorizationRuleId))
                .eventHubName(optional(setting, DiagnosticSetting::eventHubName))
                .logs(setting.applyValue(l -> l.categories().stream().map(LogCategory::specName)
                        .map(c -> LogSettingsArgs.builder().category(c).enabled(true).build()).toList()))
                .metrics(setting.applyValue(l -> l.metrics()
                        ? List.of(MetricSettingsArgs.builder().category("AllMetrics").enabled(true).build()) : List.of()))
                .build();
    }

    private static Output<String> optional(Output<DiagnosticSetting> setting,
                                           java.util.function.Function<DiagnosticSetting, Optional<String>> get) {
        return setting.applyValue(s -> get.apply(s).orElse(null));
    }
}
