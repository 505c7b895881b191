package dev.kvguard.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.plan.Plan;
import dev.kvguard.core.plan.Planner;
import dev.kvguard.core.validate.Validator;
import dev.kvguard.testing.SarifSchema;
import dev.kvguard.testing.TestSpecs;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreviewRendererTest {

    static final Finding WARNING = Finding.of(Rule.IP_RULE_HOST_BITS, InputPath.parse("networkRules.ipRules[0]")).value("52.1.2.3/24")
            .because("Host bits.", "Write 52.1.2.0/24.");
    static final Finding ERROR = Finding.of(Rule.TENANT_ID, InputPath.parse("tenantId")).value("x").because("Not a GUID.", "Use a GUID.");

    static PreviewReport passing() {
        var spec = TestSpecs.valid().build();
        Plan plan = Planner.plan(Validator.validate(spec));
        return new PreviewReport("com.acme.Infra.stack", List.of(WARNING), List.of(new PreviewReport.ComponentPlan("kv", plan)),
                List.of(new PreviewReport.Resource("azure-native:keyvault:Vault", "kv-vault", "kv", List.of("b", "a")),
                        new PreviewReport.Resource("kvguard:index:SecureKeyVault", "kv", null, List.of())), List.of());
    }

    @Test
    void textListsFindingsPlansAndResources() {
        String text = PreviewRenderer.text(passing());
        assertTrue(text.startsWith("kvguard offline preview of com.acme.Infra.stack\nfindings: 0 errors, 1 warning\n"), text);
        assertTrue(text.contains("== plan of kv ==\nkvguard plan for kv-test-01"), text);
        assertTrue(text.contains("resources (2):\n  azure-native:keyvault:Vault  kv-vault  parent=kv  after=a,b\n"
                + "  kvguard:index:SecureKeyVault  kv\n"), text);
        assertTrue(text.endsWith("result: preview passes\n"), text);
    }

    @Test
    void markdownHasAPlanSectionPerComponentAndAResourceTable() {
        String md = PreviewRenderer.markdown(passing());
        assertTrue(md.startsWith("# kvguard offline preview: `com.acme.Infra.stack`\n\n**The preview passes.** 0 errors, 1 warning, 2 resources.\n"), md);
        assertTrue(md.contains("## Plan of component `kv`: `kv-test-01`"), md);
        assertTrue(md.contains("| `azure-native:keyvault:Vault` | `kv-vault` | `kv` | `a`, `b` |"), md);
        assertTrue(md.contains("| `kvguard:index:SecureKeyVault` | `kv` | - | - |"), md);
    }

    @Test
    void aFailedPreviewShowsItsFindingsAndErrors() {
        PreviewReport failed = new PreviewReport("p", List.of(ERROR), List.of(), List.of(), List.of("IllegalStateException: boom"));
        assertTrue(failed.failed());
        String text = PreviewRenderer.text(failed);
        assertTrue(text.contains("  error   IllegalStateException: boom\n"), text);
        assertTrue(text.endsWith("result: preview FAILS\n"), text);
        String md = PreviewRenderer.markdown(failed);
        assertTrue(md.contains("**The preview fails.**"), md);
        assertTrue(md.contains("### Program errors\n\n```\nIllegalStateException: boom\n```"), md);
        assertTrue(md.contains("| error | `tenant-id` | `tenantId` | `x` | Not a GUID. | Use a GUID. |"), md);
        assertTrue(new PreviewReport("p", List.of(), List.of(), List.of(), List.of("e")).failed());
        assertFalse(new PreviewReport("p", List.of(WARNING), List.of(), List.of(), List.of()).failed());
    }

    @Test
    void jsonAndSarif() throws Exception {
        JsonNode json = Json.mapper().readTree(PreviewRenderer.json(passing()));
        assertEquals("com.acme.Infra.stack", json.get("program").asText());
        assertFalse(json.get("failed").asBoolean());
        assertEquals("ip-rule-host-bits", json.at("/findings/0/ruleId").asText());
        assertEquals("kv", json.at("/components/0/name").asText());
        assertEquals("vault", json.at("/components/0/plan/steps/0/id").asText());
        assertEquals("a", json.at("/resources/0/dependsOn/0").asText());
        assertTrue(json.at("/resources/1/parent").isNull());
        String sarif = PreviewRenderer.sarif("1.0", passing());
        SarifSchema.assertValid(sarif);
        JsonNode result = Json.mapper().readTree(sarif).at("/runs/0/results/0");
        assertEquals("warning", result.get("level").asText());
        assertTrue(result.at("/locations/0/physicalLocation").isMissingNode());
    }
}
