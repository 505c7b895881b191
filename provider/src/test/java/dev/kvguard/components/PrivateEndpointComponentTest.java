package dev.kvguard.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.core.Output;
import dev.kvguard.components.inputs.LoggingArgs;
import dev.kvguard.components.inputs.NetworkRulesArgs;
import dev.kvguard.components.inputs.PrivateEndpointArgs;
import dev.kvguard.components.inputs.PrivateEndpointSubnetArgs;
import dev.kvguard.components.inputs.SecureKeyVaultArgs;
import dev.kvguard.components.inputs.TrustedServiceArgs;
import dev.kvguard.core.spec.PublicNetworkAccess;
import dev.kvguard.core.spec.Stage;
import dev.kvguard.core.spec.TrustedService;
import dev.kvguard.preview.FakeAzure;
import dev.kvguard.testing.MockStack;
import dev.kvguard.testing.TestSpecs;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Private endpoints and their DNS zone groups under Pulumi's mocks: resources, parents, order and inputs. */
class PrivateEndpointComponentTest {

    static final String SUBNET = TestSpecs.subnetId("vnet-hub", "snet-pe");
    static final String ZONE = "/subscriptions/" + TestSpecs.SUBSCRIPTION
            + "/resourceGroups/rg-dns/providers/Microsoft.Network/privateDnsZones/privatelink.vaultcore.azure.net";

    static SecureKeyVaultArgs privateVault() {
        return SecureKeyVaultArgs.builder()
                .vaultName("kv-private-01").resourceGroupName("rg-sec").location("westeurope").tenantId(TestSpecs.TENANT)
                .enableRbacAuthorization(true)
                .publicNetworkAccess(PublicNetworkAccess.DISABLED)
                .logging(LoggingArgs.builder().logAnalyticsWorkspaceId(TestSpecs.WORKSPACE).build())
                .trustedServices(TrustedServiceArgs.builder().service(TrustedService.AZURE_BACKUP)
                        .objectId("0d7b1c2e-3f4a-4b5c-8d6e-7f8091a2b3c4")
                        .roleDefinitionId("4633458b-17de-408a-b874-0445c86b69e6").build())
                .privateEndpoints(
                        PrivateEndpointArgs.builder().name("pe-kv-hub").subnetId(SUBNET).privateDnsZoneIds(ZONE).build(),
                        PrivateEndpointArgs.builder().name("pe-kv-spoke").subnet(PrivateEndpointSubnetArgs.builder()
                                .resourceGroupName("rg-net").virtualNetworkName("vnet-spoke").name("snet-pe")
                                .addressPrefix("10.1.9.0/24").build()).staticIpAddress("10.1.9.10").build(),
                        PrivateEndpointArgs.builder().name("pe-kv-dr").subnetId(SUBNET.replace("vnet-hub", "vnet-dr"))
                                .privateDnsZoneIds(List.of()).build())
                .build();
    }

    @Test
    void endpointsAndZoneGroupsFollowThePlan() {
        AtomicReference<SecureKeyVault> component = new AtomicReference<>();
        MockStack.Run run = MockStack.run(ctx -> component.set(new SecureKeyVault("sec", privateVault(), null)));
        assertEquals(List.of(), run.errors());
        assertEquals(List.of(
                "azure-native:authorization:RoleAssignment sec-azureBackup",
                "azure-native:insights:DiagnosticSetting sec-audit",
                "azure-native:keyvault:Vault sec-vault",
                "azure-native:network:PrivateDnsZoneGroup sec-pe-kv-hub-dns",
                "azure-native:network:PrivateDnsZoneGroup sec-pe-kv-spoke-dns",
                "azure-native:network:PrivateEndpoint sec-pe-kv-dr",
                "azure-native:network:PrivateEndpoint sec-pe-kv-hub",
                "azure-native:network:PrivateEndpoint sec-pe-kv-spoke",
                "kvguard:index:SecureKeyVault sec"), run.resources());
        run.registered().values().stream().filter(r -> r.type().startsWith("azure-native:"))
                .forEach(r -> assertEquals("sec", r.parent(), r.name()));

        // Order: endpoint after the vault, zone group after its endpoint, the consumer after all of them and logging.
        assertEquals(List.of("sec-vault"), run.get("sec-pe-kv-hub").dependsOn());
        assertEquals(List.of("sec-pe-kv-hub"), run.get("sec-pe-kv-hub-dns").dependsOn());
        assertEquals(List.of("sec-pe-kv-spoke"), run.get("sec-pe-kv-spoke-dns").dependsOn());
        assertEquals(List.of("sec-audit", "sec-pe-kv-dr", "sec-pe-kv-hub", "sec-pe-kv-hub-dns", "sec-pe-kv-spoke",
                "sec-pe-kv-spoke-dns", "sec-vault"), run.get("sec-azureBackup").dependsOn().stream().sorted().toList());
        assertEquals(9 - 2, component.get().dataPlaneReady().size());

        // The vault turns public access off.
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) run.get("sec-vault").inputs().get("properties");
        assertEquals("Disabled", properties.get("publicNetworkAccess"));

