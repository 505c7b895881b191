package dev.kvguard.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kvguard.core.azure.Ipv4Parser;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.plan.Plan;
import dev.kvguard.core.plan.Step;
import dev.kvguard.core.plan.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secret inputs out of findings and shown plans. A finding is printed in the preview's error, logged
 * as an engine warning, listed by the offline preview and written into the plan's JSON and SARIF, none of
 * which is secret. Rules derive text from values in many ways (a subnet's usable range, an id lower-cased, a
 * name cut out of a resource id), so hiding the secret string itself is not enough: a finding that
 * <em>touches</em> a secret keeps only its rule id, severity and path, and everything else becomes generic
 * text. A finding touches a secret input when their paths are related (one under the other, or both in the
 * same list item or top-level object, whose values rules compare with each other), or when any of its texts
 * contains the secret, or a {@code /}-separated segment of it, in any letter case.
 *
 * <p>A plan's steps are printed by {@code kvguard preview} into terminals and pull-request comments, so they
 * hide every secret value too.
 */
public final class SecretRedaction {

    /** What stands for a secret value in a finding. */
    public static final String MARKER = "[secret]";

    /** Below this length a secret in a plan's text is matched as a whole word only: "90" may be anyone's. */
    private static final int ECHO_LENGTH = 4;

    /** Shorter strings ("90", "1") occur in a finding's texts by chance, and a two-letter secret leaks little. */
    private static final int SHORTEST_IN_FINDING = 3;

    /** One secret per secret input path, sorted so that a generic fix names the same path every run. */
    private final List<Secret> secrets;
    /** Every secret value, with the forms the plan derives from it, longest first. */
    private final List<String> values;

    private SecretRedaction(List<Secret> secrets, List<String> values) {
        this.secrets = secrets;
        this.values = values;
    }

    /** What hides the secrets of {@code snapshot}: its secret paths and their values. */
    public static SecretRedaction of(InputTree.Snapshot snapshot) {
        List<Secret> secrets = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (InputPath path : new TreeSet<>(snapshot.secrets())) {
            List<String> leaves = new ArrayList<>();
            leaves(at(snapshot.tree(), path), leaves);
            // A plan and a finding show an address range the way Azure stores it, e.g. 52.9.8.7/24 as 52.9.8.0/24.
            for (String leaf : List.copyOf(leaves)) {
                if (Ipv4Parser.parse(leaf) instanceof Ipv4Parser.Parsed parsed) {
                    leaves.add(parsed.range().toCidr());
                    leaves.add(parsed.range().toRuleString());
                }
            }
            secrets.add(new Secret(path, needles(leaves)));
            values.addAll(leaves);
        }
        // Longest first, so that a secret containing another is hidden whole.
        List<String> distinct = values.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        return new SecretRedaction(List.copyOf(secrets), distinct);
    }

    /** The findings with every one that touches a secret made generic. */
    public List<Finding> findings(List<Finding> findings) {
        return secrets.isEmpty() ? findings : findings.stream().map(this::redact).toList();
    }

