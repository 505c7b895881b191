package dev.kvguard.pulumi;

import com.pulumi.exceptions.RunException;
import dev.kvguard.core.finding.Finding;
import java.util.List;

/**
 * A component's inputs break kvguard's rules. Pulumi prints a {@link RunException}'s message without
 * a Java stack trace, which is what a user mistake deserves; the findings stay available to tools.
 */
public final class KvguardValidationException extends RunException {
    private final transient List<Finding> findings;

    public KvguardValidationException(String message, List<Finding> findings) {
        super(message);
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
