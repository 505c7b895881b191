package dev.kvguard.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.render.PlanRenderer;
import dev.kvguard.core.spec.EndpointSubnetSpec;
import dev.kvguard.core.spec.PrivateAccessSpec;
import dev.kvguard.core.spec.PrivateEndpointSpec;
import dev.kvguard.core.spec.PublicNetworkAccess;
import dev.kvguard.core.spec.Stage;
import dev.kvguard.core.spec.TrustedService;
import dev.kvguard.core.spec.TrustedServiceSpec;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.testing.TestSpecs;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The private-connectivity phase: its steps, their order relative to the vault, logging and consumers. */
class PrivateConnectivityPlanTest {

    static final String ROLE = "4633458b-17de-408a-b874-0445c86b69e6";
    static final String PRINCIPAL = "0d7b1c2e-3f4a-4b5c-8d6e-7f8091a2b3c4";

    static PrivateEndpointSpec endpoint(String name, List<String> zones) {
        return new PrivateEndpointSpec(name, TestSpecs.subnetId("vnet-hub", "snet-" + name), null, zones, null);
    }

    /** A generated vault: up to 6 endpoints (some without zone group), some managed subnets, maybe RBAC consumers. */
    static VaultSpec generate(long seed) {
        PlannerTest.Generated base = PlannerTest.generate(seed);
        Random random = new Random(seed);
        List<PrivateEndpointSpec> endpoints = new ArrayList<>();
        int n = random.nextInt(7);
        for (int i = 0; i < n; i++) {
            endpoints.add(endpoint("pe-" + i, random.nextBoolean() ? null : random.nextBoolean() ? List.of()
                    : List.of("/subscriptions/" + TestSpecs.SUBSCRIPTION
                    + "/resourceGroups/rg-dns/providers/Microsoft.Network/privateDnsZones/privatelink.vaultcore.azure.net")));
        }
        VaultSpec.Builder b = base.spec().toBuilder()
                .privateAccess(new PrivateAccessSpec(random.nextBoolean() ? PublicNetworkAccess.ENABLED : null, endpoints, null));
        if (random.nextBoolean()) {
            b.enableRbacAuthorization(true).trustedService(new TrustedServiceSpec(TrustedService.AZURE_BACKUP, PRINCIPAL, ROLE));
        }
        return b.build();
    }

    @RepeatedTest(200)
    void orderingPropertiesHoldOnGeneratedSpecs(RepetitionInfo info) {
        VaultSpec spec = generate(info.getCurrentRepetition());
        Plan plan = PlannerTest.plan(spec);
        assertFalse(plan.hasErrors(), plan.findings().toString());
        List<String> privateSteps = new ArrayList<>();
        for (PrivateEndpointSpec endpoint : spec.privateAccess().endpoints()) {
            String id = PrivateConnectivity.endpointId(endpoint.name());
            privateSteps.add(id);
            // Each endpoint comes after the vault exists...
            assertEquals(List.of(Planner.VAULT), plan.step(id).orElseThrow().dependsOn());
            assertTrue(plan.waveOf(id) > plan.waveOf(Planner.VAULT), id);
            String group = PrivateConnectivity.zoneGroupId(endpoint.name());
            // ...and its zone group (when it has one) after the endpoint.
            assertEquals(endpoint.hasZoneGroup(), plan.step(group).isPresent(), group);
            if (endpoint.hasZoneGroup()) {
                privateSteps.add(group);
                assertEquals(List.of(id), plan.step(group).orElseThrow().dependsOn());
                assertTrue(plan.waveOf(group) > plan.waveOf(id), group);
            }
        }
        // Data-plane consumers wait for the diagnostic setting and every private-connectivity step.
        for (Step step : plan.steps()) {
            if (step.phase() == Phase.TRUSTED_SERVICES && step.applies() == Applies.RESOURCE) {
                assertTrue(step.dependsOn().contains(Planner.DIAGNOSTIC_SETTING), step.id());
                assertTrue(step.dependsOn().containsAll(privateSteps), step.id());
                int last = privateSteps.stream().mapToInt(plan::waveOf).max().orElse(0);
                assertTrue(plan.waveOf(step.id()) > Math.max(last, plan.waveOf(Planner.DIAGNOSTIC_SETTING)), step.id());
                assertTrue(step.notes().contains(privateSteps.isEmpty() ? "Waits for the diagnostic setting: it is the first "
                        + "data-plane consumer of the vault." : Planner.PRIVATE_CONSUMER_NOTE), step.notes().toString());
            }
        }
        // The critical path: subnets, the vault, then the longer of logging (1) and private connectivity
        // (endpoint, plus its zone group when any has one), then a consumer when there is one.
        int chain = plan.steps().stream().filter(s -> s.phase() == Phase.SERVICE_ENDPOINTS && s.applies() == Applies.RESOURCE)
                .map(s -> s.id().substring(0, s.id().lastIndexOf('/'))).collect(java.util.stream.Collectors
                        .groupingBy(s -> s, java.util.stream.Collectors.counting())).values().stream()
                .mapToInt(Long::intValue).max().orElse(0);
        boolean anyGroup = spec.privateAccess().endpoints().stream().anyMatch(PrivateEndpointSpec::hasZoneGroup);
        int privateDepth = spec.privateAccess().endpoints().isEmpty() ? 0 : anyGroup ? 2 : 1;
        boolean consumer = plan.steps().stream().anyMatch(s -> s.phase() == Phase.TRUSTED_SERVICES && s.applies() == Applies.RESOURCE);
        assertEquals(chain + 1 + Math.max(1, privateDepth) + (consumer ? 1 : 0), plan.criticalPath());
    }

