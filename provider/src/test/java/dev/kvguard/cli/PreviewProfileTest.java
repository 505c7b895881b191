package dev.kvguard.cli;

import static dev.kvguard.cli.KvguardCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.Context;
import dev.kvguard.components.SecureKeyVault;
import dev.kvguard.components.inputs.LoggingArgs;
import dev.kvguard.components.inputs.NetworkRulesArgs;
import dev.kvguard.components.inputs.SecureKeyVaultArgs;
import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.limits.LimitsResolver;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.testing.TestSpecs;
import org.junit.jupiter.api.Test;

class PreviewProfileTest {

    /** A program that writes a single address the way Azure stores it. */
    public static void stack(Context ctx) {
        new SecureKeyVault("app", SecureKeyVaultArgs.builder().vaultName("kv-app").resourceGroupName("rg").location("westeurope")
                .tenantId(TestSpecs.TENANT).networkRules(NetworkRulesArgs.builder().ipRules("52.1.2.3/32").build())
                .logging(LoggingArgs.builder().logAnalyticsWorkspaceId(TestSpecs.WORKSPACE).build()).build(), null);
    }

    @Test
    void previewProfileAppliesToProgramsThatNameNone() {
        KvguardCliTest.Run reference = run("preview", "--program", PreviewProfileTest.class.getName());
        assertEquals(1, reference.code(), reference.out());
        assertTrue(reference.out().contains("ip-rule-prefix"), reference.out());
        KvguardCliTest.Run current = run("preview", "--profile", "current", "--program", PreviewProfileTest.class.getName());
        assertEquals(0, current.code(), current.out() + current.err());
        assertTrue(current.out().contains("app-vault"), current.out());
        // The fallback is restored once the command is done.
        assertEquals(LimitsProfile.DEFAULT, LimitsResolver.resolve(VaultSpec.builder().build().limits(),
                new dev.kvguard.core.finding.Findings()));
    }
}
