package dev.kvguard.core.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves ARM template expressions, but only those whose value is certain before deployment:
 * {@code [parameters('x')]} and {@code [variables('x')]} whose parameter default or variable is a literal.
 * Everything else ({@code [resourceGroup().location]}, {@code [concat(...)]}, a parameter without a
 * default...) depends on the deployment and stays unresolved: a guess would be validated as if it were true.
 */
final class ArmExpressions {

    /** The outcome: a value, or why there is none. */
    record Resolution(JsonNode value, String reason) {
        boolean resolved() {
            return reason == null;
        }
    }

    private static final Pattern REFERENCE = Pattern.compile("^\\[\\s*(parameters|variables)\\(\\s*'([^']*)'\\s*\\)\\s*]$");

    /** Documents without expressions (everything but ARM templates): every value is taken as written. */
    static final ArmExpressions NONE = new ArmExpressions(null);

    private final JsonNode template;

    private ArmExpressions(JsonNode template) {
        this.template = template;
    }

    static ArmExpressions of(JsonNode template) {
        return new ArmExpressions(template);
    }

    static boolean isExpression(JsonNode value) {
        return value != null && value.isTextual() && value.asText().startsWith("[") && !value.asText().startsWith("[[")
                && value.asText().endsWith("]");
    }

    Resolution resolve(JsonNode value) {
        if (template == null || value == null || !value.isTextual()) {
            return new Resolution(value, null);
        }
        String text = value.asText();
        if (text.startsWith("[[")) {
            // ARM's escape for a literal string that starts with '['.
            return new Resolution(TextNode.valueOf(text.substring(1)), null);
        }
        if (!isExpression(value)) {
            return new Resolution(value, null);
        }
        Matcher m = REFERENCE.matcher(text);
        if (!m.matches()) {
            return new Resolution(null, "only parameters('...') and variables('...') with literal values can be "
                    + "resolved before deployment");
        }
        boolean parameter = m.group(1).equals("parameters");
        String name = m.group(2);
        JsonNode declared = field(template.path(parameter ? "parameters" : "variables"), name);
        if (declared == null) {
            return new Resolution(null, (parameter ? "parameter '" : "variable '") + name + "' is not declared");
        }
        JsonNode literal = parameter ? declared.get("defaultValue") : declared;
        if (literal == null || literal.isNull()) {
            return new Resolution(null, "parameter '" + name + "' has no default value; its value is given at deployment");
        }
        if (isExpression(literal) || containsExpression(literal)) {
            return new Resolution(null, (parameter ? "the default value of parameter '" : "variable '") + name
                    + "' is itself an expression (" + shorten(literal.isTextual() ? literal.asText() : literal.toString()) + ")");
        }
        return new Resolution(literal, null);
    }

    /** A parameter or variable by name; ARM compares those names ignoring case. */
    static JsonNode field(JsonNode declarations, String name) {
        JsonNode exact = declarations.get(name);
        if (exact != null) {
            return exact;
        }
        var fields = declarations.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            if (f.getKey().equalsIgnoreCase(name)) {
                return f.getValue();
            }
        }
        return null;
    }

    private static boolean containsExpression(JsonNode node) {
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                if (isExpression(child) || containsExpression(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
