package dev.kvguard.core.plan;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.limits.LimitsProfile;
import java.util.List;
import java.util.Optional;

/**
 * The ordered deployment plan for one vault. With error findings it has no steps: nothing may be
 * deployed. Same spec, same plan, byte for byte once rendered.
 *
 * @param vaultName    the vault the plan is for (may be null when the spec names none)
 * @param profile      the limits profile the spec was validated against
 * @param findings     every finding, errors and warnings
 * @param steps        steps in execution order: by wave, then phase, then the order of the spec
 * @param waves        step ids that can run together, in order
 * @param notes        facts that apply to the whole plan
 */
public record Plan(String vaultName, LimitsProfile profile, List<Finding> findings, List<Step> steps,
                   List<List<String>> waves, List<String> notes) {

    public Plan {
        findings = List.copyOf(findings);
        steps = List.copyOf(steps);
        waves = waves.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
    }

    public boolean hasErrors() {
        return Findings.hasErrors(findings);
    }

    /** Length of the longest dependency chain, in steps: the least number of sequential rounds. */
    public int criticalPath() {
        return waves.size();
    }

    public Optional<Step> step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The wave (0-based) a step runs in. */
    public int waveOf(String id) {
        for (int i = 0; i < waves.size(); i++) {
            if (waves.get(i).contains(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no step " + id);
    }
}
