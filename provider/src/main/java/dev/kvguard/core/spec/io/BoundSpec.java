package dev.kvguard.core.spec.io;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.spec.VaultSpec;
import java.util.List;

/**
 * The result of binding: the spec (with unusable parts left at their defaults) and the structural
 * findings met on the way. Validation adds its own findings to these.
 */
public record BoundSpec(VaultSpec spec, List<Finding> findings) {
    public BoundSpec {
        findings = List.copyOf(findings);
    }
}
