package dev.kvguard.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.pulumi.core.Output;
import com.pulumi.test.internal.PulumiTestInternal;
import dev.kvguard.components.inputs.AccessPolicyArgs;
import dev.kvguard.components.inputs.LoggingArgs;
import dev.kvguard.components.inputs.ManagedSubnetArgs;
import dev.kvguard.components.inputs.NetworkRulesArgs;
import dev.kvguard.components.inputs.PermissionsArgs;
import dev.kvguard.components.inputs.SecureKeyVaultArgs;
import dev.kvguard.components.inputs.VirtualNetworkRuleArgs;
import dev.kvguard.core.plan.Planner;
import dev.kvguard.core.render.PlanRenderer;
import dev.kvguard.core.spec.CertificatePermission;
import dev.kvguard.core.spec.DefaultAction;
import dev.kvguard.core.spec.KeyPermission;
import dev.kvguard.core.spec.LogCategory;
import dev.kvguard.core.spec.SecretPermission;
import dev.kvguard.core.spec.Sku;
import dev.kvguard.core.spec.io.BoundSpec;
import dev.kvguard.core.spec.io.SpecReader;
import dev.kvguard.core.validate.Validator;
import dev.kvguard.testing.MockStack;
import dev.kvguard.testing.TestSpecs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class SecureKeyVaultTest {

    static final Path MULTI_NETWORK = Path.of("../examples/specs/multi-network.yaml");
    static final String WORKSPACE = "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-monitoring"
            + "/providers/Microsoft.OperationalInsights/workspaces/law-platform";

    private static ManagedSubnetArgs subnet(String vnet, String name, String prefix) {
        return ManagedSubnetArgs.builder().resourceGroupName("rg-network-prod").virtualNetworkName(vnet).name(name)
                .addressPrefix(prefix).build();
    }

    /** examples/specs/multi-network.yaml, written with the Java API. */
    static SecureKeyVaultArgs multiNetwork() {
        return SecureKeyVaultArgs.builder()
                .vaultName("kv-platform-prod").resourceGroupName("rg-platform-prod").location("westeurope")
                .tenantId("8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d")
                .sku(Sku.PREMIUM)
                .networkRules(NetworkRulesArgs.builder()
                        .defaultAction(DefaultAction.DENY)
                        .ipRules("52.168.0.7", "40.74.28.0/24", "20.50.0.0/27")
                        .virtualNetworkRules(
                                VirtualNetworkRuleArgs.builder().subnet(subnet("vnet-hub", "snet-build", "10.0.1.0/24")).build(),
                                VirtualNetworkRuleArgs.builder().subnet(ManagedSubnetArgs.builder(subnet("vnet-spoke-apps",
                                        "snet-aks", "10.1.0.0/22")).serviceEndpoints("Microsoft.Storage", "Microsoft.Sql").build()).build(),
                                VirtualNetworkRuleArgs.builder().subnet(subnet("vnet-hub", "snet-bastion-tools", "10.0.2.0/24")).build(),
                                VirtualNetworkRuleArgs.builder().subnet(ManagedSubnetArgs.builder(subnet("vnet-spoke-apps",
                                        "snet-functions", "10.1.4.0/24")).delegations("Microsoft.Web/serverFarms").build()).build())
                        .build())
                .accessPolicies(
                        AccessPolicyArgs.builder().objectId("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d").description("aks-workload-identity")
                                .permissions(PermissionsArgs.builder().secrets(SecretPermission.GET, SecretPermission.LIST)
                                        .certificates(CertificatePermission.GET).build()).build(),
                        AccessPolicyArgs.builder().objectId("9f8e7d6c-5b4a-4392-8172-6a5b4c3d2e1f").description("platform-admins group")
                                .permissions(PermissionsArgs.builder()
                                        .keys(KeyPermission.GET, KeyPermission.LIST, KeyPermission.CREATE, KeyPermission.UPDATE, KeyPermission.ROTATE)
                                        .secrets(SecretPermission.GET, SecretPermission.LIST, SecretPermission.SET, SecretPermission.DELETE)
                                        .certificates(CertificatePermission.GET, CertificatePermission.LIST, CertificatePermission.CREATE,
                                                CertificatePermission.UPDATE, CertificatePermission.IMPORT).build()).build())
                .logging(LoggingArgs.builder().logAnalyticsWorkspaceId(WORKSPACE)
                        .categories(LogCategory.AUDIT_EVENT, LogCategory.AZURE_POLICY_EVALUATION_DETAILS).build())
                .build();
    }

    @Test
    void registersExactlyThePlannedResourcesWithTheirInputsParentsAndOrder() {
        AtomicReference<SecureKeyVault> component = new AtomicReference<>();
        MockStack.Run run = MockStack.run(ctx -> component.set(new SecureKeyVault("platform", multiNetwork(), null)));
        assertEquals(List.of(), run.errors());
        assertEquals(List.of(
                "azure-native:insights:DiagnosticSetting platform-audit",
                "azure-native:keyvault:Vault platform-vault",
                "azure-native:network:Subnet platform-vnet-hub-snet-bastion-tools",
                "azure-native:network:Subnet platform-vnet-hub-snet-build",
                "azure-native:network:Subnet platform-vnet-spoke-apps-snet-aks",
                "azure-native:network:Subnet platform-vnet-spoke-apps-snet-functions",
                "kvguard:index:SecureKeyVault platform"), run.resources());

        // Every child is parented to the component.
        run.registered().values().stream().filter(r -> !r.type().startsWith("kvguard") && !r.type().equals("pulumi:pulumi:Stack"))
                .forEach(r -> assertEquals("platform", r.parent(), r.name()));

        // Order: subnets of one network chained, the vault after every subnet, logging right after the vault.
        assertEquals(List.of(), run.get("platform-vnet-hub-snet-build").dependsOn());
        assertEquals(List.of("platform-vnet-hub-snet-build"), run.get("platform-vnet-hub-snet-bastion-tools").dependsOn());
        assertEquals(List.of(), run.get("platform-vnet-spoke-apps-snet-aks").dependsOn());
        assertEquals(List.of("platform-vnet-spoke-apps-snet-aks"), run.get("platform-vnet-spoke-apps-snet-functions").dependsOn());
        assertEquals(List.of("platform-vnet-hub-snet-bastion-tools", "platform-vnet-hub-snet-build",
                "platform-vnet-spoke-apps-snet-aks", "platform-vnet-spoke-apps-snet-functions"), run.get("platform-vault").dependsOn());
        assertEquals(List.of("platform-vault"), run.get("platform-audit").dependsOn());

        // The subnet keeps what it had and gains Microsoft.KeyVault.
        Map<String, Object> aks = run.get("platform-vnet-spoke-apps-snet-aks").inputs();
        assertEquals(List.of(Map.of("service", "Microsoft.Storage"), Map.of("service", "Microsoft.Sql"),
                Map.of("service", "Microsoft.KeyVault")), aks.get("serviceEndpoints"));
        assertEquals("10.1.0.0/22", aks.get("addressPrefix"));
        assertEquals(List.of(Map.of("name", "Microsoft.Web.serverFarms", "serviceName", "Microsoft.Web/serverFarms")),
                run.get("platform-vnet-spoke-apps-snet-functions").inputs().get("delegations"));

        // The vault: firewall closed, rules normalised, every rule naming the updated subnet, policies inline.
        Map<String, Object> properties = map(run.get("platform-vault").inputs().get("properties"));
        Map<String, Object> acls = map(properties.get("networkAcls"));
        assertEquals("Deny", acls.get("defaultAction"));
        assertEquals("None", acls.get("bypass"));
        assertEquals(List.of(Map.of("value", "52.168.0.7"), Map.of("value", "40.74.28.0/24"), Map.of("value", "20.50.0.0/27")),
                acls.get("ipRules"));
        List<Map<String, Object>> vnetRules = list(acls.get("virtualNetworkRules"));
        assertEquals(4, vnetRules.size());
        assertTrue(vnetRules.get(0).get("id").toString().endsWith("/virtualNetworks/vnet-hub/subnets/snet-build"));
        assertTrue(vnetRules.stream().allMatch(r -> Boolean.FALSE.equals(r.get("ignoreMissingVnetServiceEndpoint"))));
        assertEquals(Boolean.TRUE, properties.get("enablePurgeProtection"));
        assertEquals(90.0, ((Number) properties.get("softDeleteRetentionInDays")).doubleValue());
        assertEquals(Map.of("family", "A", "name", "premium"), properties.get("sku"));
        List<Map<String, Object>> policies = list(properties.get("accessPolicies"));
        assertEquals("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", policies.get(0).get("objectId"));
        assertEquals("8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d", policies.get(0).get("tenantId"));
        assertEquals(Map.of("secrets", List.of("get", "list"), "certificates", List.of("get"), "keys", List.of(), "storage", List.of()),
                policies.get(0).get("permissions"));

        // Logging: the chosen categories to the workspace, on the vault.
        Map<String, Object> audit = run.get("platform-audit").inputs();
        assertEquals(WORKSPACE, audit.get("workspaceId"));
        assertEquals("kvguard-audit", audit.get("name"));
        assertEquals(List.of(Map.of("category", "AuditEvent", "enabled", true),
                Map.of("category", "AzurePolicyEvaluationDetails", "enabled", true)), audit.get("logs"));
        assertTrue(audit.get("resourceUri").toString().endsWith("/vaults/kv-platform-prod"));

        // Outputs.
        assertEquals("https://kv-platform-prod.vault.azure.net/", com.pulumi.test.PulumiTest.extractValue(component.get().vaultUri()));
        assertEquals("reference-2019", com.pulumi.test.PulumiTest.extractValue(component.get().limitsProfile()));
        assertEquals(List.of("platform-audit", "platform-vault"), component.get().dataPlaneReady().stream()
                .map(r -> r.pulumiResourceName()).sorted().toList());
    }

    @Test
    void theJavaComponentAndTheSpecFilePlanTheSame() throws Exception {
        AtomicReference<SecureKeyVault> component = new AtomicReference<>();
        MockStack.run(ctx -> component.set(new SecureKeyVault("platform", multiNetwork(), null)));
        BoundSpec bound = SpecReader.read(MULTI_NETWORK);
        String fromFile = PlanRenderer.json(Planner.plan(Validator.validate(bound)));
        assertEquals(fromFile, PlanRenderer.json(component.get().deploymentPlan()));
        assertEquals(fromFile, com.pulumi.test.PulumiTest.extractValue(component.get().plan()));
    }

    @Test
    void anInvalidSpecRegistersNothingAndListsEveryError() {
        SecureKeyVaultArgs bad = SecureKeyVaultArgs.builder(multiNetwork())
                .vaultName("kv--x")
                .networkRules(NetworkRulesArgs.builder().ipRules("10.0.0.0/8", "52.1.2.3/32", "2001:db8::1").build())
                .build();
        MockStack.Run run = MockStack.run(ctx -> new SecureKeyVault("bad", bad, null));
        assertEquals(List.of(), run.resources(), "nothing may be registered");
        String errors = String.join("\n", run.errors());
        for (String expected : List.of("[vault-name] vaultName = kv--x", "[ip-rule-not-public] networkRules.ipRules[0] = 10.0.0.0/8",
                "[ip-rule-prefix] networkRules.ipRules[1] = 52.1.2.3/32", "[ip-rule-ipv6] networkRules.ipRules[2] = 2001:db8::1",
                "fix: Use 52.1.2.3 as a single-address rule.", "has 4 errors; nothing was created")) {
            assertTrue(errors.contains(expected), expected + " in:\n" + errors);
        }
        assertFalse(errors.contains("\tat "), "no Java stack trace in the message");
    }

    @Test
    void warningsReachTheLogAgainstTheComponent() {
        Handler handler = mock(Handler.class);
        Logger logger = Logger.getLogger(PulumiTestInternal.class.getName());
        logger.addHandler(handler);
        try {
            SecureKeyVaultArgs warned = SecureKeyVaultArgs.builder(multiNetwork())
                    .networkRules(NetworkRulesArgs.builder().ipRules("52.1.2.3/24").build()).build();
            MockStack.Run run = MockStack.run(ctx -> new SecureKeyVault("warned", warned, null));
            assertEquals(List.of(), run.errors());
            verify(handler, atLeastOnce()).publish(argThat(record -> record.getLevel() == Level.WARNING
                    && record.getMessage().contains("[ip-rule-host-bits] networkRules.ipRules[0] = 52.1.2.3/24")));
        } finally {
            logger.removeHandler(handler);
        }
    }

    @Test
    void inputsKnownOnlyLaterAreValidatedWhenTheyResolve() {
        CompletableFuture<String> tenant = new CompletableFuture<>();
        SecureKeyVaultArgs late = SecureKeyVaultArgs.builder(multiNetwork()).tenantId(Output.of(tenant)).build();
        MockStack.Run run = MockStack.run(ctx -> {
            new SecureKeyVault("late", late, null);
            tenant.complete("not-a-guid");
        });
        String errors = String.join("\n", run.errors());
        assertTrue(errors.contains("[tenant-id] tenantId = not-a-guid"), errors);
        // Every child takes its values from the validated inputs, so none reaches Azure.
        assertEquals(List.of("kvguard:index:SecureKeyVault late"), run.resources());
    }

    @Test
    void lateValidInputsDeployNormally() {
        CompletableFuture<String> tenant = new CompletableFuture<>();
        SecureKeyVaultArgs late = SecureKeyVaultArgs.builder(multiNetwork()).tenantId(Output.of(tenant)).build();
        MockStack.Run run = MockStack.run(ctx -> {
            new SecureKeyVault("late", late, null);
            tenant.complete(TestSpecs.TENANT);
        });
        assertEquals(List.of(), run.errors());
        assertEquals(TestSpecs.TENANT, map(run.get("late-vault").inputs().get("properties")).get("tenantId"));
    }

    @Test
    void structureThatIsOnlyKnownLaterIsRefused() {
        SecureKeyVaultArgs late = SecureKeyVaultArgs.builder(multiNetwork())
                .networkRules(Output.of(new CompletableFuture<>())).build();
        MockStack.Run run = MockStack.run(ctx -> new SecureKeyVault("late", late, null));
        assertTrue(String.join("\n", run.errors()).contains("[input-unknown-at-preview] networkRules"), run.errors().toString());
        assertEquals(List.of(), run.resources());
    }

    @Test
    void protectAndDefaultsFollowTheSpec() {
        MockStack.Run run = MockStack.run(ctx -> new SecureKeyVault("min", SecureKeyVaultArgs.builder()
                .vaultName("kv-min").resourceGroupName("rg").location("westeurope").tenantId(TestSpecs.TENANT)
                .logging(LoggingArgs.builder().waiver("throwaway test vault").build()).build(), null));
        assertEquals(List.of("azure-native:keyvault:Vault min-vault", "kvguard:index:SecureKeyVault min"), run.resources());
        Map<String, Object> acls = map(map(run.get("min-vault").inputs().get("properties")).get("networkAcls"));
        assertEquals("Deny", acls.get("defaultAction"));
        assertEquals("None", acls.get("bypass"));
        assertNull(run.registered().get("azure-native:insights:DiagnosticSetting min-audit"));
    }

    @Test
    void subnetsWithTheSameNamesInTwoResourceGroupsGetDistinctResourceNames() {
        ManagedSubnetArgs east = ManagedSubnetArgs.builder().resourceGroupName("rg-east").virtualNetworkName("vnet").name("app")
                .addressPrefix("10.0.1.0/24").build();
        ManagedSubnetArgs west = ManagedSubnetArgs.builder(east).resourceGroupName("rg-west").build();
        MockStack.Run run = MockStack.run(ctx -> new SecureKeyVault("two", SecureKeyVaultArgs.builder(multiNetwork())
                .networkRules(NetworkRulesArgs.builder().virtualNetworkRules(
                        VirtualNetworkRuleArgs.builder().subnet(east).build(), VirtualNetworkRuleArgs.builder().subnet(west).build()).build())
                .build(), null));
        assertEquals(List.of(), run.errors());
        assertTrue(run.resources().containsAll(List.of("azure-native:network:Subnet two-rg-east-vnet-app",
                "azure-native:network:Subnet two-rg-west-vnet-app")), run.resources().toString());
    }

    @Test
    void underTheCurrentProfileSingleAddressesAreRegisteredAsAzureStoresThem() {
        SecureKeyVaultArgs args = SecureKeyVaultArgs.builder(multiNetwork())
                .limits(dev.kvguard.components.inputs.LimitsArgs.builder().profile("current").build()).build();
        MockStack.Run run = MockStack.run(ctx -> new SecureKeyVault("platform", args, null));
        assertEquals(List.of(), run.errors());
        Map<String, Object> acls = map(map(run.get("platform-vault").inputs().get("properties")).get("networkAcls"));
        assertEquals(List.of(Map.of("value", "52.168.0.7/32"), Map.of("value", "40.74.28.0/24"), Map.of("value", "20.50.0.0/27")),
                acls.get("ipRules"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }
}
