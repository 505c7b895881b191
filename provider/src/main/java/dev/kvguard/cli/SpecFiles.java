package dev.kvguard.cli;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.render.Sarif;
import dev.kvguard.core.spec.io.SpecLocator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Spec files as SARIF artifacts: a repository-relative URI and the line of each finding's input. */
final class SpecFiles {
    private SpecFiles() {
    }

    static Sarif.Artifact artifact(Path file, List<Finding> findings) {
        SpecLocator locator;
        try {
            locator = SpecLocator.of(Files.readString(file), file.toString().toLowerCase(Locale.ROOT).endsWith(".json"));
        } catch (IOException e) {
            locator = SpecLocator.of("", false);
        }
        return new Sarif.Artifact(file.normalize().toString().replace('\\', '/'), findings, locator::line);
    }
}
