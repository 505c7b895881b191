package dev.kvguard.core.finding;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in a spec: which rule, how bad, where ({@code networkRules.ipRules[3]}), the offending
 * value, what is wrong (including the documented limit), and how to fix it.
 *
 * @param rule     the rule that found it (its stable id is {@link #ruleId()})
 * @param severity error or warning
 * @param path     path of the offending input in the spec's own property names
 * @param value    the offending value as the user wrote it (may be empty, never null)
 * @param message  what is wrong, naming the value and the limit
 * @param limit    the documented limit the value breaks, or null when none applies
 * @param fix      what to do instead
 */
public record Finding(Rule rule, Severity severity, InputPath path, String value, String message, String limit,
                      String fix) {

    /** Orders findings by path (in input order, so {@code [2]} before {@code [10]}), then rule id. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::path)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::value);

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
        value = value == null ? "" : value;
    }

    /** Starts a finding for a rule at its default severity. */
    public static Builder of(Rule rule, InputPath path) {
        return new Builder(rule, path);
    }

    /** The rule's stable id, as CLI output, SARIF and Pulumi errors show it. */
    public String ruleId() {
        return rule.id();
    }

    /** The same finding at another path (e.g. the place in an imported document the input came from). */
    public Finding at(InputPath other) {
        return new Finding(rule, severity, other, value, message, limit, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Fluent construction so that every rule states value, message, limit and fix in the same shape. */
    public static final class Builder {
        private final Rule rule;
        private final InputPath path;
        private Severity severity;
        private String value = "";
        private String limit;

        private Builder(Rule rule, InputPath path) {
            this.rule = rule;
            this.path = path;
            this.severity = rule.defaultSeverity();
        }

        public Builder value(Object value) {
            this.value = value == null ? "" : String.valueOf(value);
            return this;
        }

        public Builder limit(String limit) {
            this.limit = limit;
            return this;
        }

        public Builder severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        public Finding because(String message, String fix) {
            return new Finding(rule, severity, path, value, message, limit, fix);
        }
    }
}