    @Test
    void stepsShowSubnetGroupIdAddressAndZones() {
        VaultSpec spec = TestSpecs.valid().privateAccess(new PrivateAccessSpec(PublicNetworkAccess.DISABLED, List.of(
                new PrivateEndpointSpec("pe-kv", null, new EndpointSubnetSpec("rg-net", "vnet-hub", "snet-pe", "10.0.2.0/24"),
                        null, "10.0.2.10"),
                endpoint("pe-dr", List.of())), null)).build();
        Plan plan = PlannerTest.plan(spec);
        Step pe = plan.step("private-endpoint/pe-kv").orElseThrow();
        assertEquals(Phase.PRIVATE_CONNECTIVITY, pe.phase());
        assertEquals(List.of("subnet vnet-hub/snet-pe (resource group rg-net, 10.0.2.0/24)",
                "private-link service connection to the vault, group id vault", "IP address 10.0.2.10 (static)"), pe.details());
        Step dns = plan.step("private-dns/pe-kv").orElseThrow();
        assertEquals(List.of("zone privatelink.vaultcore.azure.net in resource group rg-test (default for AzureCloud)"),
                dns.details());
        assertTrue(plan.step("private-dns/pe-dr").isEmpty());
        assertTrue(plan.step("private-endpoint/pe-dr").orElseThrow().notes().contains(PrivateConnectivity.NO_ZONE_NOTE));
        assertTrue(plan.step(Planner.VAULT).orElseThrow().details().contains("public network access Disabled"));
        assertTrue(plan.notes().contains(Planner.PRIVATE_DEPLOYER_NOTE));
        assertFalse(plan.notes().contains(Planner.DEPLOYER_NOTE));
        String markdown = PlanRenderer.markdown(plan);
        // The Markdown plan lists waves; the phase is the label in each step's row.
        assertTrue(markdown.contains("| `private-endpoint/pe-kv` | Private endpoints and DNS |"), markdown);
        assertTrue(markdown.contains("| `private-dns/pe-kv` | Private endpoints and DNS |"), markdown);
        assertTrue(PlanRenderer.json(plan).contains("\"phase\": \"private-connectivity\""), PlanRenderer.json(plan));
        assertTrue(PlanRenderer.text(plan).contains("private-endpoint/pe-kv  [private-connectivity, resource]"),
                PlanRenderer.text(plan));
    }

    @Test
    void underObserveTheVaultStepSaysPublicAccessIsDisabledOnlyAtEnforce() {
        PrivateAccessSpec access = new PrivateAccessSpec(PublicNetworkAccess.DISABLED, List.of(endpoint("pe-kv", null)), null);
        Plan observed = PlannerTest.plan(TestSpecs.valid().stage(Stage.OBSERVE).privateAccess(access).build());
        List<String> details = observed.step(Planner.VAULT).orElseThrow().details();
        assertTrue(details.contains("public network access unchanged (stage observe; Disabled once deployed with stage "
                + "enforce)"), details.toString());
        assertFalse(details.contains("public network access Disabled"), details.toString());
        // Nothing is disabled yet, so the deployment machine is told about ipRules, not about private endpoints.
        assertTrue(observed.notes().contains(Planner.DEPLOYER_NOTE));
        assertFalse(observed.notes().contains(Planner.PRIVATE_DEPLOYER_NOTE));
        Plan enforced = PlannerTest.plan(TestSpecs.valid().privateAccess(access).build());
        assertTrue(enforced.step(Planner.VAULT).orElseThrow().details().contains("public network access Disabled"));
    }

    @Test
    void withoutPrivateEndpointsThePhaseIsNotShown() {
        String markdown = PlanRenderer.markdown(PlannerTest.plan(TestSpecs.valid().build()));
        assertFalse(markdown.contains("Private endpoints and DNS"), markdown);
        assertFalse(markdown.contains("private-connectivity"), markdown);
        assertFalse(PlanRenderer.text(PlannerTest.plan(TestSpecs.valid().build())).contains("private-connectivity"));
    }

    @Test
    void aChinaVaultDefaultsToTheChinaZone() {
        VaultSpec spec = TestSpecs.valid().location("chinanorth3")
                .privateAccess(new PrivateAccessSpec(null, List.of(endpoint("pe-kv", null)), null)).build();
        assertEquals(List.of("zone privatelink.vaultcore.azure.cn in resource group rg-test (default for AzureChinaCloud)"),
                PlannerTest.plan(spec).step("private-dns/pe-kv").orElseThrow().details());
    }
}
