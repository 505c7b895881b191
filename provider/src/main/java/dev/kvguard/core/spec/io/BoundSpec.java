package dev.kvguard.core.spec.io;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.spec.VaultSpec;
import java.util.List;

/**
 * The result of binding: the spec (with unusable parts left at their defaults), the structural findings
 * met on the way, and where each input path sits in the file it came from. Validation adds its own
 * findings to these.
 */
public record BoundSpec(VaultSpec spec, List<Finding> findings, SpecLocator locator) {
    public BoundSpec {
        findings = List.copyOf(findings);
    }

    /** A spec with no file behind it (component inputs, tests): findings point at line 1. */
    public BoundSpec(VaultSpec spec, List<Finding> findings) {
        this(spec, findings, SpecLocator.none());
    }

    /** The same spec, located in the file it was read from. */
    public BoundSpec locatedBy(SpecLocator fileLocator) {
        return new BoundSpec(spec, findings, fileLocator);
    }
}
