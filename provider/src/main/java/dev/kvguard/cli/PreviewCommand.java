package dev.kvguard.cli;

import dev.kvguard.core.render.PreviewReport;
import dev.kvguard.core.render.PreviewRenderer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kvguard preview --program CLASS [--function stack] [--classpath PATH] [--format ...] [--timeout SECONDS]
 * [--profile NAME]}.
 * The program runs in a child JVM under a time limit ({@link PreviewProcess}); Pulumi classes are reached
 * only there, through {@code PreviewRunner}, so that {@code validate} and {@code plan} never load them.
 */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Runs a Java Pulumi program in a child JVM against Pulumi's mock engine (no CLI, no credentials, "
                + "no network) and prints what a preview would register, with kvguard's findings and plans.")
final class PreviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--program", required = true, paramLabel = "CLASS",
            description = "Class whose static stack function builds the program, e.g. com.acme.Infra.")
    String program;

    @Option(names = "--function", defaultValue = "stack", paramLabel = "NAME",
            description = "Name of the public static void NAME(Context) method (default: ${DEFAULT-VALUE}).")
    String function;

    @Option(names = "--classpath", paramLabel = "PATH",
            description = "Extra class-path entries (directories or jars, separated by the platform's path separator).")
    String classPath;

    @Option(names = "--format", defaultValue = "text",
            description = "text, markdown, json or sarif (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--timeout", defaultValue = "" + PreviewProcess.DEFAULT_TIMEOUT_SECONDS, paramLabel = "SECONDS",
            description = "Stop the program after this many seconds and exit 2 (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Mixin
    ProfileOption profile;

    @Override
    public Integer call() {
        Formats.require(spec, format, OutputFormat.TEXT, OutputFormat.MARKDOWN, OutputFormat.JSON, OutputFormat.SARIF);
        if (timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second, not " + timeoutSeconds);
        }
        // Checked here, so that an unknown profile is a usage error; the child JVM applies it by name.
        String profileName = profile.name();
        PreviewProcess.Outcome outcome = PreviewProcess.run(program, function, classPath, profileName, format, timeoutSeconds,
                spec.commandLine().getErr());
        if (outcome.problem() != null) {
            return Formats.fail(spec, outcome.problem());
        }
        spec.commandLine().getOut().print(outcome.report());
        spec.commandLine().getOut().flush();
        return outcome.code();
    }

    /** The report in the chosen format; the child JVM renders with this, so the output is the in-process one. */
    static String render(OutputFormat format, PreviewReport report) {
        return switch (format) {
            case JSON -> PreviewRenderer.json(report);
            case MARKDOWN -> PreviewRenderer.markdown(report);
            case SARIF -> PreviewRenderer.sarif(Version.number(), report);
            default -> PreviewRenderer.text(report);
        };
    }
}
