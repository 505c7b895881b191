package dev.kvguard.cli;

import dev.kvguard.core.render.TextEscaper;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What the commands share about output: the formats each accepts, and printing the result with its exit code. */
final class Formats {
    private Formats() {
    }

    /** Prints the rendered output and returns the exit code: 1 when the input has errors, else 0. */
    static int print(CommandSpec spec, String rendered, boolean errors) {
        spec.commandLine().getOut().print(rendered);
        spec.commandLine().getOut().flush();
        return errors ? KvguardCli.FINDINGS : KvguardCli.OK;
    }

    /** Reports a one-line problem on stderr (input in it is shown, never obeyed) and returns exit code 2. */
    static int fail(CommandSpec spec, String problem) {
        spec.commandLine().getErr().println("kvguard: " + TextEscaper.escape(problem));
        spec.commandLine().getErr().flush();
        return KvguardCli.UNUSABLE;
    }

    /** Refuses, as a usage error (exit 2), a format the command does not support. */
    static void require(CommandSpec spec, OutputFormat format, OutputFormat... allowed) {
        if (!Arrays.asList(allowed).contains(format)) {
            throw new ParameterException(spec.commandLine(), "--format " + format.name().toLowerCase(Locale.ROOT)
                    + " is not supported here; use one of " + Arrays.stream(allowed)
                    .map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
        }
    }
}
