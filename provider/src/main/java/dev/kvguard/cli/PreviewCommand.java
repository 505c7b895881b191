package dev.kvguard.cli;

import dev.kvguard.core.render.PreviewReport;
import dev.kvguard.core.render.PreviewRenderer;
import dev.kvguard.preview.PreviewRunner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kvguard preview --program CLASS [--function stack] [--classpath PATH] [--format ...]}. Pulumi
 * classes are reached only through {@link PreviewRunner}, so that {@code validate} and {@code plan}
 * never load them.
 */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Runs a Java Pulumi program in-process against Pulumi's mock engine (no CLI, no credentials, "
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

    @Override
    public Integer call() {
        Formats.require(spec, format, OutputFormat.TEXT, OutputFormat.MARKDOWN, OutputFormat.JSON, OutputFormat.SARIF);
        String[] problem = new String[1];
        PreviewReport report = PreviewRunner.run(program, function, classPath, problem);
        if (report == null) {
            return Formats.fail(spec, problem[0]);
        }
        String out = switch (format) {
            case JSON -> PreviewRenderer.json(report);
            case MARKDOWN -> PreviewRenderer.markdown(report);
            case SARIF -> PreviewRenderer.sarif(Version.number(), report);
            default -> PreviewRenderer.text(report);
        };
        return Formats.print(spec, out, report.failed());
    }
}
