package dev.kvguard.cli;

import static dev.kvguard.cli.KvguardCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.Context;
import dev.kvguard.components.SecureKeyVault;
import dev.kvguard.components.inputs.LoggingArgs;
import dev.kvguard.components.inputs.NetworkRulesArgs;
import dev.kvguard.components.inputs.SecureKeyVaultArgs;
import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.limits.LimitsResolver;
import dev.kvguard.core.render.PreviewReport;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.preview.OfflinePreview;
import dev.kvguard.testing.TestSpecs;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
        // Nothing is left behind for the next spec in this JVM.
        assertEquals(LimitsProfile.DEFAULT, LimitsResolver.resolve(VaultSpec.builder().build().limits(),
                new dev.kvguard.core.finding.Findings()));
    }

    static boolean refusesSlash32(PreviewReport report) {
        return report.findings().stream().anyMatch(f -> f.ruleId().equals("ip-rule-prefix"));
    }

    @Test
    void twoPreviewsWithDifferentProfilesInOneJvmDoNotLeakIntoEachOther() throws Exception {
        // Both programs wait for each other before they construct, so both deployments are live at once.
        CyclicBarrier together = new CyclicBarrier(2);
        Consumer<Context> program = ctx -> {
            try {
                together.await(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the other preview never started", e);
            }
            stack(ctx);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<PreviewReport> current = pool.submit(() -> OfflinePreview.run("current", program, LimitsProfile.CURRENT));
            Future<PreviewReport> reference = pool.submit(() -> OfflinePreview.run("reference", program, LimitsProfile.DEFAULT));
            assertFalse(refusesSlash32(current.get()), current.get().findings().toString());
            assertEquals("current", current.get().plans().get(0).plan().profile().name());
            assertTrue(refusesSlash32(reference.get()), reference.get().findings().toString());
        } finally {
            pool.shutdownNow();
        }
        // One after the other, on one thread: each preview gets its own profile, and none stays for the next.
        assertFalse(refusesSlash32(OfflinePreview.run("again", PreviewProfileTest::stack, LimitsProfile.CURRENT)));
        assertTrue(refusesSlash32(OfflinePreview.run("plain", PreviewProfileTest::stack)));
    }
}