    /**
     * The plan as it may be shown: every secret hidden in its vault name, notes and each step's fields,
     * ids included (kept unique). Its findings are taken as they are, already redacted. Only for showing:
     * materialisation reads the real plan, whose ids name the spec's entries.
     */
    public Plan plan(Plan plan) {
        if (secrets.isEmpty()) {
            return plan;
        }
        Map<String, String> ids = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Step step : plan.steps()) {
            String id = hideInPlan(step.id());
            String unique = id;
            for (int n = 2; !taken.add(unique); n++) {
                unique = id + "#" + n; // two secrets of one kind would otherwise share an id
            }
            ids.put(step.id(), unique);
        }
        List<Step> steps = plan.steps().stream().map(s -> new Step(ids.get(s.id()), s.phase(), hideInPlan(s.resource()),
                hideInPlan(s.action()), s.dependsOn().stream().map(d -> ids.getOrDefault(d, hideInPlan(d))).toList(),
                new Target.Withheld(s.applies()), s.details().stream().map(this::hideInPlan).toList(),
                s.notes().stream().map(this::hideInPlan).toList())).toList();
        List<List<String>> waves = plan.waves().stream()
                .map(w -> w.stream().map(id -> ids.getOrDefault(id, hideInPlan(id))).toList()).toList();
        return new Plan(plan.vaultName() == null ? null : hideInPlan(plan.vaultName()), plan.profile(), plan.findings(),
                steps, waves, plan.notes().stream().map(this::hideInPlan).toList());
    }

    /**
     * A plan's text with every secret hidden, however short: a step shows the values it sends, so a short
     * secret there is as likely that value as anyone's. Short ones are matched as whole words only.
     */
    private String hideInPlan(String text) {
        String out = text;
        for (String secret : values) {
            String quoted = Pattern.quote(secret);
            String pattern = secret.length() >= ECHO_LENGTH ? quoted : "(?<![A-Za-z0-9])" + quoted + "(?![A-Za-z0-9])";
            out = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE).matcher(out).replaceAll(Matcher.quoteReplacement(MARKER));
        }
        return out;
    }

    private Finding redact(Finding f) {
        return secrets.stream().filter(s -> s.touches(f)).findFirst().map(s -> generic(f, s.path())).orElse(f);
    }

    /** The finding as it may be shown when it touches the secret input at {@code secretPath}. */
    static Finding generic(Finding f, InputPath secretPath) {
        String summary = " (" + f.rule().summary().replaceAll("\\.$", "") + ")";
        return new Finding(f.rule(), f.severity(), f.path(), MARKER,
                "A value derived from a secret input breaks rule " + f.ruleId() + summary + "; kvguard does not show it.",
                "", "Check the secret input at " + secretPath + " against the rule; see docs/rules.md.");
    }

    @Override
    public String toString() {
        // The paths only: this must never print a secret.
        return "SecretRedaction" + secrets.stream().map(Secret::path).toList();
    }

    /** One secret input: its path and the lower-cased strings whose presence in a text reveals it. */
    private record Secret(InputPath path, Set<String> needles) {

        boolean touches(Finding f) {
            return related(path, f.path()) || reveals(f.value()) || reveals(f.message()) || reveals(f.fix())
                    || reveals(f.limit());
        }

        private boolean reveals(String text) {
            if (text == null || text.isEmpty()) {
                return false;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            return needles.stream().anyMatch(lower::contains);
        }

        @Override
        public String toString() {
            return path.toString(); // never the values
        }
    }

    /** Whole values and their {@code /}-separated segments (a resource id's names), lower-cased. */
    private static Set<String> needles(List<String> leaves) {
        Set<String> needles = new LinkedHashSet<>();
        for (String leaf : leaves) {
            needles.add(leaf.toLowerCase(Locale.ROOT));
            for (String segment : leaf.split("/")) {
                needles.add(segment.toLowerCase(Locale.ROOT));
            }
        }
        needles.removeIf(n -> n.length() < SHORTEST_IN_FINDING);
        return needles;
    }

    /** Whether one path is under the other, or both lie in the same list item or top-level object. */
    static boolean related(InputPath secretPath, InputPath findingPath) {
        if (secretPath.isRoot() || findingPath.isRoot()) {
            return false; // a finding about the spec as a whole names no input, secret or not
        }
        if (secretPath.covers(findingPath) || findingPath.covers(secretPath)) {
            return true;
        }
        Optional<InputPath> owner = owner(secretPath);
        return owner.isPresent() && owner.equals(owner(findingPath));
    }

    /**
     * The nearest list item a path lies in ({@code privateEndpoints[0]} for
     * {@code privateEndpoints[0].subnet.addressPrefix}), else its top-level object ({@code existing} for
     * {@code existing.resourceId}); none for a top-level property.
     */
    static Optional<InputPath> owner(InputPath path) {
        List<Object> segments = path.segments();
        InputPath owner = null;
        InputPath at = InputPath.ROOT;
        for (Object segment : segments) {
            at = segment instanceof Integer index ? at.at(index) : at.child((String) segment);
            if (segment instanceof Integer) {
                owner = at;
            }
        }
        if (owner != null) {
            return Optional.of(owner);
        }
        return segments.size() < 2 ? Optional.empty() : Optional.of(InputPath.of((String) segments.get(0)));
    }

    private static void leaves(JsonNode node, List<String> into) {
        if (node.isContainerNode()) {
            node.forEach(child -> leaves(child, into));
        } else if (!node.isMissingNode() && !node.isNull() && !node.asText().isEmpty()) {
            into.add(node.asText());
        }
    }

    /** The node at an input path. */
    private static JsonNode at(JsonNode root, InputPath path) {
        JsonNode node = root;
        for (Object segment : path.segments()) {
            node = segment instanceof Integer index ? node.path(index) : node.path((String) segment);
        }
        return node;
    }
}
