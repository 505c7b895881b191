package dev.kvguard.core.plan;

import java.util.List;
import java.util.Objects;

/**
 * One step of the plan: what runs when (id, phase, dependencies, typed target), and the words that show it
 * (resource, action, details, notes).
 *
 * <p>The words are needed only when a plan is shown, while materialisation and the wave computation read the
 * typed parts alone; a maximal vault has a thousand access-policy steps and a vault step listing a thousand
 * rules. So the planner may hand over the words as a function of the resolved values, written on first use
 * and kept; the text is the same whichever way it was given. Two steps are equal when all their parts are.
 */
public final class Step {

    private final String id;
    private final Phase phase;
    private final List<String> dependsOn;
    private final Target target;
    private final Applies applies; // asked of every step twice while the waves are computed
    private final Words<Target> words; // kept: a thread that sees text unset writes it again, the same
    private Text text;

    /**
     * @param id        stable id, derived from names (never from list positions), e.g. {@code endpoint/rg/vnet/snet}
     * @param phase     the documented phase it belongs to
     * @param resource  the Azure resource it touches, as type and name
     * @param action    what it changes, in words
     * @param dependsOn ids of the steps that must finish first (kept sorted and distinct)
     * @param target    what it changes, typed: the subnet, the vault, a role assignment... (which also says how it
     *                  applies: its own resource, part of the vault, or a precondition)
     * @param details   the exact values it sends (rules, permissions, endpoints kept), one per line
     * @param notes     Azure facts that matter for this step
     */
    public Step(String id, Phase phase, String resource, String action, List<String> dependsOn, Target target,
                List<String> details, List<String> notes) {
        this(id, phase, dependsOn, target, null, new Text(resource, action, details, notes));
    }

    private Step(String id, Phase phase, List<String> dependsOn, Target target, Words<Target> words, Text text) {
        this.id = Objects.requireNonNull(id, "id");
        this.phase = Objects.requireNonNull(phase, "phase");
        this.dependsOn = dependsOn.size() <= 1 ? List.copyOf(dependsOn) : dependsOn.stream().sorted().distinct().toList();
        this.target = target;
        this.applies = target.applies();
        this.words = words;
        this.text = text;
    }

    /**
     * A step whose words are written by {@code words} from its target and dependencies when first shown. One
     * {@code words} serves every step of a kind, so a thousand steps share it instead of holding one closure each.
     */
    @SuppressWarnings("unchecked") // words is only ever applied to this step's own target, a T
    static <T extends Target> Step written(String id, Phase phase, List<String> dependsOn, T target,
                                           Words<? super T> words) {
        return new Step(id, phase, dependsOn, target, (Words<Target>) Objects.requireNonNull(words, "words"), null);
    }

    /** Writes the words of a step from its typed parts; the same parts must give the same words. */
    @FunctionalInterface
    interface Words<T extends Target> {
        Text write(T target, List<String> dependsOn);
    }

    /** The words that show a step. */
    record Text(String resource, String action, List<String> details, List<String> notes) {
        Text {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(action, "action");
            details = List.copyOf(details);
            notes = List.copyOf(notes);
        }
    }

    private Text text() {
        Text t = text;
        if (t == null) {
            t = words.write(target, dependsOn);
            text = t; // a record of final fields: safe to publish without a lock
        }
        return t;
    }

    /** Stable id, derived from names (never from list positions), e.g. {@code endpoint/rg/vnet/snet}. */
    public String id() {
        return id;
    }

    /** The documented phase it belongs to. */
    public Phase phase() {
        return phase;
    }

    /** The Azure resource it touches, as type and name. */
    public String resource() {
        return text().resource();
    }

    /** What it changes, in words. */
    public String action() {
        return text().action();
    }

    /** Ids of the steps that must finish first, sorted. */
    public List<String> dependsOn() {
        return dependsOn;
    }

    /** What it changes, typed. */
    public Target target() {
        return target;
    }

    /** The exact values it sends (rules, permissions, endpoints kept), one per line. */
    public List<String> details() {
        return text().details();
    }

    /** Azure facts that matter for this step. */
    public List<String> notes() {
        return text().notes();
    }

    /** Whether it is its own resource, part of the vault's request, or a precondition. */
    public Applies applies() {
        return applies;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Step s && id.equals(s.id) && phase == s.phase && dependsOn.equals(s.dependsOn)
                && target.equals(s.target) && text().equals(s.text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, phase, dependsOn, target, text());
    }

    @Override
    public String toString() {
        Text t = text();
        return "Step[id=" + id + ", phase=" + phase + ", resource=" + t.resource() + ", action=" + t.action()
                + ", dependsOn=" + dependsOn + ", target=" + target + ", details=" + t.details() + ", notes=" + t.notes()
                + "]";
    }
}
