package dev.kvguard.core.spec;

import static dev.kvguard.testing.TestSpecs.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every property of the format reaches the model, and the model's derived values are right. */
class SpecModelTest {

    @Test
    void everyPropertyIsBound() {
        VaultSpec spec = yaml("""
                vaultName: kv-a
                resourceGroupName: rg
                location: l
                tenantId: 8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d
                softDeleteRetentionInDays: 30
                enablePurgeProtection: false
                enableRbacAuthorization: true
                enabledForDeployment: true
                enabledForTemplateDeployment: true
                enabledForDiskEncryption: true
                protect: false
                stage: observe
                limits: {profile: current, maxIpRules: 5, maxVirtualNetworkRules: 6, refusedPrefixLengths: [30]}
                logging:
                  storageAccountId: /subscriptions/s/resourceGroups/r/providers/Microsoft.Storage/storageAccounts/a
                  eventHubAuthorizationRuleId: /subscriptions/s/resourceGroups/r/providers/Microsoft.EventHub/namespaces/n/authorizationRules/x
                  eventHubName: hub
                  categories: [AzurePolicyEvaluationDetails]
                  metrics: false
                  diagnosticSettingName: audit
                  waiver: none needed
                trustedServices: [{service: storage, objectId: 8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d, roleDefinitionId: r}]
                """).spec();
        assertEquals(30, spec.softDeleteRetentionInDays());
        assertFalse(spec.enablePurgeProtection());
        assertTrue(spec.enableRbacAuthorization());
        assertTrue(spec.enabledForDeployment() && spec.enabledForTemplateDeployment() && spec.enabledForDiskEncryption());
        assertTrue(spec.flag(VaultFlag.ENABLED_FOR_DEPLOYMENT) && spec.flag(VaultFlag.ENABLED_FOR_TEMPLATE_DEPLOYMENT)
                && spec.flag(VaultFlag.ENABLED_FOR_DISK_ENCRYPTION));
        assertFalse(spec.protect());
        assertEquals(Stage.OBSERVE, spec.stage());
        assertEquals(new LimitsSpec("current", 5, 6, List.of(30)), spec.limits());
        LoggingSpec logging = spec.logging();
        assertEquals(List.of(LogCategory.AZURE_POLICY_EVALUATION_DETAILS), logging.categories());
        assertFalse(logging.metrics());
        assertEquals("audit", logging.diagnosticSettingName());
        assertEquals("hub", logging.eventHubName());
        assertTrue(logging.hasDestination() && logging.isWaived());
        assertEquals("r", spec.trustedServices().get(0).roleDefinitionId());
        assertEquals(DefaultAction.ALLOW, spec.effectiveDefaultAction());
    }

    @Test
    void builderRoundTripsEveryField() {
        VaultSpec spec = yaml("""
                vaultName: kv-a
                resourceGroupName: rg
                location: l
                tenantId: t
                sku: premium
                enablePurgeProtection: false
                enableRbacAuthorization: true
                enabledForDeployment: true
                enabledForTemplateDeployment: true
                enabledForDiskEncryption: true
                protect: false
                stage: observe
                tags: {a: b}
                """).spec();
        assertEquals(spec, spec.toBuilder().build());
        assertEquals("b", spec.tags().get("a"));
    }

    @Test
    void firewalledMeansDenyOrAnyRule() {
        VaultSpec open = VaultSpec.builder().networkRules(new NetworkRulesSpec(DefaultAction.ALLOW, null, null, null)).build();
        assertFalse(open.isFirewalled());
        assertTrue(open.toBuilder().networkRules(new NetworkRulesSpec(DefaultAction.ALLOW, null, List.of("1.2.3.4"), null)).build().isFirewalled());
        assertTrue(open.toBuilder().networkRules(new NetworkRulesSpec(DefaultAction.ALLOW, null, null,
                List.of(VirtualNetworkRuleSpec.existing("x")))).build().isFirewalled());
        assertTrue(VaultSpec.builder().build().isFirewalled());
    }

