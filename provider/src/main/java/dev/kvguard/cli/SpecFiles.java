package dev.kvguard.cli;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.render.Sarif;
import dev.kvguard.core.spec.io.SpecLocator;
import java.nio.file.Path;
import java.util.List;

/**
 * Spec files as SARIF artifacts: a repository-relative URI and the line of each finding's input, taken from
 * the one read of the file (standard input cannot be read twice).
 */
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
}
