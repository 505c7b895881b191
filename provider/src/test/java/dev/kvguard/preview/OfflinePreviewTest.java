package dev.kvguard.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.Context;
import com.pulumi.azurenative.authorization.AuthorizationFunctions;
import com.pulumi.azurenative.authorization.outputs.GetClientConfigResult;
import com.pulumi.azurenative.resources.ResourceGroup;
import com.pulumi.azurenative.resources.ResourceGroupArgs;
import com.pulumi.core.Output;
import com.pulumi.core.internal.Internal;
import com.pulumi.core.internal.OutputData;
import com.pulumi.resources.ComponentResourceOptions;
import dev.kvguard.components.SecureKeyVault;
import dev.kvguard.components.inputs.LoggingArgs;
import dev.kvguard.components.inputs.ManagedSubnetArgs;
import dev.kvguard.components.inputs.NetworkRulesArgs;
import dev.kvguard.components.inputs.SecureKeyVaultArgs;
import dev.kvguard.components.inputs.VirtualNetworkRuleArgs;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.render.PreviewRenderer;
import dev.kvguard.core.render.PreviewReport;
import dev.kvguard.testing.TestSpecs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The offline preview sees what {@code pulumi preview} sees: outputs of resources being created are unknown. */
class OfflinePreviewTest {

    private static final String SUBNET_GROUP = "networkRules.virtualNetworkRules[0].subnet.resourceGroupName";

    /** A program whose managed subnet lives in a resource group the program itself creates. */
    private static Consumer<Context> subnetInNewGroup(Function<ResourceGroup, Output<String>> groupName) {
        return ctx -> {
            var group = new ResourceGroup("network", ResourceGroupArgs.builder()
                    .resourceGroupName("rg-network").location("westeurope").build());
            new SecureKeyVault("kv", SecureKeyVaultArgs.builder()
                    .vaultName("kv-orders").resourceGroupName("rg-orders").location("westeurope").tenantId(TestSpecs.TENANT)
                    .networkRules(NetworkRulesArgs.builder().virtualNetworkRules(VirtualNetworkRuleArgs.builder()
                            .subnet(ManagedSubnetArgs.builder().resourceGroupName(groupName.apply(group))
                                    .virtualNetworkName("vnet").name("snet-app").addressPrefix("10.0.1.0/24").build())
                            .build()).build())
                    .logging(LoggingArgs.builder().waiver("test vault").build())
                    .build(), ComponentResourceOptions.builder().dependsOn(group).build());
        };
    }

    @Test
    void aManagedSubnetInAGroupTheProgramCreatesFailsAsUnderPulumiPreview() {
        PreviewReport report = OfflinePreview.run("subnet-in-new-group", subnetInNewGroup(ResourceGroup::name));

        assertTrue(report.failed());
        assertEquals(List.of("input-unknown-at-preview " + SUBNET_GROUP),
                report.findings().stream().map(f -> f.ruleId() + " " + f.path()).toList());
        assertEquals(List.of(), report.errors());
        // Nothing of the vault is registered: only the group the program made itself.
        assertEquals(List.of("azure-native:resources:ResourceGroup network"),
                report.resources().stream().map(r -> r.type() + " " + r.name()).toList());
        assertTrue(PreviewRenderer.text(report).contains("input-unknown-at-preview  " + SUBNET_GROUP),
                PreviewRenderer.text(report));
    }

    @Test
    void aComponentThatFailsStillReportsItsWarnings() {
        PreviewReport report = OfflinePreview.run("bad-tenant", ctx -> new SecureKeyVault("kv", SecureKeyVaultArgs.builder()
                .vaultName("kv-orders").resourceGroupName("rg-orders").location("westeurope").tenantId("not-a-guid")
                .logging(LoggingArgs.builder().waiver("test vault").build()).build(), null));

        assertTrue(report.failed());
        assertEquals(List.of("logging-missing", "tenant-id"),
                report.findings().stream().map(Finding::ruleId).sorted().toList());
        assertTrue(PreviewRenderer.text(report).contains("logging-missing"), PreviewRenderer.text(report));
    }

    @Test
    void thePlainGroupNameWithDependsOnPasses() {
        PreviewReport report = OfflinePreview.run("subnet-by-name", subnetInNewGroup(group -> Output.of("rg-network")));

        assertFalse(report.failed(), report.findings() + " " + report.errors());
        assertEquals(List.of("logging-missing"), report.findings().stream().map(Finding::ruleId).toList());
        assertEquals(List.of("azure-native:keyvault:Vault kv-vault", "azure-native:network:Subnet kv-vnet-snet-app",
                        "azure-native:resources:ResourceGroup network", "kvguard:index:SecureKeyVault kv"),
                report.resources().stream().map(r -> r.type() + " " + r.name()).toList());
    }

