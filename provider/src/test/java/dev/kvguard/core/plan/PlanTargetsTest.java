package dev.kvguard.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.model.ResolvedVault;
import dev.kvguard.core.model.TrustedAdmission;
import dev.kvguard.core.spec.io.BoundSpec;
import dev.kvguard.core.spec.io.SpecReader;
import dev.kvguard.core.validate.ValidationReport;
import dev.kvguard.core.validate.Validator;
import dev.kvguard.testing.TestSpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every step carries a typed target, and the target is the resolved vault's own part: materialisation reads
 * values from it, never from the step's text or id.
 */
class PlanTargetsTest {

    static Stream<Path> exampleSpecs() throws Exception {
        return Files.list(Path.of("../examples/specs")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("exampleSpecs")
    void eachStepsTargetMatchesItsPhaseAndComesFromTheResolvedVault(Path file) throws Exception {
        BoundSpec bound = SpecReader.read(file);
        ValidationReport report = Validator.validate(bound);
        Plan plan = Planner.plan(report);
        ResolvedVault vault = report.vault();
        if (report.hasErrors()) {
            assertEquals(List.of(), plan.steps(), "a spec with errors is not planned");
            return;
        }
        for (Step step : plan.steps()) {
            Target target = step.target();
            switch (step.phase()) {
                case SERVICE_ENDPOINTS -> assertTrue(target instanceof Target.ServiceEndpoint
                        || target instanceof Target.EndpointPrecondition, step.id());
                case NETWORK_RULES -> assertInstanceOf(Target.Vault.class, target, step.id());
                case LOGGING -> assertEquals(vault.diagnosticSetting().orElseThrow(),
                        assertInstanceOf(Target.Diagnostics.class, target).setting());
                case PRIVATE_CONNECTIVITY -> assertTrue(target instanceof Target.Endpoint
                        || target instanceof Target.DnsZoneGroup, step.id());
                case TRUSTED_SERVICES -> assertTrue(target instanceof Target.RoleAssignment
                        || target instanceof Target.InlineAdmission || target instanceof Target.InlineAccessPolicy, step.id());
            }
            if (target instanceof Target.ServiceEndpoint endpoint) {
                assertEquals(endpoint.subnet(), vault.managedSubnet(endpoint.subnet().key()));
                assertEquals("endpoint/" + endpoint.subnet().key(), step.id());
            } else if (target instanceof Target.Endpoint endpoint) {
                assertEquals(endpoint.endpoint(), vault.privateEndpoint(endpoint.endpoint().name()));
            } else if (target instanceof Target.RoleAssignment role) {
                assertEquals(role.admission(), vault.trusted(role.admission().service()));
                assertEquals(role.role(), role.admission().means());
            }
        }
        assertTrue(plan.steps().stream().anyMatch(s -> s.target() instanceof Target.Vault), file.toString());
    }

    @Test
    void aTrustedServiceUnderRbacBecomesARoleAssignmentAndOneWithASwitchTravelsInline() {
        ValidationReport report = Validator.validate(TestSpecs.yaml("""
                vaultName: kv-targets
                resourceGroupName: rg-x
                location: westeurope
                tenantId: 72f988bf-86f1-41af-91ab-2d7cd011db47
                enableRbacAuthorization: true
                enabledForDeployment: true
                networkRules: {ipRules: [52.1.2.3]}
                logging: {logAnalyticsWorkspaceId: /subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-x/providers/Microsoft.OperationalInsights/workspaces/logs}
                trustedServices:
                  - service: azureBackup
                    objectId: 2f1c6f0e-6a1b-4a53-9d1e-0c1f2b3a4d5e
                    roleDefinitionId: 4633458b-17de-408a-b874-0445c86b69e6
                  - service: virtualMachinesDeployment
                """));
        Plan plan = Planner.plan(report);
        // The switch travels in the vault's request, in its wave; the role assignment waits for the audit log.
        List<Step> trusted = plan.steps().stream().filter(s -> s.phase() == Phase.TRUSTED_SERVICES).toList();
        assertEquals(List.of("trusted/virtualMachinesDeployment", "trusted/azureBackup"), trusted.stream().map(Step::id).toList(),
                plan.findings().toString());
        Target.RoleAssignment role = assertInstanceOf(Target.RoleAssignment.class, trusted.get(1).target());
        assertEquals(new TrustedAdmission.Role("2f1c6f0e-6a1b-4a53-9d1e-0c1f2b3a4d5e", "4633458b-17de-408a-b874-0445c86b69e6"),
                role.role());
        assertEquals(Applies.RESOURCE, trusted.get(1).applies());
        assertEquals(List.of("diagnostic-setting", "vault"), trusted.get(1).dependsOn());
        Target.InlineAdmission inline = assertInstanceOf(Target.InlineAdmission.class, trusted.get(0).target());
        assertInstanceOf(TrustedAdmission.Switch.class, inline.admission().means());
        assertEquals(Applies.INLINE, trusted.get(0).applies());
    }
}
