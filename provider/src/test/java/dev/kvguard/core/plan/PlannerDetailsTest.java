package dev.kvguard.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.spec.LogCategory;
import dev.kvguard.core.spec.LoggingSpec;
import dev.kvguard.core.spec.ManagedSubnetSpec;
import dev.kvguard.core.spec.NetworkRulesSpec;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.spec.VirtualNetworkRuleSpec;
import dev.kvguard.core.validate.Validator;
import dev.kvguard.testing.TestSpecs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each step says it sends: reviewers read these lines, so they are tested word for word. */
class PlannerDetailsTest {

    static Plan plan(VaultSpec spec) {
        return Planner.plan(Validator.validate(spec));
    }

    @Test
    void vaultDetailsNameEverySetting() {
        VaultSpec spec = TestSpecs.valid().enablePurgeProtection(false).enableRbacAuthorization(true).protect(false)
                .enabledForDeployment(true).softDeleteRetentionInDays(7).build();
        Step vault = plan(spec).step("vault").orElseThrow();
        assertEquals(List.of("sku standard, soft-delete retention 7 days, purge protection off, authorization RBAC",
                "default action Deny", "bypass None", "enabledForDeployment true"), vault.details());
        assertEquals("Create or update the vault with default action Deny, 0 IPv4 rules and 0 virtual-network rules", vault.action());
        assertEquals(List.of(), vault.notes(), "not protected, so no note");
        assertEquals("Microsoft.KeyVault/vaults kv-test-01 (resource group rg-test, westeurope)", vault.resource());
        assertEquals(Applies.RESOURCE, vault.applies());
        assertEquals(Phase.NETWORK_RULES, vault.phase());
    }

    @Test
    void singularAndPluralCounts() {
        VaultSpec spec = TestSpecs.valid().networkRules(new NetworkRulesSpec(null, null, List.of("52.1.2.3"), List.of(
                VirtualNetworkRuleSpec.existing(TestSpecs.subnetId("v", "s"))))).build();
        assertEquals("Create or update the vault with default action Deny, 1 IPv4 rule and 1 virtual-network rule",
                plan(spec).step("vault").orElseThrow().action());
    }

    @Test
    void diagnosticSettingDetailsNameEachDestination() {
        String storage = "/subscriptions/s/resourceGroups/r/providers/Microsoft.Storage/storageAccounts/a";
        String hub = "/subscriptions/s/resourceGroups/r/providers/Microsoft.EventHub/namespaces/n/authorizationRules/x";
        VaultSpec spec = TestSpecs.valid().logging(new LoggingSpec(TestSpecs.WORKSPACE, storage, hub, null,
                List.of(LogCategory.AUDIT_EVENT), false, "audit", null)).build();
        Step setting = plan(spec).step("diagnostic-setting").orElseThrow();
        assertEquals("Send the vault's audit logs to 3 destinations as soon as the vault exists", setting.action());
        assertEquals(List.of("categories: AuditEvent", "Log Analytics workspace " + TestSpecs.WORKSPACE, "storage account " + storage,
                "event hub (namespace default) via " + hub), setting.details());
        assertEquals("Microsoft.Insights/diagnosticSettings audit on vault kv-test-01", setting.resource());
        VaultSpec named = TestSpecs.valid().logging(new LoggingSpec(null, null, hub, "audit-hub", null, true, null, null)).build();
        Step one = plan(named).step("diagnostic-setting").orElseThrow();
        assertEquals("Send the vault's audit logs to 1 destination as soon as the vault exists", one.action());
        assertEquals(List.of("categories: AuditEvent; metrics: AllMetrics", "event hub audit-hub via " + hub), one.details());
    }

    @Test
    void subnetDetailsListWhatIsKept() {
        ManagedSubnetSpec subnet = new ManagedSubnetSpec("rg", "vn", "s", "10.0.0.0/24", List.of("Microsoft.Sql"), "/nsg", "/rt",
                List.of("Microsoft.Web/serverFarms"));
        Step step = plan(TestSpecs.valid().networkRules(new NetworkRulesSpec(null, null, null,
                List.of(VirtualNetworkRuleSpec.managed(subnet)))).build()).step("endpoint/rg/vn/s").orElseThrow();
        assertEquals(List.of("service endpoints: Microsoft.Sql, Microsoft.KeyVault", "address prefix: 10.0.0.0/24",
                "delegations: Microsoft.Web/serverFarms", "network security group: /nsg", "route table: /rt"), step.details());
        assertEquals("Microsoft.Network/virtualNetworks/subnets vn/s (resource group rg)", step.resource());
        assertEquals(List.of(Planner.ENDPOINT_DELAY_NOTE), step.notes());
    }

    @Test
    void duplicatesArePlannedOnce() {
        ManagedSubnetSpec subnet = new ManagedSubnetSpec("rg", "vn", "s", "10.0.0.0/24", null, null, null, null);
        Plan plan = plan(TestSpecs.valid().networkRules(new NetworkRulesSpec(null, null, null, List.of(
                VirtualNetworkRuleSpec.managed(subnet), VirtualNetworkRuleSpec.managed(subnet),
                VirtualNetworkRuleSpec.existing(TestSpecs.subnetId("w", "t")), VirtualNetworkRuleSpec.existing(TestSpecs.subnetId("w", "t")))))
                .build());
        assertEquals(List.of("endpoint/rg/vn/s", "endpoint/rg-net/w/t", "vault", "diagnostic-setting"), plan.steps().stream().map(Step::id).toList());
        assertTrue(plan.step("vault").orElseThrow().details().contains("virtual-network rule rg/vn/s"));
    }
}
