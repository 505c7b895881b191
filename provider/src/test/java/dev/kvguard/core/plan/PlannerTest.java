package dev.kvguard.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.azure.SubnetId;
import dev.kvguard.core.render.PlanRenderer;
import dev.kvguard.core.spec.AccessPolicySpec;
import dev.kvguard.core.spec.KeyPermission;
import dev.kvguard.core.spec.LimitsSpec;
import dev.kvguard.core.spec.LoggingSpec;
import dev.kvguard.core.spec.ManagedSubnetSpec;
import dev.kvguard.core.spec.NetworkRulesSpec;
import dev.kvguard.core.spec.Permissions;
import dev.kvguard.core.spec.SecretPermission;
import dev.kvguard.core.spec.Stage;
import dev.kvguard.core.spec.TrustedService;
import dev.kvguard.core.spec.TrustedServiceSpec;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.spec.VirtualNetworkRuleSpec;
import dev.kvguard.core.validate.Validator;
import dev.kvguard.testing.TestSpecs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class PlannerTest {

    static Plan plan(VaultSpec spec) {
        return Planner.plan(Validator.validate(spec));
    }

    /** A generated spec: n subnets, each on one of m networks, some managed and some existing. */
    record Generated(VaultSpec spec, Map<String, Integer> managedPerNetwork) {
    }

    static Generated generate(long seed) {
        Random random = new Random(seed);
        int networks = 1 + random.nextInt(6);
        int subnets = 1 + random.nextInt(40);
        List<VirtualNetworkRuleSpec> rules = new ArrayList<>();
        Map<String, Integer> managed = new HashMap<>();
        for (int i = 0; i < subnets; i++) {
            String vnet = "vnet-" + random.nextInt(networks);
            if (random.nextInt(4) == 0) {
                rules.add(VirtualNetworkRuleSpec.existing(TestSpecs.subnetId(vnet, "snet-" + i)));
            } else {
                rules.add(VirtualNetworkRuleSpec.managed(new ManagedSubnetSpec("rg-net", vnet, "snet-" + i,
                        "10." + (i / 256) + "." + (i % 256) + ".0/24", List.of(), null, null, List.of())));
                managed.merge("rg-net/" + vnet, 1, Integer::sum);
            }
        }
        Collections.shuffle(rules, random);
        VaultSpec spec = TestSpecs.valid().limits(new LimitsSpec("current", null, null, null))
                .networkRules(new NetworkRulesSpec(null, null, TestSpecs.publicAddresses(random.nextInt(5)), rules)).build();
        return new Generated(spec, managed);
    }

    @RepeatedTest(200)
    void orderingPropertiesHoldOnGeneratedSpecs(RepetitionInfo info) {
        Generated g = generate(info.getCurrentRepetition());
        Plan plan = plan(g.spec());
        assertFalse(plan.hasErrors(), plan.findings().toString());
        Step vault = plan.step(Planner.VAULT).orElseThrow();

        // Every virtual-network rule's endpoint step comes before the vault that carries the rule.
        for (VirtualNetworkRuleSpec rule : g.spec().networkRules().virtualNetworkRules()) {
            String key = rule.isManaged() ? "rg-net/" + rule.subnet().virtualNetworkName() + "/" + rule.subnet().name()
                    : SubnetId.parse(rule.subnetId()).orElseThrow().key();
            String endpoint = Planner.endpointId(key);
            assertTrue(vault.dependsOn().contains(endpoint), endpoint);
            boolean precondition = plan.step(endpoint).orElseThrow().applies() == Applies.PRECONDITION;
            assertTrue(precondition ? plan.waveOf(endpoint) <= plan.waveOf(Planner.VAULT)
                    : plan.waveOf(endpoint) < plan.waveOf(Planner.VAULT), endpoint);
        }

        // No two endpoint updates on one network share a wave.
        for (List<String> wave : plan.waves()) {
            List<String> networks = wave.stream().filter(id -> id.startsWith("endpoint/"))
                    .filter(id -> plan.step(id).orElseThrow().applies() == Applies.RESOURCE)
                    .map(id -> id.substring(0, id.lastIndexOf('/'))).toList();
            assertEquals(networks.stream().distinct().count(), networks.size(), wave.toString());
        }

        // The critical path is the longest chain one network forces, plus the vault and its diagnostic setting.
        int longestChain = g.managedPerNetwork().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        assertEquals(longestChain + 2, plan.criticalPath());

        // Every step runs after its dependencies (inline steps with the request they belong to; a
        // precondition is already true and costs no round).
        for (Step step : plan.steps()) {
            for (String dep : step.dependsOn()) {
                int gap = plan.waveOf(step.id()) - plan.waveOf(dep);
                boolean free = step.applies() == Applies.INLINE
                        || plan.step(dep).orElseThrow().applies() == Applies.PRECONDITION;
                assertTrue(free ? gap >= 0 : gap >= 1, step.id() + " after " + dep);
            }
        }
    }

    @RepeatedTest(20)
    void theSameSpecGivesTheSameBytes(RepetitionInfo info) {
        VaultSpec spec = generate(1000 + info.getCurrentRepetition()).spec();
        assertEquals(PlanRenderer.json(plan(spec)), PlanRenderer.json(plan(spec)));
        assertEquals(PlanRenderer.markdown(plan(spec)), PlanRenderer.markdown(plan(spec)));
    }

    @Test
    void aSpecWithErrorsHasFindingsAndNoSteps() {
        Plan plan = plan(TestSpecs.withIpRules(List.of("10.0.0.1")));
        assertTrue(plan.hasErrors());
        assertEquals(List.of(), plan.steps());
        assertEquals(List.of(), plan.waves());
        assertEquals("ip-rule-not-public", plan.findings().get(0).ruleId());
    }

    @Test
    void diagnosticSettingFollowsTheVaultImmediately() {
        Plan plan = plan(TestSpecs.valid().build());
        assertEquals(List.of(List.of("vault"), List.of("diagnostic-setting")), plan.waves());
        assertEquals(List.of("vault"), plan.step("diagnostic-setting").orElseThrow().dependsOn());
        assertEquals(Phase.LOGGING, plan.step("diagnostic-setting").orElseThrow().phase());
    }

    @Test
    void aWaivedVaultHasNoDiagnosticSettingAndSaysWhy() {
        Plan plan = plan(TestSpecs.valid().logging(new LoggingSpec(null, null, null, null, null, true, null,
                "short-lived sandbox")).build());
        assertTrue(plan.step("diagnostic-setting").isEmpty());
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("short-lived sandbox")));
    }

    @Test
    void rbacRoleAssignmentsWaitForLogging() {
        VaultSpec spec = TestSpecs.valid().enableRbacAuthorization(true).trustedService(new TrustedServiceSpec(
                TrustedService.STORAGE, TestSpecs.TENANT, "e147488a-f6f5-4113-8e2d-b22465e65bf6")).build();
        Plan plan = plan(spec);
        Step role = plan.step("trusted/storage").orElseThrow();
        assertEquals(Applies.RESOURCE, role.applies());
        assertEquals(List.of("diagnostic-setting", "vault"), role.dependsOn());
        assertEquals(3, plan.criticalPath());
    }

    @Test
    void trustedServicesWithAccessPoliciesAreInlineAndShowThePolicy() {
        String backup = "5e1a7c2b-9d3f-4e8a-b6c1-0f2e3d4c5b6a";
        VaultSpec spec = TestSpecs.valid().enabledForTemplateDeployment(true)
                .trustedService(new TrustedServiceSpec(TrustedService.AZURE_BACKUP, backup, null))
                .trustedService(new TrustedServiceSpec(TrustedService.TEMPLATE_DEPLOYMENT, null, null))
                .accessPolicy(new AccessPolicySpec(backup, null, null, "backup", new Permissions(
                        List.of(KeyPermission.GET, KeyPermission.LIST, KeyPermission.BACKUP),
                        List.of(SecretPermission.GET, SecretPermission.LIST, SecretPermission.BACKUP), List.of(), List.of())))
                .build();
        Plan plan = plan(spec);
        Step backupStep = plan.step("trusted/azureBackup").orElseThrow();
        assertEquals(Applies.INLINE, backupStep.applies());
        assertTrue(backupStep.details().contains("access policy for " + backup
                + ": keys: get, list, backup; secrets: get, list, backup"), backupStep.details().toString());
        assertTrue(plan.step("access-policy/" + backup).isEmpty(), "the service's policy is shown with the service");
        assertTrue(plan.step("trusted/templateDeployment").orElseThrow().details().contains("enabledForTemplateDeployment true"));
        assertTrue(plan.step("vault").orElseThrow().details().contains("bypass AzureServices"));
        assertEquals(2, plan.criticalPath());
    }

    @Test
    void observeStageKeepsAllowAndSaysHowToFinish() {
        Plan plan = plan(TestSpecs.valid().stage(Stage.OBSERVE)
                .networkRules(new NetworkRulesSpec(null, null, List.of("52.1.2.3"), null)).build());
        assertTrue(plan.step("vault").orElseThrow().details().stream()
                .anyMatch(d -> d.startsWith("default action Allow (stage observe")));
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("stage: enforce")));
    }

    @Test
    void firewallRulesAreNormalisedAndDeduplicated() {
        VaultSpec spec = TestSpecs.valid().limits(new LimitsSpec("current", null, null, null))
                .networkRules(new NetworkRulesSpec(null, null, List.of("52.1.2.3", "40.1.2.9/24", "52.1.2.3/32"), null)).build();
        assertEquals(List.of("52.1.2.3/32", "40.1.2.0/24"), sent(spec));
        assertEquals(List.of("52.1.2.3", "40.1.2.0/24"), sent(spec.toBuilder().limits(new LimitsSpec("reference-2019", null, null, null)).build()));
    }

    @Test
    void thePlanShowsSingleAddressesInTheFormAzureIsSent() {
        for (String profile : List.of("current", "reference-2019")) {
            VaultSpec spec = TestSpecs.valid().limits(new LimitsSpec(profile, null, null, null))
                    .networkRules(new NetworkRulesSpec(null, null, List.of("52.1.2.3", "40.1.2.0/24"), null)).build();
            Plan plan = plan(spec);
            List<String> shown = plan.steps().stream().flatMap(st -> st.details().stream()).filter(d -> d.startsWith("IPv4 rule")).toList();
            assertEquals(List.of(profile.equals("current") ? "IPv4 rule 52.1.2.3/32" : "IPv4 rule 52.1.2.3", "IPv4 rule 40.1.2.0/24"), shown);
            // The plan shows exactly the resolved values, which VaultTranslator sends (SecureKeyVaultTest checks those).
            assertEquals(sent(spec).stream().map(r -> "IPv4 rule " + r).toList(), shown);
        }
    }

    /** The IPv4 rules of the resolved vault, as Azure is sent them. */
    private static List<String> sent(VaultSpec spec) {
        return Validator.validate(spec).vault().ipRules().stream().map(dev.kvguard.core.model.FirewallIpRule::azureValue).toList();
    }

    @Test
    void theAzureFactsAreStated() {
        Plan plan = plan(TestSpecs.valid().networkRules(new NetworkRulesSpec(null, null, null, List.of(
                VirtualNetworkRuleSpec.managed(new ManagedSubnetSpec("rg", "vn", "a", "10.0.0.0/24", null, null, null, null)),
                VirtualNetworkRuleSpec.existing(TestSpecs.subnetId("v2", "b"))))).build());
        assertTrue(plan.notes().contains(Planner.DATA_PLANE_NOTE));
        assertTrue(plan.notes().contains(Planner.DEPLOYER_NOTE));
        assertTrue(plan.step("endpoint/rg/vn/a").orElseThrow().notes().contains(Planner.ENDPOINT_DELAY_NOTE));
        Step existing = plan.step("endpoint/rg-net/v2/b").orElseThrow();
        assertEquals(Applies.PRECONDITION, existing.applies());
        assertTrue(existing.notes().get(0).contains("SubnetsHaveNoServiceEndpointsConfigured"));
    }
}
