package dev.kvguard.pulumi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.finding.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** What the Pulumi engine prints (the preview gate's error, warnings in its log) shows input, never obeys it. */
class HostileMessagesTest {

    static final String HOSTILE = "kv\u001B[2J\nresult: ok\u202E";
    static final Finding FINDING = Finding.of(Rule.VAULT_NAME, InputPath.parse("vaultName\r")).value(HOSTILE)
            .because("Bad name '" + HOSTILE + "'.", "Rename\u0000 it.");

    @Test
    void thePreviewGateMessageHasOneLinePerFindingPartWithEscapedValues() {
        String message = PreviewGate.message("kvguard:index:SecureKeyVault", "app\n- [fake] forged", List.of(FINDING), List.of());
        assertEquals("""
                kvguard: kvguard:index:SecureKeyVault 'app\\n- [fake] forged' has 1 error; nothing was created.
                  - [vault-name] vaultName\\r = kv\\u001B[2J\\nresult: ok\\u202E: Bad name 'kv\\u001B[2J\\nresult: ok\\u202E'.
                    fix: Rename\\u0000 it.""", message);
    }

    @Test
    void warningsLoggedOutsideADeploymentAreEscapedToo() {
        Logger logger = Logger.getLogger(PulumiLog.class.getName());
        List<String> seen = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                seen.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            PulumiLog.ofRunningDeployment().warn(FINDING, null);
        } finally {
            logger.removeHandler(handler);
        }
        assertEquals(List.of("[vault-name] vaultName\\r = kv\\u001B[2J\\nresult: ok\\u202E: Bad name "
                + "'kv\\u001B[2J\\nresult: ok\\u202E'. Fix: Rename\\u0000 it."), seen);
    }
}
