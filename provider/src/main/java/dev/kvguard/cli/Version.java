package dev.kvguard.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar manifest. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = KvguardCli.class.getPackage().getImplementationVersion();
        return new String[] {"kvguard " + (v == null ? "(development build)" : v)};
    }
}
