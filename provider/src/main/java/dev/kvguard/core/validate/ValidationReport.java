package dev.kvguard.core.validate;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.model.ResolvedVault;
import java.util.List;

/**
 * Every finding for one spec, in a stable order, the limits profile they were checked against, and the vault as
 * validation resolved it (built even when there are errors, from the usable inputs; only a report without errors
 * may be planned).
 */
public record ValidationReport(LimitsProfile profile, List<Finding> findings, ResolvedVault vault) {

    public ValidationReport {
        findings = List.copyOf(findings);
        java.util.Objects.requireNonNull(vault, "vault");
    }

    /** The same report with only {@code trusted} findings (e.g. those a preview can trust with unknown inputs). */
    public ValidationReport withFindings(List<Finding> trusted) {
        return new ValidationReport(profile, trusted, vault);
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
