package dev.kvguard.core.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.spec.declaration.Property;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds one imported vault: writes spec values at spec paths, remembering the document path of each,
 * the notes about what was not carried over, and the expressions that could not be resolved.
 */
final class Carry {
    private final ObjectNode root = JsonNodeFactory.instance.objectNode();
    private final Map<String, String> origins = new LinkedHashMap<>();
    private final Map<String, List<String>> notes = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> unresolved = new ArrayList<>();
    private final ArmExpressions expressions;
    private final String label;
    private Set<String> unknown = Set.of();

    Carry(String label, String vaultPath, ArmExpressions expressions) {
        this.label = label;
        this.expressions = expressions;
        origins.put("", vaultPath);
    }

    /**
     * The value at a document path with expressions resolved; null when absent, JSON null, or not
     * resolvable (then a finding is recorded and {@code specPath} is marked unresolved).
     */
    JsonNode value(JsonNode node, String docPath, InputPath specPath) {
        return value(node, docPath, specPath, false);
    }

    /**
     * As {@link #value(JsonNode, String, InputPath)}, for the value of a map entry such as a tag: its key may hold
     * '.' or '[', so only a marker of exactly this entry says it is unknown ({@code env} unknown says nothing of
     * {@code env.region}).
     */
    JsonNode entryValue(JsonNode node, String docPath, InputPath specPath) {
        return value(node, docPath, specPath, true);
    }

    private JsonNode value(JsonNode node, String docPath, InputPath specPath, boolean entry) {
        if (!known(docPath, specPath, entry)) {
            return null;
        }
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        ArmExpressions.Resolution r = expressions.resolve(node);
        if (r.resolved()) {
            return r.value() == null || r.value().isNull() ? null : r.value();
        }
        findings.add(Finding.of(Rule.IMPORT_EXPRESSION, InputPath.parse(docPath)).value(node.asText())
                .limit("literal values and parameters('...') or variables('...') with literal defaults")
                .because("'" + node.asText() + "' cannot be resolved before deployment: " + r.reason()
                                + ". kvguard does not guess its value for '" + specPath + "'.",
                        "Write the deployed value for '" + specPath + "' into the imported spec (kvguard import marks "
                                + "the place), or give the parameter a literal defaultValue."));
        unresolved.add(specPath.toString());
        note(specPath, specPath + ": not carried over; " + node.asText() + " is only known at deployment. Write its value here.");
        return null;
    }

    /** Document paths whose value is known only after deployment (a Terraform plan's after_unknown). */
    void unknownAt(Set<String> docPaths) {
        unknown = Set.copyOf(docPaths);
    }

    /**
     * Whether the value at a document path is known; if not, records a finding and marks {@code specPath}
     * unresolved, since a plan writes an unknown value as null (or leaves it out) and null is not its value.
     */
    boolean known(String docPath, InputPath specPath) {
        return known(docPath, specPath, false);
    }

    private boolean known(String docPath, InputPath specPath, boolean entry) {
        String hit = unknown.stream().filter(u -> docPath.equals(u)
                        || !entry && (docPath.startsWith(u + ".") || docPath.startsWith(u + "[")))
                .findFirst().orElse(null);
        if (hit == null) {
            return true;
        }
        findings.add(Finding.of(Rule.IMPORT_UNKNOWN, InputPath.parse(docPath)).value("(known after apply)")
                .limit("values the plan knows; after_unknown marks the others")
                .because("The plan marks '" + hit + "' as known only after apply, so kvguard does not guess its value for '"
                                + specPath + "'.",
                        "Write the value for '" + specPath + "' into the imported spec (kvguard import marks the place), or"
                                + " import the state (terraform show -json without a plan file) once it is applied."));
        unresolved.add(specPath.toString());
        note(specPath, specPath + ": not carried over; the plan knows it only after apply. Write its value here.");
        return false;
    }

    /** Writes a value at a spec path such as {@code networkRules.ipRules[0]}, creating the containers on the way. */
    void put(InputPath specPath, JsonNode value, String docPath) {
        List<Object> segments = specPath.segments();
        JsonNode parent = root;
        for (int i = 0; i < segments.size() - 1; i++) {
            parent = child(parent, segments.get(i), segments.get(i + 1) instanceof Integer);
        }
        set(parent, segments.get(segments.size() - 1), value);
        origins.putIfAbsent(specPath.toString(), docPath);
    }

    /** Records where a spec container (a list or mapping) came from, for findings about it as a whole. */
    void origin(InputPath specPath, String docPath) {
        origins.putIfAbsent(specPath.toString(), docPath);
    }

    void note(InputPath specPath, String text) {
        notes.computeIfAbsent(specPath.toString(), k -> new ArrayList<>()).add(text);
    }

    /** Whether the vault's inputs already hold {@code property}. */
    boolean has(Property<?> property) {
        return SpecNode.vault(root).has(property);
    }

    ImportedVault build() {
        return new ImportedVault(label, root, origins, notes, findings, unresolved);
    }

    private static JsonNode child(JsonNode parent, Object segment, boolean list) {
        JsonNode existing = segment instanceof Integer i ? parent.get(i) : parent.get((String) segment);
        if (existing != null && existing.isContainerNode()) {
            return existing;
        }
        JsonNode created = list ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode();
        set(parent, segment, created);
        return created;
    }

    /** Sets a field, or a list element (padding the list so that indices stay the document's). */
    private static void set(JsonNode parent, Object segment, JsonNode value) {
        if (segment instanceof Integer index) {
            ArrayNode array = (ArrayNode) parent;
            while (array.size() <= index) {
                array.addNull();
            }
            array.set(index, value);
        } else {
            ((ObjectNode) parent).set((String) segment, value);
        }
    }

    /** {@code a.b[2].c} as {@code ["a", "b", 2, "c"]}. */
    static List<Object> segments(String path) {
        List<Object> out = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            if (!name.isEmpty()) {
                out.add(name);
            }
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                out.add(Integer.parseInt(part.substring(bracket + 1, close)));
                bracket = part.indexOf('[', close);
            }
        }
        return out;
    }

    /** A document path below {@code base}: {@code base.field}, or just {@code field} at the top. */
    static String at(String base, String field) {
        return base.isEmpty() ? field : base + "." + field;
    }
}
