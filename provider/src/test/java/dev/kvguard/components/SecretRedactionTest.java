package dev.kvguard.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.azurenative.keyvault.VaultArgs;
import com.pulumi.core.Output;
import com.pulumi.core.internal.Internal;
import dev.kvguard.components.inputs.AccessPolicyArgs;
import dev.kvguard.components.inputs.LoggingArgs;
import dev.kvguard.components.inputs.NetworkRulesArgs;
import dev.kvguard.components.inputs.PermissionsArgs;
import dev.kvguard.components.inputs.SecureKeyVaultArgs;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.plan.Plan;
import dev.kvguard.core.plan.Step;
import dev.kvguard.core.render.Json;
import dev.kvguard.core.render.PlanRenderer;
import dev.kvguard.core.render.PreviewRenderer;
import dev.kvguard.preview.OfflinePreview;
import dev.kvguard.pulumi.SecretRedaction;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A secret input's value never reaches a finding or a shown plan: not the error, the warning, the plan's steps or the offline preview. */
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
        assertEquals("A value derived from a secret input breaks rule tenant-id (The tenant id is not a GUID); kvguard does not "
                + "show it.", tenant.message());
        assertEquals("Check the secret input at tenantId against the rule; see docs/rules.md.", tenant.fix());
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
        assertEquals("networkRules.ipRules[0]", hostBits.path().toString());
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

    static final String OBJECT_A = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    static final String OBJECT_B = "9f8e7d6c-5b4a-4392-8172-6a5b4c3d2e1f";
    static final List<String> SECRETS = List.of("kv-hidden-name", "52.9.8", OBJECT_A, OBJECT_B);

    /** A secret vault name, a secret IP rule (with host bits, so the plan shows its network) and two secret object ids. */
    static SecureKeyVault secretVault() {
        return new SecureKeyVault("kv", vault().vaultName(Output.ofSecret("kv-hidden-name"))
                .networkRules(NetworkRulesArgs.builder().ipRules(Output.ofSecret(List.of("52.9.8.7/24"))).build())
                .accessPolicies(policy(OBJECT_A), policy(OBJECT_B)).build(), null);
    }

    static AccessPolicyArgs policy(String objectId) {
        return AccessPolicyArgs.builder().objectId(Output.ofSecret(objectId)).description("reader")
                .permissions(PermissionsArgs.builder().secrets("get").build()).build();
    }

    static void assertNoSecret(String printed) {
        SECRETS.forEach(secret -> assertFalse(printed.toLowerCase().contains(secret), secret + " in " + printed));
    }

    @Test
    void secretInputsAreHiddenInEveryStepOfThePlanWithIdsKeptUnique() {
        AtomicReference<SecureKeyVault> component = new AtomicReference<>();
        OfflinePreview.Outcome outcome = OfflinePreview.record("secret-plan", ctx -> component.set(secretVault()));
        assertFalse(outcome.report().failed(), outcome.report().findings().toString());

        Plan plan = component.get().deploymentPlan();
        assertNoSecret(PlanRenderer.text(plan));
        assertNoSecret(PlanRenderer.markdown(plan));
        assertNoSecret(PlanRenderer.json(plan));
        assertEquals("[secret]", plan.vaultName());
        assertTrue(plan.step("vault").orElseThrow().resource().contains("[secret]"), plan.step("vault").toString());
        assertTrue(PlanRenderer.text(plan).contains("- IPv4 rule [secret]\n"), PlanRenderer.text(plan));
        List<String> ids = plan.steps().stream().map(Step::id).toList();
        assertEquals(ids.stream().distinct().toList(), ids);
        assertEquals(List.of("access-policy/[secret]", "access-policy/[secret]#2"),
                ids.stream().filter(id -> id.startsWith("access-policy/")).toList());
        // Every wave and dependency names a step of the shown plan.
        plan.waves().forEach(w -> assertTrue(ids.containsAll(w), w.toString()));
        plan.steps().forEach(s -> assertTrue(ids.containsAll(s.dependsOn()), s.toString()));

        assertNoSecret(PreviewRenderer.text(outcome.report()));
        assertNoSecret(PreviewRenderer.markdown(outcome.report()));
        assertNoSecret(PreviewRenderer.json(outcome.report()));
        assertNoSecret(PreviewRenderer.sarif("0.1.0", outcome.report()));
    }

    @Test
    void theVaultStillReceivesTheRealSecretValues() {
        Map<String, Object> args = SecretsAndLivePlanTest.run(ctx -> secretVault());
        VaultArgs vault = (VaultArgs) args.get("kv-vault");
        Output<String> name = vault.vaultName().orElseThrow();
        assertTrue(SecretsAndLivePlanTest.secret(name));
        assertEquals("kv-hidden-name", Internal.of(name).getValueNullable().join());
        // What the mock Azure received for the vault: the real rule and object ids.
        OfflinePreview.Outcome outcome = OfflinePreview.record("secret-sent", ctx -> secretVault());
        String sent = outcome.registrations().stream().filter(r -> r.name().equals("kv-vault")).findFirst().orElseThrow()
                .inputs().toString();
        assertTrue(sent.contains("52.9.8.0/24"), sent);
        assertTrue(sent.contains(OBJECT_A) && sent.contains(OBJECT_B), sent);
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
