package dev.kvguard.pulumi;

import static dev.kvguard.core.render.TextEscaper.escape;

import com.pulumi.Log;
import com.pulumi.deployment.internal.DeploymentImpl;
import com.pulumi.deployment.internal.DeploymentInstanceHolder;
import com.pulumi.deployment.internal.DeploymentInstanceInternal;
import com.pulumi.resources.Resource;
import dev.kvguard.core.finding.Finding;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reports warnings against a component through Pulumi's engine log, the same log a program reaches
 * with {@code ctx.log()}. A component constructor has no {@code Context}, so the log is taken from the
 * running deployment (an internal API: the public one offers no other way).
 *
 * <p>The log is pinned once, just before the component registers, and never looked up again. In SDK
 * 1.36.1 the running deployment is a thread-local that {@code ContextAwareCompletableFuture} overwrites
 * (and never restores) whenever one of its futures runs a callback or {@code getNow} on the thread; a
 * future made in an earlier deployment, such as the static {@code OutputInternal.TupleZeroOut}, thus
 * leaves the thread pointing at that finished deployment. In the component provider, where every
 * Construct is a deployment of its own, a warning looked up later went to the previous Construct's
 * logger, whose engine calls carry that Construct's gRPC context: cancelled once it answered, so the
 * warning was dropped ({@code CANCELLED: io.grpc.Context was cancelled without error}).
 */
public final class PulumiLog {
    private static final Logger FALLBACK = Logger.getLogger(PulumiLog.class.getName());

    /** Null outside a deployment (e.g. the class used outside a Pulumi program): java.util.logging then. */
    private final Log log;

    private PulumiLog(Log log) {
        this.log = log;
    }

    /** The log of the deployment running on this thread now; call it before the component registers. */
    public static PulumiLog ofRunningDeployment() {
        if (DeploymentInstanceHolder.getInstanceNoThrow() instanceof DeploymentInstanceInternal instance
                && instance.getInternal() instanceof DeploymentImpl impl) {
            return new PulumiLog(impl.getLog());
        }
        return new PulumiLog(null);
    }

    public void warn(Finding finding, Resource resource) {
        // The engine prints this to the terminal and CI log: input is shown, never obeyed.
        String message = "[" + escape(finding.ruleId()) + "] " + escape(finding.path().toString())
                + (finding.value().isEmpty() ? "" : " = " + escape(finding.value()))
                + ": " + escape(finding.message()) + " Fix: " + escape(finding.fix());
        if (log != null) {
            log.warn(message, resource);
        } else {
            FALLBACK.log(Level.WARNING, message);
        }
    }
}
