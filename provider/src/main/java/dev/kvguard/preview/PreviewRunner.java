package dev.kvguard.preview;

import dev.kvguard.core.render.PreviewReport;

/** The CLI's entry into the Pulumi world: loads the program and previews it offline. */
public final class PreviewRunner {

    private PreviewRunner() {
    }

    /** The report, or null with {@code problem[0]} set when the program cannot be loaded. */
    public static PreviewReport run(String className, String function, String classPath, String[] problem) {
        ProgramLoader.Loaded loaded = ProgramLoader.load(className, function, classPath);
        if (loaded.problem() != null) {
            problem[0] = loaded.problem();
            return null;
        }
        return OfflinePreview.run(className + "." + function, loaded.stack());
    }
}
