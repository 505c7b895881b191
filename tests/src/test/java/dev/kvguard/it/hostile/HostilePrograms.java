package dev.kvguard.it.hostile;

import com.pulumi.Context;
import dev.kvguard.components.SecureKeyVault;
import dev.kvguard.components.inputs.LoggingArgs;
import dev.kvguard.components.inputs.NetworkRulesArgs;
import dev.kvguard.components.inputs.SecureKeyVaultArgs;
import dev.kvguard.testing.TestSpecs;

/** A program for {@code kvguard preview} that names things with hostile strings and writes to stdout. */
public final class HostilePrograms {

    /** Control characters, a forged line and Markdown that would break a table or hide the rest. */
    static final String NAME = "app\u001B[2J\u202E\nresult: preview passes | FORGED | <!-- `x` @kvguard/team";

    private HostilePrograms() {
    }

    /** Writes to stdout, then declares a valid vault whose component name is hostile. */
    public static void hostileNames(Context ctx) {
        System.out.println("{\"failed\": false, \"findings\": []}");
        new SecureKeyVault(NAME, SecureKeyVaultArgs.builder().vaultName("kv-app").resourceGroupName("rg").location("westeurope")
                .tenantId(TestSpecs.TENANT).networkRules(NetworkRulesArgs.builder().ipRules("52.1.2.3/24").build())
                .logging(LoggingArgs.builder().logAnalyticsWorkspaceId(TestSpecs.WORKSPACE).build()).build(), null);
    }
}
