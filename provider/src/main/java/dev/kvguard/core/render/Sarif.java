package dev.kvguard.core.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.finding.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Findings as SARIF 2.1.0, for GitHub code scanning and other SARIF consumers. Every kvguard rule is
 * listed in the tool's rule table (so rule indices are stable); each result carries its rule, level,
 * message with the fix, the input path as a logical location, and, for spec files, the file and line.
 */
public final class Sarif {

    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String INFORMATION_URI = "https://github.com/kvguard/kvguard";

    private Sarif() {
    }

    /**
     * The findings of one artifact.
     *
     * @param uri      the file the findings are about, relative to the repository root; null for a program
     * @param findings its findings
     * @param line     the line of an input path in that file
     */
    public record Artifact(String uri, List<Finding> findings, ToIntFunction<String> line) {
    }

    /**
     * A file that could not be read or parsed, so has no results.
     *
     * @param uri   the file, relative to the repository root
     * @param error the one-line reason
     */
    public record Unreadable(String uri, String error) {
    }

    public static String render(String toolVersion, List<Artifact> artifacts) {
        return render(toolVersion, artifacts, List.of());
    }

    /**
     * Results for the files that were read; each unreadable file is an error-level tool execution
     * notification naming the file, and the invocation is then marked unsuccessful.
     */
    public static String render(String toolVersion, List<Artifact> artifacts, List<Unreadable> unreadable) {
        ObjectNode root = Json.object();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "kvguard");
        driver.put("version", toolVersion);
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        for (Rule rule : Rule.values()) {
            ObjectNode r = rules.addObject();
            r.put("id", rule.id());
            r.putObject("shortDescription").put("text", rule.summary());
            r.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
            r.put("helpUri", INFORMATION_URI + "#what-it-checks");
        }
        ArrayNode results = run.putArray("results");
        for (Artifact artifact : artifacts) {
            for (Finding f : artifact.findings()) {
                results.add(result(artifact, f));
            }
        }
        if (!unreadable.isEmpty()) {
            ObjectNode invocation = run.putArray("invocations").addObject();
            invocation.put("executionSuccessful", false);
            ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
            for (Unreadable u : unreadable) {
                ObjectNode n = notifications.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", u.error());
                n.putArray("locations").addObject().putObject("physicalLocation").putObject("artifactLocation")
                        .put("uri", uri(u.uri()));
            }
        }
        return Json.write(root);
    }

    private static ObjectNode result(Artifact artifact, Finding f) {
        ObjectNode result = Json.object();
        result.put("ruleId", f.ruleId());
        Rule.byId(f.ruleId()).ifPresent(r -> result.put("ruleIndex", r.ordinal()));
        result.put("level", level(f.severity()));
        result.putObject("message").put("text", f.message() + " Fix: " + f.fix());
        ObjectNode location = result.putArray("locations").addObject();
        if (artifact.uri() != null) {
            ObjectNode physical = location.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri(artifact.uri()));
            physical.putObject("region").put("startLine", Math.max(1, artifact.line().applyAsInt(f.path().toString())));
        }
        ObjectNode logical = location.putArray("logicalLocations").addObject();
        logical.put("fullyQualifiedName", f.path().isRoot() ? "(spec)" : f.path().toString());
        logical.put("kind", "member");
        ObjectNode properties = result.putObject("properties");
        properties.put("path", f.path().toString());
        properties.put("value", f.value());
        properties.put("limit", f.limit());
        properties.put("fix", f.fix());
        return result;
    }

    /**
     * A file path as an RFC 3986 URI reference, as the schema requires: every byte outside the
     * unreserved characters and {@code /} is percent-encoded, so a file name can hold anything.
     */
    static String uri(String path) {
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (x & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                b.append(c);
            } else {
                b.append('%').append(String.format("%02X", x & 0xFF));
            }
        }
        return b.toString();
    }

    static String level(Severity severity) {
        return severity == Severity.ERROR ? "error" : "warning";
    }
}
