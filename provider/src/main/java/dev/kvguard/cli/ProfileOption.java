package dev.kvguard.cli;

import dev.kvguard.core.limits.LimitsProfile;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --profile NAME}, shared by validate, plan, preview and import: the limits profile for inputs that name none. */
final class ProfileOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Limits profile for specs and documents that name none: reference-2019 (the default) or current.")
    String requested;

    /** The chosen profile, or null when none was asked for; an unknown name is a usage error (exit 2). */
    LimitsProfile profile() {
        if (requested == null) {
            return null;
        }
        return LimitsProfile.named(requested).orElseThrow(() -> new ParameterException(mixee.commandLine(),
                "--profile " + requested + " is not a limits profile; use one of " + LimitsProfile.names()));
    }

    /** The chosen profile's name, or null. */
    String name() {
        LimitsProfile p = profile();
        return p == null ? null : p.name();
    }
}
