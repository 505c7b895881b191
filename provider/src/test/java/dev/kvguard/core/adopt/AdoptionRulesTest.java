package dev.kvguard.core.adopt;

import static dev.kvguard.testing.TestSpecs.byRule;
import static dev.kvguard.testing.TestSpecs.single;
import static dev.kvguard.testing.TestSpecs.validateYaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.azure.VaultId;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Severity;
import dev.kvguard.core.plan.Plan;
import dev.kvguard.core.plan.Planner;
import dev.kvguard.core.plan.Step;
import dev.kvguard.core.spec.io.BoundSpec;
import dev.kvguard.core.validate.ValidationReport;
import dev.kvguard.core.validate.Validator;
import dev.kvguard.testing.TestSpecs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdoptionRulesTest {

    static final String ID = "/subscriptions/" + TestSpecs.SUBSCRIPTION
            + "/resourceGroups/rg-test/providers/Microsoft.KeyVault/vaults/kv-test-01";

    /** A valid firewalled vault adopting the vault {@code id}, with extra YAML appended (indented by the caller). */
    static String spec(String id, String extra) {
        return "vaultName: kv-test-01\nresourceGroupName: rg-test\nlocation: westeurope\ntenantId: " + TestSpecs.TENANT + "\n"
                + "logging: {logAnalyticsWorkspaceId: '" + TestSpecs.WORKSPACE + "'}\n"
                + "existing:\n  resourceId: '" + id + "'\n" + extra;
    }

    static String observed(String lines) {
        return "  observed:\n" + lines.indent(4);
    }

    static List<Finding> adoptFindings(ValidationReport report) {
        return report.findings().stream().filter(f -> f.ruleId().startsWith("adopt-")).toList();
    }

    @Test
    void aWellFormedIdOfThisVaultPassesWhateverItsCase() {
        assertEquals(List.of(), validateYaml(spec(ID, "")).findings());
        String shouted = "/SUBSCRIPTIONS/" + TestSpecs.SUBSCRIPTION + "/resourcegroups/RG-TEST/providers/microsoft.keyvault/VAULTS/KV-Test-01";
        assertEquals(List.of(), validateYaml(spec(shouted, "")).findings());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "kv-test-01",
            "/subscriptions/not-a-guid/resourceGroups/rg-test/providers/Microsoft.KeyVault/vaults/kv-test-01",
            "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-test/providers/Microsoft.KeyVault/managedHSMs/kv-test-01",
            "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-test/providers/Microsoft.KeyVault/vaults/kv-test-01/",
            "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-test./providers/Microsoft.KeyVault/vaults/kv-test-01",
            " /subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-test/providers/Microsoft.KeyVault/vaults/kv-test-01"})
    void aMalformedIdIsRefusedWithTheShape(String id) {
        Finding f = single(validateYaml(spec(id, "")), "adopt-resource-id");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("existing.resourceId", f.path().toString());
        assertEquals(id, f.value());
        assertEquals(VaultId.SHAPE, f.limit());
        assertEquals("'" + id + "' is not the resource id of a Key Vault (" + VaultId.SHAPE + ").", f.message());
    }

    @Test
    void anIdOfAnotherVaultOrGroupIsRefused() {
        String other = ID.replace("kv-test-01", "kv-test-02");
        Finding name = single(validateYaml(spec(other, "")), "adopt-resource-id");
        assertEquals("The existing vault's id names vault 'kv-test-02' but 'vaultName' is 'kv-test-01'; Pulumi would adopt "
                + "one vault and describe another.", name.message());
        assertEquals("vaultName kv-test-01", name.limit());
        List<Finding> both = byRule(validateYaml(spec(other.replace("rg-test", "rg-other"), "")), "adopt-resource-id");
        assertEquals(2, both.size());
        assertEquals("resourceGroupName rg-test", both.get(1).limit());
    }

    @Test
    void theBlockIsBoundStrictly() {
        ValidationReport missing = validateYaml(spec(ID, "").replace("  resourceId: '" + ID + "'\n", "  observed: {}\n"));
        assertEquals("existing.resourceId", single(missing, "spec-required").path().toString());
        ValidationReport typo = validateYaml(spec(ID, observed("purgeProtection: true")));
        Finding unknown = single(typo, "spec-unknown-property");
        assertEquals("existing.observed.purgeProtection", unknown.path().toString());
        ValidationReport wrongType = validateYaml(spec(ID, observed("accessPolicyCount: many")));
        assertEquals("existing.observed.accessPolicyCount", single(wrongType, "spec-type").path().toString());
    }

    @Test
    void retentionMustStayWhatAzureHas() {
        assertEquals(List.of(), adoptFindings(validateYaml(spec(ID, observed("softDeleteRetentionInDays: 90")))));
        Finding f = single(validateYaml(spec(ID, observed("softDeleteRetentionInDays: 89"))), "adopt-immutable-property");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("softDeleteRetentionInDays", f.path().toString());
        assertEquals("90", f.value());
        assertEquals("89 days (observed)", f.limit());
        assertEquals("Set 'softDeleteRetentionInDays: 89'.", f.fix());
    }

    @Test
    void purgeProtectionCanBeTurnedOnButNeverOff() {
        assertEquals(List.of(), adoptFindings(validateYaml(spec(ID, observed("enablePurgeProtection: true")))));
        Finding off = single(validateYaml(spec(ID, observed("enablePurgeProtection: true"))
                .replace("existing:", "enablePurgeProtection: false\nexisting:")), "adopt-immutable-property");
        assertEquals("enablePurgeProtection", off.path().toString());
        assertEquals("false", off.value());
        Finding on = single(validateYaml(spec(ID, observed("enablePurgeProtection: false"))), "adopt-property-differs");
        assertEquals(Severity.WARNING, on.severity());
        assertEquals("Adopting the existing vault changes 'enablePurgeProtection' from false to true. Purge protection "
                + "cannot be turned off again once on.", on.message());
        assertEquals("false (observed)", on.limit());
    }

    @Test
    void everyScalarPropertyThatDiffersIsWarnedAbout() {
        ValidationReport report = validateYaml(spec(ID, observed("""
                sku: premium
                enableRbacAuthorization: true
                enabledForDeployment: true
                enabledForTemplateDeployment: true
                enabledForDiskEncryption: true
                networkRules: {defaultAction: Allow, bypass: AzureServices}
                accessPolicyCount: 3""")));
        assertEquals(List.of("accessPolicies", "enableRbacAuthorization", "enabledForDeployment", "enabledForDiskEncryption",
                        "enabledForTemplateDeployment", "networkRules.bypass", "networkRules.defaultAction", "sku"),
                byRule(report, "adopt-property-differs").stream().map(f -> f.path().toString()).sorted().toList());
        Finding action = byRule(report, "adopt-property-differs").stream()
                .filter(f -> f.path().toString().equals("networkRules.defaultAction")).findFirst().orElseThrow();
        assertEquals("Deny", action.value());
        assertEquals("Adopting the existing vault changes 'networkRules.defaultAction' from Allow to Deny.", action.message());
        assertEquals(AdoptionRules.NEWER_PULUMI + "; to adopt it unchanged first, set 'networkRules.defaultAction' to Allow "
                + "for that deployment.", action.fix());
    }

    @Test
    void equalValuesAndUnrecordedOnesGiveNoWarning() {
        assertEquals(List.of(), adoptFindings(validateYaml(spec(ID, observed("""
                sku: Standard
                softDeleteRetentionInDays: 90
                enablePurgeProtection: true
                enableRbacAuthorization: false
                enabledForDeployment: false
                networkRules: {defaultAction: deny, bypass: None, ipRules: [], virtualNetworkRules: []}
                accessPolicyCount: 0""")))));
        assertEquals(List.of(), adoptFindings(validateYaml(spec(ID, observed("networkRules: {}")))));
    }

    @Test
    void stageObserveSendsAllowSoAnOpenVaultKeepsItsDefaultAction() {
        String open = spec(ID, observed("networkRules: {defaultAction: Allow}"));
        assertEquals(List.of(), adoptFindings(validateYaml(open.replace("existing:", "stage: observe\nexisting:"))));
        assertEquals(1, byRule(validateYaml(open), "adopt-property-differs").size());
    }

    @Test
    void ipRulesCompareAsRangesSoAzuresSlash32IsTheSameAddress() {
        String rules = "networkRules: {ipRules: ['52.168.0.7', '40.74.28.0/24']}\n";
        String same = spec(ID, observed("networkRules: {ipRules: [52.168.0.7/32, 40.74.28.0/24]}")) + rules;
        assertEquals(List.of(), adoptFindings(validateYaml(same)));
        String changed = spec(ID, observed("networkRules: {ipRules: [52.168.0.7/32, 20.50.0.0/27]}")) + rules;
        Finding f = single(validateYaml(changed), "adopt-property-differs");
        assertEquals("networkRules.ipRules", f.path().toString());
        assertEquals("Adopting the existing vault adds 1 IPv4 rule (40.74.28.0/24) and removes 1 IPv4 rule (20.50.0.0/27).",
                f.message());
        assertEquals("2 observed", f.limit());
    }

    @Test
    void virtualNetworkRulesCompareByIdIgnoringCase() {
        String subnet = TestSpecs.subnetId("vnet-a", "snet-a");
        String rules = "networkRules: {virtualNetworkRules: [{subnetId: '" + subnet + "'}]}\n";
        String same = spec(ID, observed("networkRules: {virtualNetworkRules: [{subnetId: '" + subnet.toLowerCase() + "'}]}"))
                + rules;
        assertEquals(List.of(), adoptFindings(validateYaml(same)));
        Finding added = single(validateYaml(spec(ID, observed("networkRules: {virtualNetworkRules: []}")) + rules),
                "adopt-property-differs");
        assertEquals("Adopting the existing vault adds 1 virtual-network rule (" + subnet + ").", added.message());
    }

    @Test
    void reopeningAPrivateVaultIsWarnedAboutAndOmittingTheSettingKeepsIt() {
        String disabled = spec(ID, observed("publicNetworkAccess: Disabled"));
        // Omitted, the spec sends nothing and Azure keeps Disabled; Disabled itself is the same value.
        assertEquals(List.of(), adoptFindings(validateYaml(disabled)));
        assertEquals(List.of(), adoptFindings(validateYaml(disabled.replace("existing:",
                "publicNetworkAccess: disabled\nprivateEndpointsWaiver: hub team\nexisting:"))));
        Finding f = single(validateYaml(disabled.replace("existing:", "publicNetworkAccess: Enabled\nexisting:")),
                "adopt-property-differs");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("publicNetworkAccess", f.path().toString());
        assertEquals("Enabled", f.value());
        assertEquals("Disabled (observed)", f.limit());
        assertEquals("Adopting the existing vault changes 'publicNetworkAccess' from Disabled to Enabled. This reopens the"
                + " vault's public endpoint: every network the firewall admits reaches it again, where today only private"
                + " endpoints and trusted services do.", f.message());
        Finding closing = single(validateYaml(spec(ID, observed("publicNetworkAccess: Enabled")).replace("existing:",
                "publicNetworkAccess: Disabled\nprivateEndpointsWaiver: hub team\nexisting:")), "adopt-property-differs");
        assertEquals("Adopting the existing vault changes 'publicNetworkAccess' from Enabled to Disabled.", closing.message());
    }

    @Test
    void anotherLocationWouldReplaceTheVault() {
        assertEquals(List.of(), adoptFindings(validateYaml(spec(ID, observed("location: West Europe")))));
        Finding f = single(validateYaml(spec(ID, observed("location: northeurope"))), "adopt-immutable-property");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("location", f.path().toString());
        assertEquals("westeurope", f.value());
        assertEquals("northeurope (observed)", f.limit());
        assertEquals("The existing vault is in 'northeurope' and a resource's location cannot change; the spec asks for"
                + " 'westeurope', so the deployment would replace the vault instead of adopting it.", f.message());
        assertEquals("Set 'location: northeurope'.", f.fix());
    }

    @Test
    void anotherTenantIsAWarning() {
        assertEquals(List.of(), adoptFindings(validateYaml(spec(ID, observed("tenantId: '" + TestSpecs.TENANT.toUpperCase() + "'")))));
        String other = "0f0e0d0c-0b0a-4909-8807-060504030201";
        Finding f = single(validateYaml(spec(ID, observed("tenantId: '" + other + "'"))), "adopt-property-differs");
        assertEquals("tenantId", f.path().toString());
        assertEquals(other + " (observed)", f.limit());
        assertEquals("Adopting the existing vault changes 'tenantId' from " + other + " to " + TestSpecs.TENANT + ". Access"
                + " policies and Azure RBAC then refer to the identities of the other directory.", f.message());
    }

    @Test
    void tagsAddedRemovedAndChangedAreListed() {
        String tagged = "tags: {env: prod, team: payments, cost: cc-1}\n";
        assertEquals(List.of(), adoptFindings(validateYaml(spec(ID, observed("tags: {team: payments, env: prod, cost: cc-1}")) + tagged)));
        Finding f = single(validateYaml(spec(ID, observed("tags: {env: dev, team: payments, owner: ops}")) + tagged),
                "adopt-property-differs");
        assertEquals("tags", f.path().toString());
        assertEquals("Adopting the existing vault changes its tags: adds cost; removes owner; changes env (dev to prod).",
                f.message());
        // Observed tags and a spec without any: every tag is removed.
        assertEquals("Adopting the existing vault changes its tags: removes env.",
                single(validateYaml(spec(ID, observed("tags: {env: dev}"))), "adopt-property-differs").message());
        assertEquals(List.of(), adoptFindings(validateYaml(spec(ID, observed("tags: {}")))));
    }

    static final String APP = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    static final String OPS = "3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a9f";

    @Test
    void swappingOnePrincipalForAnotherIsReportedThoughTheCountIsTheSame() {
        String observedPolicies = observed("accessPolicies:\n  - {objectId: '" + APP + "', permissions: {secrets: [get, list]}}");
        String same = spec(ID, observedPolicies) + "accessPolicies:\n  - {objectId: '" + APP.toUpperCase()
                + "', permissions: {secrets: [list, get]}}\n";
        assertEquals(List.of(), adoptFindings(validateYaml(same)));
        String swapped = spec(ID, observedPolicies) + "accessPolicies:\n  - {objectId: '" + OPS + "', permissions: {secrets: [get, list]}}\n";
        Finding f = single(validateYaml(swapped), "adopt-property-differs");
        assertEquals("accessPolicies", f.path().toString());
        assertEquals(APP, f.value());
        assertEquals("Adopting the existing vault removes the access policy of " + APP + " (secrets: get, list): that"
                + " principal loses its access to the vault.", f.message());
        assertEquals("List it under accessPolicies if it should keep its access; " + AdoptionRules.NEWER_PULUMI + ".", f.fix());
        // The old count alone saw nothing here; it is still read, and compared only when no policies were recorded.
        assertEquals(List.of(), adoptFindings(validateYaml(spec(ID, observed("accessPolicyCount: 1")) + "accessPolicies:\n  - {objectId: '"
                + OPS + "', permissions: {secrets: [get]}}\n")));
    }

    @Test
    void aChangedPermissionSetIsReportedPerPrincipal() {
        String observedPolicies = observed("accessPolicies:\n  - {objectId: '" + APP + "', permissions: {keys: [get, wrapKey]}}\n"
                + "  - {objectId: '" + OPS + "', permissions: {secrets: [get]}}");
        String changed = spec(ID, observedPolicies) + "accessPolicies:\n  - {objectId: '" + OPS + "', permissions: {secrets: [get]}}\n"
                + "  - {objectId: '" + APP + "', permissions: {keys: [get]}}\n";
        Finding f = single(validateYaml(changed), "adopt-property-differs");
        assertEquals("accessPolicies[1].permissions", f.path().toString());
        assertEquals("keys: get", f.value());
        assertEquals("keys: get, wrapKey (observed)", f.limit());
        assertEquals("Adopting the existing vault changes the permissions of " + APP + " from keys: get, wrapKey to keys: get.",
                f.message());
    }

    @Test
    void aNewVaultIsNotAdoptedAndItsPlanCreatesIt() {
        BoundSpec fresh = TestSpecs.yaml(spec(ID, "").replaceAll("existing:\\n.*\\n", ""));
        assertFalse(fresh.spec().isAdopted());
        assertNull(fresh.spec().existing());
        Step vault = vaultStep(fresh);
        assertTrue(vault.action().startsWith("Create or update the vault with"), vault.action());
        BoundSpec adopted = TestSpecs.yaml(spec(ID, ""));
        Step adopt = vaultStep(adopted);
        assertTrue(adopt.action().startsWith(Planner.ADOPT_ACTION + " with default action Deny"), adopt.action());
        assertEquals("existing vault " + ID, adopt.details().get(0));
        assertTrue(adopt.notes().get(0).startsWith("Adopted with Pulumi's import option"), adopt.notes().toString());
    }

    private static Step vaultStep(BoundSpec bound) {
        Plan plan = Planner.plan(Validator.validate(bound));
        return plan.steps().stream().filter(s -> s.id().equals(Planner.VAULT)).findFirst().orElseThrow();
    }
}
