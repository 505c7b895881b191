package dev.kvguard.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.core.Output;
import dev.kvguard.components.inputs.LoggingArgs;
import dev.kvguard.components.inputs.NetworkRulesArgs;
import dev.kvguard.components.inputs.SecureKeyVaultArgs;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.render.Json;
import dev.kvguard.core.render.PlanRenderer;
import dev.kvguard.preview.OfflinePreview;
import dev.kvguard.pulumi.SecretRedaction;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A secret input's value never reaches a finding: not the error, the warning, the plan's findings or the offline preview. */
class SecretRedactionTest {

    static SecureKeyVaultArgs.Builder vault() {
        return SecureKeyVaultArgs.builder().vaultName("kv-orders").resourceGroupName("rg-orders").location("westeurope")
                .tenantId("72f988bf-86f1-41af-91ab-2d7cd011db47").logging(LoggingArgs.builder().waiver("test vault").build());
    }

    static String everything(Finding f) {
        return f.value() + " " + f.message() + " " + f.fix();
    }

    @Test
    void aSecretTenantIdIsHiddenInTheErrorAndItsFinding() {
        OfflinePreview.Outcome outcome = OfflinePreview.record("secret-tenant", ctx -> new SecureKeyVault("kv",
                vault().tenantId(Output.ofSecret("SECRETTENANT")).build(), null));

        assertTrue(outcome.report().failed());
        Finding tenant = outcome.report().findings().stream().filter(f -> f.ruleId().equals("tenant-id")).findFirst().orElseThrow();
        assertEquals(SecretRedaction.MARKER, tenant.value());
        assertEquals("Tenant id '[secret]' is not a GUID (00000000-0000-0000-0000-000000000000).", tenant.message());
        List<String> errors = outcome.result().exceptions().stream().map(Throwable::getMessage).toList();
        assertFalse(errors.isEmpty());
        errors.forEach(m -> assertFalse(m.contains("SECRETTENANT"), m));
        assertTrue(errors.get(0).contains("tenantId = [secret]: "), errors.get(0));
    }

    @Test
    void aSecretIpRuleIsHiddenInTheWarningThePlanAndTheOfflinePreview() throws Exception {
        AtomicReference<SecureKeyVault> component = new AtomicReference<>();
        OfflinePreview.Outcome outcome = OfflinePreview.record("secret-rules", ctx -> component.set(new SecureKeyVault("kv",
                vault().networkRules(NetworkRulesArgs.builder().ipRules(Output.ofSecret(List.of("52.9.8.7/24"))).build())
                        .build(), null)));

        assertFalse(outcome.report().failed(), outcome.report().findings().toString());
        Finding hostBits = outcome.report().findings().stream().filter(f -> f.ruleId().equals("ip-rule-host-bits"))
                .findFirst().orElseThrow();
        assertEquals("networkRules.ipRules[0]", hostBits.path());
        assertEquals(SecretRedaction.MARKER, hostBits.value());
        outcome.report().findings().forEach(f -> assertFalse(everything(f).contains("52.9.8"), everything(f)));
        String printed = dev.kvguard.core.render.PreviewRenderer.text(outcome.report());
        assertTrue(printed.contains("ip-rule-host-bits  networkRules.ipRules[0] = [secret]"), printed);
        // The findings' lines; the plan's steps (a secret output in Pulumi) still list the rule as Azure stores it.
        assertFalse(printed.contains("52.9.8.7"), printed);
        // The plan's findings (what the engine warning and the plan JSON carry) are the redacted ones.
        String planFindings = Json.mapper().readTree(PlanRenderer.json(component.get().deploymentPlan())).path("findings").toString();
        assertTrue(planFindings.contains("ip-rule-host-bits"), planFindings);
        assertFalse(planFindings.contains("52.9.8"), planFindings);
    }

    @Test
    void withoutSecretsNothingIsHidden() {
        OfflinePreview.Outcome outcome = OfflinePreview.record("plain-rules", ctx -> new SecureKeyVault("kv",
                vault().networkRules(NetworkRulesArgs.builder().ipRules("52.9.8.7/24").build()).build(), null));
        Finding hostBits = outcome.report().findings().stream().filter(f -> f.ruleId().equals("ip-rule-host-bits"))
                .findFirst().orElseThrow();
        assertEquals("52.9.8.7/24", hostBits.value());
        assertTrue(hostBits.fix().contains("52.9.8.0/24"), hostBits.fix());
    }
}
