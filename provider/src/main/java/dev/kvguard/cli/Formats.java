package dev.kvguard.cli;

import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks that a command supports the requested output format, as a usage error (exit 2) if not. */
final class Formats {
    private Formats() {
    }

    static void require(CommandSpec spec, OutputFormat format, OutputFormat... allowed) {
        if (!Arrays.asList(allowed).contains(format)) {
            throw new ParameterException(spec.commandLine(), "--format " + format.name().toLowerCase(Locale.ROOT)
                    + " is not supported here; use one of " + Arrays.stream(allowed)
                    .map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
        }
    }
}
