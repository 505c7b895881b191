package dev.kvguard.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.azurenative.keyvault.VaultArgs;
import com.pulumi.core.Output;
import com.pulumi.core.internal.Internal;
import com.pulumi.resources.ResourceTransformation;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import dev.kvguard.components.inputs.LoggingArgs;
import dev.kvguard.components.inputs.NetworkRulesArgs;
import dev.kvguard.components.inputs.SecureKeyVaultArgs;
import dev.kvguard.core.render.PlanRenderer;
import dev.kvguard.preview.FakeAzure;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The Java API path under Pulumi's mocks: secret inputs stay secret, and the plan output follows the resolved inputs. */
class SecretsAndLivePlanTest {

    static final String WORKSPACE = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/late";

    /** Runs the program, recording each resource's arguments by logical name. */
    static Map<String, Object> run(Consumer<com.pulumi.Context> program) {
        Map<String, Object> args = new ConcurrentHashMap<>();
        ResourceTransformation recorder = a -> {
            args.put(a.resource().pulumiResourceName(), a.args());
            return Optional.empty();
        };
        TestResult result = PulumiTest.withOptions(TestOptions.builder().preview(false).resourceTransformations(List.of(recorder)).build())
                .withMocks(FakeAzure.deployment()).runTest(program);
        assertEquals(List.of(), result.exceptions(), result.errors().toString());
        return args;
    }

    static boolean secret(Output<?> output) {
        return Internal.of(output).isSecret().join();
    }

    /** Constructs with a workspace id still pending, records the plan then, and resolves the id. */
    static String runLate(CompletableFuture<String> workspace, AtomicReference<SecureKeyVault> component) {
        AtomicReference<String> atConstruction = new AtomicReference<>();
        run(ctx -> {
            component.set(new SecureKeyVault("late", base()
                    .networkRules(NetworkRulesArgs.builder().ipRules("52.168.0.0/24", "52.168.0.7").build())
                    .logging(LoggingArgs.builder().logAnalyticsWorkspaceId(Output.of(workspace)).build()).build(), null));
            atConstruction.set(PlanRenderer.json(component.get().deploymentPlan()));
            workspace.complete(WORKSPACE);
        });
        return atConstruction.get();
    }

    static SecureKeyVaultArgs.Builder base() {
        return SecureKeyVaultArgs.builder(SecureKeyVaultTest.multiNetwork());
    }

    @Test
    void aSecretInputStaysSecretOnTheVaultAndInThePlan() {
        AtomicReference<SecureKeyVault> component = new AtomicReference<>();
        Map<String, Object> args = run(ctx -> component.set(new SecureKeyVault("s",
                base().vaultName(Output.ofSecret("kv-secret-name")).build(), null)));
        VaultArgs vault = (VaultArgs) args.get("s-vault");
        assertTrue(secret(vault.vaultName().orElseThrow()));
        assertEquals("kv-secret-name", Internal.of(vault.vaultName().orElseThrow()).getValueNullable().join());
        assertTrue(secret(component.get().plan()));
        // The plan is shown (kvguard preview prints it), so it hides the secret as Pulumi's own preview would.
        String plan = Internal.of(component.get().plan()).getValueNullable().join();
        assertFalse(plan.contains("kv-secret-name"), plan);
        assertTrue(plan.contains("\"vaultName\": \"[secret]\""), plan);
    }

    @Test
    void withoutSecretInputsNothingIsSecret() {
        AtomicReference<SecureKeyVault> component = new AtomicReference<>();
        Map<String, Object> args = run(ctx -> component.set(new SecureKeyVault("p", base().build(), null)));
        assertFalse(secret(((VaultArgs) args.get("p-vault")).vaultName().orElseThrow()));
        assertFalse(secret(component.get().plan()));
    }

    @Test
    void aSecretTagValueKeepsTheTagsSecret() {
        Map<String, Object> args = run(ctx -> new SecureKeyVault("t",
                base().tags(Output.ofSecret(Map.of("owner", "team-a"))).build(), null));
        Output<Map<String, String>> tags = ((VaultArgs) args.get("t-vault")).tags().orElseThrow();
        assertTrue(secret(tags));
        assertEquals(Map.of("owner", "team-a"), Internal.of(tags).getValueNullable().join());
    }

    @Test
    void aWorkspaceIdThatResolvesAfterConstructionReachesTheExportedPlanWithItsLateFindings() {
        CompletableFuture<String> workspace = new CompletableFuture<>();
        AtomicReference<SecureKeyVault> component = new AtomicReference<>();
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel() == Level.WARNING) {
                    warnings.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(PulumiTestInternal.class.getName());
        logger.addHandler(handler);
        String known;
        try {
            known = runLate(workspace, component);
        } finally {
            logger.removeHandler(handler);
        }
        SecureKeyVault vault = component.get();
        // The late warning is logged too, once, when the inputs resolve.
        assertEquals(1, warnings.stream().filter(w -> w.contains("[ip-rule-overlap]")).count(), warnings.toString());
        // At construction the plan could not name the workspace, nor check overlaps while an input was open.
        assertFalse(known.contains(WORKSPACE), known);
        assertFalse(known.contains("ip-rule-overlap"), known);
        String exported = Internal.of(vault.plan()).getValueNullable().join();
        assertTrue(exported.contains(WORKSPACE), exported);
        assertTrue(exported.contains("\"ruleId\": \"ip-rule-overlap\""), exported);
        assertEquals(exported, PlanRenderer.json(Internal.of(vault.resolvedPlan()).getValueNullable().join()));
        assertEquals(exported, PlanRenderer.json(vault.deploymentPlan()), "once resolved, deploymentPlan() is the live plan");
    }
}
