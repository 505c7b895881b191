package dev.kvguard.core.spec.io;

/**
 * A spec file that cannot be read or parsed at all (missing file, broken YAML or JSON, not a mapping).
 * The message is one line, fit to print as it is; the CLI exits 2 on it.
 */
public final class SpecSyntaxException extends Exception {
    public SpecSyntaxException(String message) {
        super(message, null, false, false);
    }
}
