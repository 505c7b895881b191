package dev.kvguard.components;

import static dev.kvguard.components.SecureKeyVaultTest.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pulumi.core.Output;
import dev.kvguard.components.inputs.ExistingVaultArgs;
import dev.kvguard.components.inputs.ObservedVaultArgs;
import dev.kvguard.components.inputs.SecureKeyVaultArgs;
import dev.kvguard.core.spec.io.SpecReader;
import dev.kvguard.testing.MockStack;
import dev.kvguard.testing.SpecArgs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Adopting a vault that already exists: the Vault child carries Pulumi's import option, and the staged
 * tightening (observe, then enforce) runs on it without a manual {@code pulumi import}.
 */
class AdoptedVaultTest {

    static final Path ADOPTED = Path.of("../examples/specs/adopted-vault.yaml");
    static final String ID = "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-billing-prod"
            + "/providers/Microsoft.KeyVault/vaults/kv-billing-prod";

    static MockStack.Run deploy(String stage) throws Exception {
        ObjectNode tree = (ObjectNode) SpecReader.readTree(ADOPTED);
        tree.put("stage", stage);
        return MockStack.run(ctx -> new SecureKeyVault("billing", SpecArgs.secureKeyVault(tree), null));
    }

    @Test
    void onlyTheVaultCarriesTheImportIdAndAzureKeepsThatId() throws Exception {
        MockStack.Run run = deploy("observe");
        assertEquals(List.of(), run.errors());
        assertEquals(ID, run.get("billing-vault").importId());
        assertNull(run.get("billing-audit").importId(), "the diagnostic setting is created, not adopted");
        assertEquals(List.of("azure-native:insights:DiagnosticSetting billing-audit",
                "azure-native:keyvault:Vault billing-vault", "kvguard:index:SecureKeyVault billing"), run.resources());
    }

    /**
     * Two deployments of the same program. The program cannot see the stack's state, so both register the
     * import option; Pulumi's engine imports only while the stack holds no vault imported from that id
     * ({@code isImport} in pkg/resource/deploy/step_generator.go), so the second run is a plain update.
     */
    @Test
    void observeThenEnforceOnAnAdoptedVault() throws Exception {
        MockStack.Run first = deploy("observe");
        MockStack.Run second = deploy("enforce");
        assertEquals(List.of(), first.errors());
        assertEquals(List.of(), second.errors());
        Map<String, Object> observe = map(map(first.get("billing-vault").inputs().get("properties")).get("networkAcls"));
        Map<String, Object> enforce = map(map(second.get("billing-vault").inputs().get("properties")).get("networkAcls"));
        assertEquals("Allow", observe.get("defaultAction"));
        assertEquals("Deny", enforce.get("defaultAction"));
        // The rules go live in the first deployment and stay the same in the second.
        assertEquals(List.of(Map.of("value", "52.168.0.7"), Map.of("value", "40.74.28.0/24")), observe.get("ipRules"));
        assertEquals(observe.get("ipRules"), enforce.get("ipRules"));
        assertEquals(observe.get("virtualNetworkRules"), enforce.get("virtualNetworkRules"));
        assertEquals(ID, first.get("billing-vault").importId());
        assertEquals(ID, second.get("billing-vault").importId());
        // Logging goes live with the adopting deployment, before the firewall closes.
        assertEquals(List.of("billing-vault"), first.get("billing-audit").dependsOn());
    }

    @Test
    void aVaultThatIsNotAdoptedHasNoImportId() {
        MockStack.Run run = MockStack.run(ctx -> new SecureKeyVault("platform", SecureKeyVaultTest.multiNetwork(), null));
        assertNull(run.get("platform-vault").importId());
    }

