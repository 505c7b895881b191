package dev.kvguard.core.plan;

import java.util.List;

/**
 * One step of the plan.
 *
 * @param id        stable id, derived from names (never from list positions), e.g. {@code endpoint/rg/vnet/snet}
 * @param phase     the documented phase it belongs to
 * @param resource  the Azure resource it touches, as type and name
 * @param action    what it changes, in words
 * @param dependsOn ids of the steps that must finish first, sorted
 * @param target    what it changes, typed: the subnet, the vault, a role assignment... (which also says how it
 *                  applies: its own resource, part of the vault, or a precondition)
 * @param details   the exact values it sends (rules, permissions, endpoints kept), one per line
 * @param notes     Azure facts that matter for this step
 */
public record Step(String id, Phase phase, String resource, String action, List<String> dependsOn, Target target,
                   List<String> details, List<String> notes) {

    public Step {
        dependsOn = dependsOn.size() <= 1 ? List.copyOf(dependsOn) : dependsOn.stream().sorted().distinct().toList();
        details = List.copyOf(details);
        notes = List.copyOf(notes);
    }

    /** Whether it is its own resource, part of the vault's request, or a precondition. */
    public Applies applies() {
        return target.applies();
    }
}