    @Test
    void permissionsCoverDescribeAndCombine() {
        Permissions reader = Permissions.secrets(SecretPermission.GET, SecretPermission.LIST, SecretPermission.GET);
        assertEquals(List.of(SecretPermission.GET, SecretPermission.LIST), reader.secrets());
        assertTrue(reader.covers(Permissions.secrets(SecretPermission.GET)));
        assertFalse(reader.covers(Permissions.secrets(SecretPermission.SET)));
        assertFalse(reader.covers(Permissions.keys(KeyPermission.GET)));
        assertTrue(Permissions.NONE.covers(Permissions.NONE));
        assertTrue(Permissions.NONE.isEmpty());
        assertFalse(reader.isEmpty());
        Permissions all = new Permissions(List.of(KeyPermission.ALL), List.of(SecretPermission.ALL),
                List.of(CertificatePermission.ALL), List.of(StoragePermission.ALL));
        assertTrue(all.covers(new Permissions(List.of(KeyPermission.WRAP_KEY), List.of(SecretPermission.SET),
                List.of(CertificatePermission.IMPORT), List.of(StoragePermission.SET_SAS))));
        Permissions certs = new Permissions(null, null, List.of(CertificatePermission.GET), List.of(StoragePermission.GET));
        assertFalse(certs.covers(new Permissions(null, null, List.of(CertificatePermission.LIST), null)));
        assertFalse(certs.covers(new Permissions(null, null, null, List.of(StoragePermission.LIST))));
        assertEquals("keys: get; secrets: get, list; certificates: get; storage: get",
                Permissions.keys(KeyPermission.GET).plus(reader).plus(certs).describe());
        assertEquals("no permissions", Permissions.NONE.describe());
        assertEquals("app", new AccessPolicySpec("id", null, null, "app", null).label());
        assertEquals("id", new AccessPolicySpec("id", null, null, " ", null).label());
        assertEquals("id", new AccessPolicySpec("id", null, null, null, null).label());
        assertEquals(Permissions.NONE, new AccessPolicySpec("id", null, null, null, null).permissions());
    }

    @Test
    void enumsParseIgnoringCaseAndListTheirNames() {
        assertEquals(Stage.ENFORCE, SpecEnum.parse(Stage.class, "ENFORCE").orElseThrow());
        assertTrue(SpecEnum.parse(Stage.class, null).isEmpty());
        assertEquals(List.of("enforce", "observe"), SpecEnum.names(Stage.class));
        assertEquals("Azure Backup", TrustedService.AZURE_BACKUP.displayName());
        assertFalse(TrustedService.AZURE_BACKUP.scenario().isBlank());
        assertEquals(List.of("Microsoft.KeyVault"), new ManagedSubnetSpec("r", "v", "s", "p", null, null, null, null).endpointsWithKeyVault());
    }

    @Test
    void aRuleNamesItsSubnetExactlyOneWayAndAnEndpointAtMostOne() {
        ManagedSubnetSpec managed = new ManagedSubnetSpec("r", "v", "s", "10.0.0.0/24", null, null, null, null);
        assertEquals("id", VirtualNetworkRuleSpec.existing("id").subnetId());
        assertTrue(VirtualNetworkRuleSpec.managed(managed).isManaged());
        assertThrows(IllegalArgumentException.class, () -> new VirtualNetworkRuleSpec(null, null));
        assertThrows(IllegalArgumentException.class, () -> new VirtualNetworkRuleSpec("id", managed));
        EndpointSubnetSpec parts = new EndpointSubnetSpec("r", "v", "s", null);
        assertEquals("id", new PrivateEndpointSpec("pe", "id", null, null, null).subnetId());
        assertEquals(parts, new PrivateEndpointSpec("pe", null, parts, null, null).subnet());
        // An endpoint whose subnet was unusable (reported) keeps its other properties, which are still checked.
        assertEquals("pe", new PrivateEndpointSpec("pe", null, null, null, null).name());
        assertThrows(IllegalArgumentException.class, () -> new PrivateEndpointSpec("pe", "id", parts, null, null));
    }
}
