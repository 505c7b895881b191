package dev.kvguard.pulumi;

import static dev.kvguard.core.render.TextEscaper.escape;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.finding.Rule;
import java.util.List;
import java.util.Set;

/**
 * Decides, for a component about to be registered, which findings can be trusted now and whether the
 * preview must stop. With every input known, all findings count. With some inputs still unknown (outputs
 * of resources not created yet), only findings of {@linkplain Rule#isLocal() local} rules at known paths
 * count now; the rest are checked again when the inputs resolve.
 */
public final class PreviewGate {

    /** The rule the preview gate reports: an input that decides the resources is still unknown. */
    public static final Set<Rule> RULES = Set.of(Rule.INPUT_UNKNOWN_AT_PREVIEW);


    private PreviewGate() {
    }

    /** The findings that can be reported with only the known inputs. */
    public static List<Finding> trustworthy(List<Finding> findings, Set<InputPath> deferred) {
        if (deferred.isEmpty()) {
            return findings;
        }
        return findings.stream()
                .filter(f -> f.rule().isLocal())
                .filter(f -> deferred.stream().noneMatch(d -> d.covers(f.path())))
                .toList();
    }

    /**
     * Throws, listing every error finding and then every warning, when there is at least one error. The
     * warnings go in the message because a component that fails registers nothing they could be logged
     * against.
     */
    public static void stopOnErrors(String type, String name, List<Finding> findings) {
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            List<Finding> warnings = findings.stream().filter(f -> !f.isError()).toList();
            // Every finding, warnings too: the offline preview reports them from the exception.
            throw new KvguardValidationException(message(type, name, errors, warnings), findings);
        }
    }

    /** The errors, then the warnings, each with its rule id, path, value and fix. */
    public static String message(String type, String name, List<Finding> errors, List<Finding> warnings) {
        StringBuilder b = new StringBuilder();
        b.append("kvguard: ").append(escape(type)).append(" '").append(escape(name)).append("' has ").append(errors.size())
                .append(errors.size() == 1 ? " error" : " errors").append("; nothing was created.");
        errors.forEach(f -> item(b, f));
        if (!warnings.isEmpty()) {
            b.append("\nand ").append(warnings.size()).append(warnings.size() == 1 ? " warning:" : " warnings:");
            warnings.forEach(f -> item(b, f));
        }
        return b.toString();
    }

    private static void item(StringBuilder b, Finding f) {
        b.append("\n  - [").append(escape(f.ruleId())).append("] ").append(f.path().isRoot() ? "(spec)" : escape(f.path().toString()));
        if (!f.value().isEmpty()) {
            b.append(" = ").append(escape(f.value()));
        }
        b.append(": ").append(escape(f.message())).append("\n    fix: ").append(escape(f.fix()));
    }

    /** A finding for an input that must be known at preview because it decides which resources exist. */
    public static Finding unknownAtPreview(InputPath path) {
        return Finding.of(Rule.INPUT_UNKNOWN_AT_PREVIEW, path)
                .because("'" + path + "' is only known after deployment, but it decides which resources kvguard "
                        + "creates.", "Pass a plain value (or an output that is already known) for '" + path + "'.");
    }

}