    @Test
    void outputsEchoKnownInputsAndEverythingElseIsUnknown() {
        AtomicReference<ResourceGroup> group = new AtomicReference<>();
        OfflinePreview.record("group", ctx -> group.set(new ResourceGroup("g", ResourceGroupArgs.builder()
                .resourceGroupName("rg-g").location("westeurope").tags(Map.of("team", "platform")).build())));

        assertTrue(data(group.get().location()).isKnown());
        assertEquals("westeurope", data(group.get().location()).getValueNullable());
        assertEquals(Optional.of(Map.of("team", "platform")), data(group.get().tags()).getValueNullable());
        // 'name' is not an input of ResourceGroup (the input is 'resourceGroupName'), so azure-native cannot echo it.
        assertFalse(data(group.get().name()).isKnown());
        assertFalse(data(group.get().id()).isKnown());
        assertFalse(data(group.get().type()).isKnown());
    }

    @Test
    void aCheckOnAValueOnlyKnownAfterDeploymentDoesNotRunAtPreview() {
        // The tenant comes from an output of a resource being created (its name, which is no GUID): a real
        // preview cannot check it, and neither does the offline one; the vault's inputs stay unknown.
        OfflinePreview.Outcome outcome = OfflinePreview.record("late-tenant", ctx -> {
            var group = new ResourceGroup("g", ResourceGroupArgs.builder().resourceGroupName("rg-g").location("westeurope").build());
            new SecureKeyVault("kv", SecureKeyVaultArgs.builder()
                    .vaultName("kv-orders").resourceGroupName("rg-g").location("westeurope").tenantId(group.name())
                    .logging(LoggingArgs.builder().waiver("test vault").build()).build(), null);
        });

        assertFalse(outcome.report().failed(), outcome.report().findings().toString());
        // With an input pending, only checks of single known values count: not even the waiver's warning.
        assertEquals(List.of(), outcome.report().findings());
        OfflinePreview.Registration vault = outcome.registrations().stream()
                .filter(r -> r.type().equals("azure-native:keyvault:Vault")).findFirst().orElseThrow();
        assertEquals(OfflinePreview.UNKNOWN_INPUT, vault.inputs().get("properties"));
        // Inputs that were known stay known (a preview shows them, an update sees no change), while
        // 'properties' waits for the validated inputs: a late failure still stops the vault.
        assertEquals("kv-orders", vault.inputs().get("vaultName"));
        assertEquals("rg-g", vault.inputs().get("resourceGroupName"));
        assertEquals("westeurope", vault.inputs().get("location"));
    }

    @Test
    void childInputsThatAreUnknownAtPreviewAreShownAsUnknown() {
        OfflinePreview.Outcome outcome = OfflinePreview.record("subnet-by-name", subnetInNewGroup(group -> Output.of("rg-network")));
        OfflinePreview.Registration vault = outcome.registrations().stream()
                .filter(r -> r.type().equals("azure-native:keyvault:Vault")).findFirst().orElseThrow();

        // The vault's rules name the subnet by its id, which Azure assigns: the whole 'properties' input is unknown.
        assertEquals(OfflinePreview.UNKNOWN_INPUT, vault.inputs().get("properties"));
        assertEquals("rg-orders", vault.inputs().get("resourceGroupName"));
        assertEquals("kv-orders", vault.inputs().get("vaultName"));
        assertEquals(List.of("kv-vnet-snet-app", "network"), vault.dependsOn());
        assertEquals("kv", vault.parent());
    }

    @Test
    void nothingIsSettledWhileTheProgramRunsAndFunctionResultsAreKnownAfterwards() {
        AtomicReference<Output<GetClientConfigResult>> client = new AtomicReference<>();
        AtomicReference<ResourceGroup> group = new AtomicReference<>();
        List<Boolean> settledWhileRunning = new ArrayList<>();
        OfflinePreview.record("client", ctx -> {
            client.set(AuthorizationFunctions.getClientConfig());
            group.set(new ResourceGroup("g", ResourceGroupArgs.builder().resourceGroupName("rg-g").location("westeurope").build()));
            settledWhileRunning.add(Internal.of(client.get()).getDataAsync().isDone());
            settledWhileRunning.add(Internal.of(group.get().location()).getDataAsync().isDone());
        });

        assertEquals(List.of(false, false), settledWhileRunning);
        // Functions run during a real preview: their result is known once it arrives.
        assertEquals(FakeAzure.TENANT, data(client.get()).getValueNullable().tenantId());
        assertEquals("westeurope", data(group.get().location()).getValueNullable());
    }

    private static <T> OutputData<T> data(Output<T> output) {
        return Internal.of(output).getDataAsync().join();
    }
}
