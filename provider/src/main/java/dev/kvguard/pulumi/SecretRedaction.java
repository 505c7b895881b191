package dev.kvguard.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.net.Ipv4Parser;
import dev.kvguard.core.plan.Plan;
import dev.kvguard.core.plan.Step;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secret inputs out of findings and shown plans. A finding is printed in the preview's error, logged
 * as an engine warning and listed by the offline preview, none of which is secret; so a finding at (or
 * under) a secret input shows {@value #MARKER} for its value, and any secret value echoed in a message or
 * fix is replaced by {@value #MARKER} too. A plan's steps are printed by {@code kvguard preview} into
 * terminals and pull-request comments, so they hide every secret value the same way.
 */
public final class SecretRedaction {

    /** What stands for a secret value in a finding. */
    public static final String MARKER = "[secret]";

    /**
     * What kvguard's messages derive from a value (an address, a range, a GUID): in a finding about a
     * secret input these are the secret's parts, e.g. the network of a range with host bits.
     */
    private static final Pattern DERIVED = Pattern.compile(
            "\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?"
            // A GUID, but not the all-zero one that messages show as the format.
            + "|(?!0{8}-0{4}-0{4}-0{4}-0{12})[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    /** Below this length a secret is only hidden in findings about it: "90" or "true" may be anyone's. */
    private static final int ECHO_LENGTH = 4;

    /** The secret input paths, and their values with the forms the plan derives from them, longest first. */
    private final Set<String> paths;
    private final List<String> values;

    private SecretRedaction(Set<String> paths, List<String> values) {
        this.paths = paths;
        this.values = values;
    }

    /** What hides the secrets of {@code snapshot}: its secret paths and their values. */
    public static SecretRedaction of(InputTree.Snapshot snapshot) {
        List<String> values = new ArrayList<>();
        for (String path : snapshot.secrets()) {
            leaves(at(snapshot.tree(), path), values);
        }
        // A plan shows an address range the way Azure stores it, e.g. 52.9.8.7/24 as 52.9.8.0/24.
        for (String value : List.copyOf(values)) {
            if (Ipv4Parser.parse(value) instanceof Ipv4Parser.Parsed parsed) {
                values.add(parsed.range().toCidr());
                values.add(parsed.range().toRuleString());
            }
        }
        // Longest first, so that a secret containing another is hidden whole.
        List<String> distinct = values.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        return new SecretRedaction(Set.copyOf(snapshot.secrets()), distinct);
    }

    /** The findings with every secret hidden. */
    public List<Finding> findings(List<Finding> findings) {
        return paths.isEmpty() ? findings : findings.stream().map(this::redact).toList();
    }

    /**
     * The plan as it may be shown: every secret hidden in its vault name, notes and each step's fields,
     * ids included (kept unique). Its findings are taken as they are, already redacted. Only for showing:
     * materialisation reads the real plan, whose ids name the spec's entries.
     */
    public Plan plan(Plan plan) {
        if (paths.isEmpty()) {
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
                s.applies(), s.details().stream().map(this::hideInPlan).toList(),
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
        boolean about = paths.stream().anyMatch(s -> PreviewGate.covers(s, f.path()));
        int shortest = about ? 1 : ECHO_LENGTH;
        String value = about ? MARKER : hide(f.value(), values, shortest);
        String message = hide(f.message(), values, shortest);
        String fix = hide(f.fix(), values, shortest);
        if (about) {
            message = DERIVED.matcher(message).replaceAll(MARKER);
            fix = DERIVED.matcher(fix).replaceAll(MARKER);
        }
        if (value.equals(f.value()) && message.equals(f.message()) && fix.equals(f.fix())) {
            return f;
        }
        return new Finding(f.ruleId(), f.severity(), f.path(), value, message, f.limit(), fix);
    }

    @Override
    public String toString() {
        return "SecretRedaction" + paths; // the paths only: this must never print a secret
    }

    private static String hide(String text, List<String> secrets, int shortest) {
        String out = text;
        for (String secret : secrets) {
            if (secret.length() >= shortest) {
                out = out.replace(secret, MARKER);
            }
        }
        return out;
    }

    private static void leaves(JsonNode node, List<String> into) {
        if (node.isContainerNode()) {
            node.forEach(child -> leaves(child, into));
        } else if (!node.isMissingNode() && !node.isNull() && !node.asText().isEmpty()) {
            into.add(node.asText());
        }
    }

    /** The node at a finding-style path ({@code a.b[2].c}). */
    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            node = node.path(bracket < 0 ? part : part.substring(0, bracket));
            while (bracket >= 0) {
                int end = part.indexOf(']', bracket);
                node = node.path(Integer.parseInt(part.substring(bracket + 1, end)));
                bracket = part.indexOf('[', end);
            }
        }
        return node;
    }
}
