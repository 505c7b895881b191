package dev.kvguard.cli;

import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.render.PreviewReport;
import dev.kvguard.preview.PreviewRunner;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The child JVM of {@code kvguard preview} (see {@link PreviewProcess}): runs the program in-process,
 * exactly as the preview always has, and hands the rendered report back through a result file, never
 * through stdout, which belongs to the program and is sent to stderr. The file appears, by an atomic
 * rename, only when the preview finished; a program that stops the JVM itself leaves none.
 */
final class PreviewChild {

    /** First line of a result file holding a report: the word and the exit code, then the report. */
    static final String REPORT = "report ";
    /** First line of a result file holding a one-line reason the program could not be previewed. */
    static final String PROBLEM = "problem ";
    /** A file this JVM creates beside the result before the program runs, so a JVM that never got here is told apart. */
    static final String STARTED = "started";

    private PreviewChild() {
    }

    /**
     * Arguments: result file, program class, stack function, extra class path ("" for none), output format,
     * and the limits profile for specs that name none ("" for the default).
     */
    public static void main(String[] args) {
        PrintStream programOutput = System.err;
        System.setOut(programOutput);
        Path result = Path.of(args[0]);
        try {
            Files.createFile(result.resolveSibling(STARTED));
        } catch (java.io.IOException e) {
            programOutput.println("kvguard: cannot mark the preview as started: " + e.getMessage());
        }
        String content;
        try {
            String[] problem = new String[1];
            LimitsProfile profile = args[5].isEmpty() ? LimitsProfile.DEFAULT : LimitsProfile.named(args[5]).orElseThrow();
            PreviewReport report = PreviewRunner.run(args[1], args[2], args[3].isEmpty() ? null : args[3], profile, problem);
            content = report == null ? PROBLEM + problem[0]
                    : REPORT + (report.failed() ? KvguardCli.FINDINGS : KvguardCli.OK) + "\n"
                            + PreviewCommand.render(OutputFormat.valueOf(args[4]), report);
        } catch (RuntimeException | Error e) {
            content = PROBLEM + "internal error: " + e;
        }
        try {
            Path partial = result.resolveSibling(result.getFileName() + ".partial");
            Files.writeString(partial, content, StandardCharsets.UTF_8);
            Files.move(partial, result, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            programOutput.println("kvguard: cannot write the preview result: " + e.getMessage());
        }
        programOutput.flush();
        // Not System.exit: the program's shutdown hooks and non-daemon threads must not hold the JVM.
        Runtime.getRuntime().halt(0);
    }
}
