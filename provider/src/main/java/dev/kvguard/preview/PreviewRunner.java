package dev.kvguard.preview;

import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.render.PreviewReport;

/** The CLI's entry into the Pulumi world: loads the program and previews it offline. */
public final class PreviewRunner {

    private PreviewRunner() {
    }

    /** The report, or null with {@code problem[0]} set when the program cannot be loaded. */
    public static PreviewReport run(String className, String function, String classPath, LimitsProfile profile,
                                    String[] problem) {
        ProgramLoader.Loaded loaded = ProgramLoader.load(className, function, classPath);
        if (loaded.problem() != null) {
            problem[0] = loaded.problem();
            return null;
        }
        // The mock engine also logs to java.util.logging's console; the report already says everything.
        java.util.logging.Logger.getLogger(com.pulumi.test.internal.PulumiTestInternal.class.getName())
                .setUseParentHandlers(false);
        return OfflinePreview.run(className + "." + function, loaded.stack(), profile);
    }
}
