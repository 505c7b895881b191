package dev.kvguard.core.validate;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.limits.LimitsProfile;
import java.util.List;

/** Every finding for one spec, in a stable order, and the limits profile they were checked against. */
public record ValidationReport(LimitsProfile profile, List<Finding> findings) {

    public ValidationReport {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return Findings.hasErrors(findings);
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }
}
