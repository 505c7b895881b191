package dev.kvguard.cli;

import dev.kvguard.core.render.TextEscaper;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code kvguard} command. Exit codes: 0 no errors (warnings allowed), 1 the spec has errors,
 * 2 a file cannot be read or parsed, or the command line is wrong.
 */
@Command(name = "kvguard", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks and plans a locked-down Azure Key Vault before anything is deployed.")
public final class KvguardCli {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int UNUSABLE = 2;

    private static final String NO_CLOSURES = "picocli.disable.closures";

    /** In the order {@code kvguard --help} lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(ValidateCommand.class, PlanCommand.class, PreviewCommand.class,
            ImportCommand.class, CommandLine.HelpCommand.class);

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code; used by tests and by {@link #main}. */
    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /**
     * The command line configured for these arguments, for embedding (set its out and err writers to
     * capture output, then execute the same arguments). When the first argument names a subcommand, only
     * that one is registered: picocli reads the annotations of every subcommand it is given, about a tenth
     * of the CPU time of a cold {@code kvguard validate}. {@code help} and anything else get them all.
     */
    public static CommandLine commandLine(String... args) {
        // picocli's default factory otherwise looks for Groovy's Closure class, and a class the class path
        // lacks costs a search of every jar on it, the Pulumi and Azure Native ones included. kvguard's
        // annotations hold no closures; an explicit setting by whoever embeds the CLI is left alone.
        if (System.getProperty(NO_CLOSURES) == null) {
            System.setProperty(NO_CLOSURES, "true");
        }
        CommandLine cli = new CommandLine(new KvguardCli());
        // Before the settings below: picocli passes them on only to the subcommands it already has.
        subcommandsFor(args).forEach(cli::addSubcommand);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // A bug, not a user mistake: one line, no stack trace, distinct from the findings exit code.
            commandLine.getErr().println("kvguard: internal error: " + TextEscaper.escape(e.toString()));
            return UNUSABLE;
        });
        cli.setParameterExceptionHandler((e, given) -> {
            CommandLine failed = e.getCommandLine();
            // picocli echoes the offending argument, which may hold anything.
            failed.getErr().println("kvguard: " + TextEscaper.escape(e.getMessage()) + " (see '" + failed.getCommandSpec().qualifiedName()
                    + " --help')");
            return UNUSABLE;
        });
        return cli;
    }

    static List<Class<?>> subcommandsFor(String... args) {
        if (args.length > 0) {
            for (Class<?> subcommand : SUBCOMMANDS) {
                String name = subcommand.getAnnotation(Command.class).name();
                if (name.equals(args[0]) && subcommand != CommandLine.HelpCommand.class) {
                    return List.of(subcommand);
                }
            }
        }
        return SUBCOMMANDS;
    }
}
