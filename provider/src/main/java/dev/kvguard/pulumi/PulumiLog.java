package dev.kvguard.pulumi;

import static dev.kvguard.core.render.TextEscaper.escape;

import com.pulumi.Log;
import com.pulumi.deployment.Deployment;
import com.pulumi.deployment.internal.DeploymentImpl;
import com.pulumi.deployment.internal.DeploymentInstanceInternal;
import com.pulumi.resources.Resource;
import dev.kvguard.core.finding.Finding;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reports warnings against a component through Pulumi's engine log, the same log a program reaches
 * with {@code ctx.log()}. A component constructor has no {@code Context}, so the log is taken from the
 * running deployment (an internal API: the public one offers no other way).
 */
public final class PulumiLog {
    private static final Logger FALLBACK = Logger.getLogger(PulumiLog.class.getName());

    private PulumiLog() {
    }

    public static void warn(Finding finding, Resource resource) {
        // The engine prints this to the terminal and CI log: input is shown, never obeyed.
        String message = "[" + escape(finding.ruleId()) + "] " + escape(finding.path())
                + (finding.value().isEmpty() ? "" : " = " + escape(finding.value()))
                + ": " + escape(finding.message()) + " Fix: " + escape(finding.fix());
        Log log = current();
        if (log != null) {
            log.warn(message, resource);
        } else {
            FALLBACK.log(Level.WARNING, message);
        }
    }

    private static Log current() {
        try {
            if (Deployment.getInstance() instanceof DeploymentInstanceInternal instance
                    && instance.getInternal() instanceof DeploymentImpl impl) {
                return impl.getLog();
            }
        } catch (IllegalStateException notRunning) {
            // No deployment (e.g. the class used outside a Pulumi program): fall back to java.util.logging.
        }
        return null;
    }
}
