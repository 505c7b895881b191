package dev.kvguard.cli;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.render.Sarif;
import dev.kvguard.core.spec.io.SpecLocator;
import dev.kvguard.core.spec.io.SpecReader;
import dev.kvguard.core.spec.io.SpecSyntaxException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/** Spec files as SARIF artifacts: a repository-relative URI and the line of each finding's input. */
final class SpecFiles {
    private SpecFiles() {
    }

    /** The artifact with lines from the locator the spec was read with (see {@code BoundSpec.locator()}). */
    static Sarif.Artifact artifact(Path file, List<Finding> findings, SpecLocator locator) {
        return new Sarif.Artifact(uri(file), findings, locator::line);
    }

    /** The file's SARIF artifact URI: repository-relative, with forward slashes on every platform. */
    static String uri(Path file) {
        return file.normalize().toString().replace('\\', '/');
    }

    /**
     * The artifact, locating findings by reading the file again through {@link SpecReader} (so under the
     * same limits); standard input cannot be read twice, so its findings point at line 1. Prefer the
     * overload that takes the locator of the first read.
     */
    static Sarif.Artifact artifact(Path file, List<Finding> findings) {
        SpecLocator locator;
        try {
            locator = SpecReader.readDocument(file, InputStream.nullInputStream()).locator();
        } catch (SpecSyntaxException e) {
            locator = SpecLocator.none();
        }
        return artifact(file, findings, locator);
    }
}