    @Test
    void theJavaApiAdoptsToo() {
        SecureKeyVaultArgs args = SecureKeyVaultArgs.builder(SecureKeyVaultTest.multiNetwork())
                .existing(ExistingVaultArgs.builder()
                        .resourceId(ID.replace("rg-billing-prod", "rg-platform-prod").replace("kv-billing-prod", "kv-platform-prod"))
                        .observed(ObservedVaultArgs.builder().sku("premium").softDeleteRetentionInDays(90).build())
                        .build())
                .build();
        MockStack.Run run = MockStack.run(ctx -> new SecureKeyVault("platform", args, null));
        assertEquals(List.of(), run.errors());
        assertTrue(run.get("platform-vault").importId().endsWith("/resourceGroups/rg-platform-prod/providers/"
                + "Microsoft.KeyVault/vaults/kv-platform-prod"), run.get("platform-vault").importId());
    }

    @Test
    void anImportIdOnlyKnownAfterDeploymentIsRefused() {
        SecureKeyVaultArgs args = SecureKeyVaultArgs.builder(SecureKeyVaultTest.multiNetwork())
                .existing(ExistingVaultArgs.builder().resourceId(Output.of(new CompletableFuture<String>())).build())
                .build();
        MockStack.Run run = MockStack.run(ctx -> new SecureKeyVault("late", args, null));
        assertTrue(String.join("\n", run.errors()).contains("[input-unknown-at-preview] existing.resourceId"),
                run.errors().toString());
        assertEquals(List.of(), run.resources());
    }

    @Test
    void retentionAzureWillNotChangeStopsTheDeployment() throws Exception {
        ObjectNode tree = (ObjectNode) SpecReader.readTree(ADOPTED);
        tree.put("softDeleteRetentionInDays", 30);
        MockStack.Run run = MockStack.run(ctx -> new SecureKeyVault("billing", SpecArgs.secureKeyVault(tree), null));
        assertTrue(String.join("\n", run.errors()).contains("[adopt-immutable-property] softDeleteRetentionInDays = 30"),
                run.errors().toString());
        assertEquals(List.of(), run.resources());
    }

    /** Observed tags (a map) and access policies (a list of objects) reach the checks from a spec file and from Java. */
    @Test
    void observedTagsPoliciesAndLocationAreComparedOnTheComponent() throws Exception {
        ObjectNode tree = (ObjectNode) SpecReader.readTree(ADOPTED);
        ObjectNode observed = (ObjectNode) tree.path("existing").path("observed");
        observed.remove("accessPolicyCount");
        observed.put("location", "northeurope");
        observed.putObject("tags").put("owner", "billing");
        observed.putArray("accessPolicies").addObject().put("objectId", "3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a9f")
                .putObject("permissions").putArray("secrets").add("get");
        MockStack.Run moved = MockStack.run(ctx -> new SecureKeyVault("billing", SpecArgs.secureKeyVault(tree), null));
        String errors = String.join("\n", moved.errors());
        assertTrue(errors.contains("[adopt-immutable-property] location = westeurope"), errors);
        assertEquals(List.of(), moved.resources());

        observed.put("location", "westeurope");
        MockStack.Run run = MockStack.run(ctx -> new SecureKeyVault("billing", SpecArgs.secureKeyVault(tree), null));
        assertEquals(List.of(), run.errors());
        String warnings = dev.kvguard.pulumi.CheckedInputs.vault(SpecArgs.secureKeyVault(tree), dev.kvguard.core.limits.LimitsProfile.DEFAULT).warnings().stream()
                .map(f -> f.message()).toList().toString();
        assertTrue(warnings.contains("changes its tags: removes owner."), warnings);
        assertTrue(warnings.contains("removes the access policy of 3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a9f"), warnings);

        SecureKeyVaultArgs args = SecureKeyVaultArgs.builder(SecureKeyVaultTest.multiNetwork())
                .existing(ExistingVaultArgs.builder()
                        .resourceId(ID.replace("rg-billing-prod", "rg-platform-prod").replace("kv-billing-prod", "kv-platform-prod"))
                        .observed(ObservedVaultArgs.builder().location("northeurope").tags(Map.of("owner", "platform"))
                                .publicNetworkAccess("Disabled").build())
                        .build())
                .build();
        MockStack.Run java = MockStack.run(ctx -> new SecureKeyVault("platform", args, null));
        assertTrue(String.join("\n", java.errors()).contains("[adopt-immutable-property] location"), java.errors().toString());
    }
}
