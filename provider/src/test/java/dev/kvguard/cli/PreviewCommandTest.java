package dev.kvguard.cli;

import static dev.kvguard.cli.KvguardCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.Context;
import dev.kvguard.components.SecureKeyVault;
import dev.kvguard.components.inputs.LoggingArgs;
import dev.kvguard.components.inputs.NetworkRulesArgs;
import dev.kvguard.components.inputs.SecureKeyVaultArgs;
import dev.kvguard.testing.TestSpecs;
import org.junit.jupiter.api.Test;

class PreviewCommandTest {

    /** A program as users write them: a public static stack function. */
    public static void stack(Context ctx) {
        new SecureKeyVault("app", SecureKeyVaultArgs.builder().vaultName("kv-app").resourceGroupName("rg").location("westeurope")
                .tenantId(TestSpecs.TENANT).networkRules(NetworkRulesArgs.builder().ipRules("52.1.2.3/24").build())
                .logging(LoggingArgs.builder().logAnalyticsWorkspaceId(TestSpecs.WORKSPACE).build()).build(), null);
    }

    /** The same program with a private range: the preview must fail. */
    public static void broken(Context ctx) {
        new SecureKeyVault("app", SecureKeyVaultArgs.builder().vaultName("kv-app").resourceGroupName("rg").location("westeurope")
                .tenantId(TestSpecs.TENANT).networkRules(NetworkRulesArgs.builder().ipRules("10.0.0.0/8").build())
                .logging(LoggingArgs.builder().logAnalyticsWorkspaceId(TestSpecs.WORKSPACE).build()).build(), null);
    }

    /** Not a stack function: it is not static. */
    public void instanceMethod(Context ctx) {
    }

    @Test
    void previewsAProgramAndReportsItsWarningsAndResources() throws Exception {
        KvguardCliTest.Run r = run("preview", "--program", PreviewCommandTest.class.getName(), "--format", "json");
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertFalse(json.get("failed").asBoolean());
        assertEquals("ip-rule-host-bits", json.at("/findings/0/ruleId").asText());
        assertEquals("app", json.at("/components/0/name").asText());
        assertTrue(r.out().contains("\"name\": \"app-vault\""), r.out());
    }

    @Test
    void aProgramWithErrorsExitsOneAndListsThem() throws Exception {
        KvguardCliTest.Run r = run("preview", "--program", PreviewCommandTest.class.getName(), "--function", "broken", "--format", "json");
        assertEquals(1, r.code(), r.out());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.get("failed").asBoolean());
        assertEquals("ip-rule-not-public", json.at("/findings/0/ruleId").asText());
        assertEquals(0, json.get("resources").size());
    }

    @Test
    void aProgramThatCannotBeLoadedExitsTwoWithOneLine() {
        KvguardCliTest.Run missing = run("preview", "--program", "com.acme.Nope");
        assertEquals(2, missing.code());
        assertEquals("kvguard: cannot load class com.acme.Nope (is it on --classpath?)\n", missing.err());
        KvguardCliTest.Run noFunction = run("preview", "--program", PreviewCommandTest.class.getName(), "--function", "absent");
        assertEquals(2, noFunction.code());
        assertTrue(noFunction.err().contains("has no public method absent(com.pulumi.Context)"), noFunction.err());
        KvguardCliTest.Run notStatic = run("preview", "--program", PreviewCommandTest.class.getName(), "--function", "instanceMethod");
        assertEquals(2, notStatic.code());
        assertTrue(notStatic.err().contains("must be static"), notStatic.err());
        assertEquals(2, run("preview").code(), "--program is required");
    }
}
