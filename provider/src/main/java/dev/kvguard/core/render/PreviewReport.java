package dev.kvguard.core.render;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.plan.Plan;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What an offline preview of a Pulumi program found: the findings of its kvguard components, their
 * plans, and every resource the program registered. Plain data, so that the core renders it.
 *
 * @param program   the program that ran (its class and stack function)
 * @param findings  findings of every kvguard component, errors included
 * @param plans     each locked-down vault's plan, by component name
 * @param resources every registered resource, sorted by type and name
 * @param errors    other errors the program reported (not kvguard findings), each distinct message once
 */
public record PreviewReport(String program, List<Finding> findings, List<ComponentPlan> plans, List<Resource> resources,
                            List<String> errors) {

    public PreviewReport {
        findings = List.copyOf(findings);
        plans = List.copyOf(plans);
        resources = List.copyOf(resources);
        // Pulumi's test runner hands back one program exception twice (as the stack's and the run's); show it once.
        errors = List.copyOf(new LinkedHashSet<>(errors));
    }

    /** A vault component and the plan it followed. */
    public record ComponentPlan(String component, Plan plan) {
    }

    /** A registered resource: its type, logical name, parent's name (or null) and what it waits for. */
    public record Resource(String type, String name, String parent, List<String> dependsOn) {
        public Resource {
            dependsOn = dependsOn.stream().sorted().toList();
        }
    }

    /** The preview fails when a component reported an error or the program failed otherwise. */
    public boolean failed() {
        return Findings.hasErrors(findings) || !errors.isEmpty();
    }
}
