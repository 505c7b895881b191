package dev.kvguard.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kvguard.core.finding.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps secret inputs out of findings. A finding is printed in the preview's error, logged as an engine
 * warning and listed by the offline preview, none of which is secret; so a finding at (or under) a secret
 * input shows {@value #MARKER} for its value, and any secret value echoed in a message or fix is replaced
 * by {@value #MARKER} too.
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

    private SecretRedaction() {
    }

    /** The findings with every secret of {@code snapshot} hidden. */
    public static List<Finding> redact(List<Finding> findings, InputTree.Snapshot snapshot) {
        if (snapshot.secrets().isEmpty()) {
            return findings;
        }
        List<String> secrets = new ArrayList<>();
        for (String path : snapshot.secrets()) {
            leaves(at(snapshot.tree(), path), secrets);
        }
        // Longest first, so that a secret containing another is hidden whole.
        secrets.sort(Comparator.comparingInt(String::length).reversed());
        return findings.stream().map(f -> redact(f, snapshot, secrets)).toList();
    }

    private static Finding redact(Finding f, InputTree.Snapshot snapshot, List<String> secrets) {
        boolean about = snapshot.secrets().stream().anyMatch(s -> PreviewGate.covers(s, f.path()));
        int shortest = about ? 1 : ECHO_LENGTH;
        String value = about ? MARKER : hide(f.value(), secrets, shortest);
        String message = hide(f.message(), secrets, shortest);
        String fix = hide(f.fix(), secrets, shortest);
        if (about) {
            message = DERIVED.matcher(message).replaceAll(MARKER);
            fix = DERIVED.matcher(fix).replaceAll(MARKER);
        }
        if (value.equals(f.value()) && message.equals(f.message()) && fix.equals(f.fix())) {
            return f;
        }
        return new Finding(f.ruleId(), f.severity(), f.path(), value, message, f.limit(), fix);
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
