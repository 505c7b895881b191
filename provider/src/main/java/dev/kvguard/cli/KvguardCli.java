package dev.kvguard.cli;

import dev.kvguard.core.render.TextEscaper;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kvguard} command. Exit codes: 0 no errors (warnings allowed), 1 the spec has errors,
 * 2 a file cannot be read or parsed, or the command line is wrong.
 */
@Command(name = "kvguard", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks and plans a locked-down Azure Key Vault before anything is deployed.",
        subcommands = {ValidateCommand.class, PlanCommand.class, PreviewCommand.class, ImportCommand.class,
                CommandLine.HelpCommand.class})
public final class KvguardCli {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int UNUSABLE = 2;

    private static final String NO_CLOSURES = "picocli.disable.closures";

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code; used by tests and by {@link #main}. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, for embedding (set its out and err writers to capture output). */
    public static CommandLine commandLine() {
        // picocli's default factory otherwise looks for Groovy's Closure class, and a class the class path
        // lacks costs a search of every jar on it, the Pulumi and Azure Native ones included. kvguard's
        // annotations hold no closures; an explicit setting by whoever embeds the CLI is left alone.
        if (System.getProperty(NO_CLOSURES) == null) {
            System.setProperty(NO_CLOSURES, "true");
        }
        CommandLine cli = new CommandLine(new KvguardCli());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // A bug, not a user mistake: one line, no stack trace, distinct from the findings exit code.
            commandLine.getErr().println("kvguard: internal error: " + TextEscaper.escape(e.toString()));
            return UNUSABLE;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            // picocli echoes the offending argument, which may hold anything.
            failed.getErr().println("kvguard: " + TextEscaper.escape(e.getMessage()) + " (see '" + failed.getCommandSpec().qualifiedName()
                    + " --help')");
            return UNUSABLE;
        });
        return cli;
    }
}
