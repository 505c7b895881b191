package dev.kvguard.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar manifest. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"kvguard " + number()};
    }

    /** The version Maven wrote into the jar manifest, or {@code dev} when running from classes. */
    static String number() {
        String v = KvguardCli.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