        // The endpoint connects to the vault's 'vault' sub-resource from the named subnet.
        String vaultId = "/subscriptions/" + FakeAzure.SUBSCRIPTION + "/resourceGroups/rg-sec/providers/Microsoft.KeyVault/vaults/kv-private-01";
        Map<String, Object> hub = run.get("sec-pe-kv-hub").inputs();
        assertEquals("pe-kv-hub", hub.get("privateEndpointName"));
        assertEquals("rg-sec", hub.get("resourceGroupName"));
        assertEquals("westeurope", hub.get("location"));
        assertEquals(SUBNET, ((Map<?, ?>) hub.get("subnet")).get("id"));
        assertEquals(List.of(Map.of("name", "pe-kv-hub", "privateLinkServiceId", vaultId, "groupIds", List.of("vault"))),
                hub.get("privateLinkServiceConnections"));
        assertEquals(List.of(Map.of("name", "privatelink-vaultcore-azure-net", "privateDnsZoneId", ZONE)),
                run.get("sec-pe-kv-hub-dns").inputs().get("privateDnsZoneConfigs"));
        assertEquals("default", run.get("sec-pe-kv-hub-dns").inputs().get("privateDnsZoneGroupName"));
        assertEquals("pe-kv-hub", run.get("sec-pe-kv-hub-dns").inputs().get("privateEndpointName"));

        // A subnet by its parts takes the vault's subscription; the static IP names the vault's member; the
        // default zone is the cloud's Key Vault zone in the vault's resource group.
        Map<String, Object> spoke = run.get("sec-pe-kv-spoke").inputs();
        assertEquals("/subscriptions/" + FakeAzure.SUBSCRIPTION
                + "/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-spoke/subnets/snet-pe",
                ((Map<?, ?>) spoke.get("subnet")).get("id"));
        assertEquals(List.of(Map.of("name", "pe-kv-spoke-ip", "groupId", "vault", "memberName", "default",
                "privateIPAddress", "10.1.9.10")), spoke.get("ipConfigurations"));
        assertEquals(List.of(Map.of("name", "privatelink-vaultcore-azure-net", "privateDnsZoneId", "/subscriptions/"
                        + FakeAzure.SUBSCRIPTION + "/resourceGroups/rg-sec/providers/Microsoft.Network/privateDnsZones/"
                        + "privatelink.vaultcore.azure.net")),
                run.get("sec-pe-kv-spoke-dns").inputs().get("privateDnsZoneConfigs"));
    }

    @Test
    void underObservePublicAccessDisabledIsNotSentYet() {
        MockStack.Run run = MockStack.run(ctx -> new SecureKeyVault("obs", SecureKeyVaultArgs.builder(privateVault())
                .stage(Stage.OBSERVE).build(), null));
        assertEquals(List.of(), run.errors());
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) run.get("obs-vault").inputs().get("properties");
        assertTrue(!properties.containsKey("publicNetworkAccess"), properties.toString());
        assertEquals("Allow", ((Map<?, ?>) properties.get("networkAcls")).get("defaultAction"));
    }

    @Test
    void withoutTheNewInputsTheVaultIsSentAsBefore() {
        MockStack.Run run = MockStack.run(ctx -> new SecureKeyVault("plain", SecureKeyVaultArgs.builder()
                .vaultName("kv-plain-01").resourceGroupName("rg-sec").location("westeurope").tenantId(TestSpecs.TENANT)
                .logging(LoggingArgs.builder().logAnalyticsWorkspaceId(TestSpecs.WORKSPACE).build()).build(), null));
        assertEquals(List.of(), run.errors());
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) run.get("plain-vault").inputs().get("properties");
        assertTrue(!properties.containsKey("publicNetworkAccess"), properties.toString());
    }

    @Test
    void endpointsOnlyKnownLaterAreRefusedButTheirSubnetMayBeAnOutput() {
        SecureKeyVaultArgs late = SecureKeyVaultArgs.builder(privateVault())
                .privateEndpoints(Output.of(new CompletableFuture<>())).build();
        MockStack.Run refused = MockStack.run(ctx -> new SecureKeyVault("late", late, null));
        assertTrue(String.join("\n", refused.errors()).contains("[input-unknown-at-preview] privateEndpoints"),
                refused.errors().toString());
        assertEquals(List.of(), refused.resources());

        CompletableFuture<String> subnet = new CompletableFuture<>();
        SecureKeyVaultArgs laterSubnet = SecureKeyVaultArgs.builder(privateVault()).privateEndpoints(
                PrivateEndpointArgs.builder().name("pe-kv-hub").subnetId(Output.of(subnet)).build()).build();
        MockStack.Run run = MockStack.run(ctx -> {
            new SecureKeyVault("later", laterSubnet, null);
            subnet.complete(SUBNET);
        });
        assertEquals(List.of(), run.errors());
        assertEquals(SUBNET, ((Map<?, ?>) run.get("later-pe-kv-hub").inputs().get("subnet")).get("id"));
    }

    @Test
    void publicAccessOffWithoutAnEndpointRegistersNothing() {
        MockStack.Run run = MockStack.run(ctx -> new SecureKeyVault("closed", SecureKeyVaultArgs.builder(privateVault())
                .privateEndpoints(List.of()).trustedServices(List.of())
                .networkRules(NetworkRulesArgs.builder().ipRules("52.1.2.3").build()).build(), null));
        assertEquals(List.of(), run.resources());
        String errors = String.join("\n", run.errors());
        assertTrue(errors.contains("[public-access-no-private-endpoint] privateEndpoints"), errors);
        assertTrue(errors.contains("[public-access-rules-ignored] networkRules.ipRules = 1"), errors);
    }
}
