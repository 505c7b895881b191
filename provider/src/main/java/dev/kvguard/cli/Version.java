package dev.kvguard.cli;

import picocli.CommandLine.IVersionProvider;

/** The package version, as the provider and the schema publish it. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"kvguard " + number()};
    }

    /** The package version (the one the provider and the schema publish). */
    static String number() {
        return dev.kvguard.provider.PackageInfo.VERSION;
    }
}
