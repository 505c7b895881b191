package dev.kvguard.docs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.render.Json;
import dev.kvguard.core.spec.TrustedService;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes the generated reference pages: {@code docs/rules.md} from the {@link Rule} enum (plus the optional
 * examples in {@code rule-details.properties}) and {@code docs/spec.md} from {@code schema/schema.json}.
 * It lives with the tests because only the build uses it; {@code ReferenceDocsTest} fails when the checked-in
 * pages differ from what it writes.
 */
public final class ReferenceDocs {

    /** The one command that regenerates the schema and then both pages from it. */
    public static final String REGENERATE = "./mvnw -B -q -pl provider test-compile exec:java@schema exec:java@docs";

    static final String RULES = "rules.md";
    static final String SPEC = "spec.md";

    private ReferenceDocs() {
    }

    /** Writes both pages; {@code args[0]} is the repository root (default: the parent of the working directory). */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "..");
        Path docs = root.resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve(RULES), rules());
        Files.writeString(docs.resolve(SPEC), spec(Json.mapper().readTree(Files.readString(root.resolve("schema/schema.json")))));
        System.out.println("wrote " + docs.resolve(RULES) + " and " + docs.resolve(SPEC));
    }

    /** The rule table, the limits profiles, and what severity and the preview column mean. */
    public static String rules() {
        Properties details = details();
        StringBuilder out = new StringBuilder();
        out.append("# Rules\n\n").append(generatedFrom("`provider/src/main/java/dev/kvguard/core/finding/Rule.java`"))
                .append("""
                        Every check has a stable rule id that never changes once released: it appears in the CLI's output, \
                        in SARIF and in Pulumi errors. An **error** fails `kvguard validate` and \
                        `kvguard plan` (exit 1) and the component's `pulumi preview`; a **warning** is reported and the \
                        deployment goes on. Validation never stops at the first problem.

                        Every finding carries the rule id, its severity, the path of the input at fault \
                        (`networkRules.ipRules[3]`), the value found there, a message naming the documented limit, that \
                        limit, and a fix.

                        *Looks at* says what a rule needs. When a component's inputs include outputs of other \
                        resources, which `pulumi preview` does not know yet, only the rules that look at one value run \
                        at preview; the rules that look at the whole spec run once every value has resolved, before any \
                        child resource takes its inputs.

                        | rule id | severity | looks at | what it catches |
                        | --- | --- | --- | --- |
                        """);
        for (Rule rule : Rule.values()) {
            String more = details.getProperty(rule.id());
            out.append("| `").append(rule.id()).append("` | ").append(rule.defaultSeverity().label()).append(" | ")
                    .append(scope(rule)).append(" | ").append(cell(rule.summary()))
                    .append(more == null ? "" : " " + cell(more)).append(" |\n");
        }
        out.append("""

                ## Limits profiles

                The reference document (2019) and Microsoft's current page give different limits, so both are named \
                profiles; `reference-2019` is the default. Choose one with `limits.profile` in the spec or \
                `--profile` on the command line, and override single limits with `limits.maxIpRules`, \
                `limits.maxVirtualNetworkRules` and `limits.refusedPrefixLengths`. Every output names the profile \
                applied, overrides included (`current+maxIpRules=400`).

                | profile | IPv4 rules | virtual-network rules | access policies | refused prefix lengths | source |
                | --- | --- | --- | --- | --- | --- |
                """);
        for (LimitsProfile p : LimitsProfile.builtIn()) {
            out.append("| `").append(p.name()).append("` | ").append(p.maxIpRules()).append(" | ").append(p.maxVirtualNetworkRules())
                    .append(" | ").append(p.maxAccessPolicies()).append(" | ")
                    .append(p.refusedPrefixLengths().isEmpty() ? "none"
                            : p.refusedPrefixLengths().stream().map(n -> "/" + n).collect(Collectors.joining(", ")))
                    .append(" | ").append(cell(p.source())).append(" |\n");
        }
        out.append("\nWhere a profile accepts `/32`, kvguard sends a single address to Azure as `a.b.c.d/32`, the form "
                + "Azure stores and returns, so a refresh shows no difference.\n");
        return out.toString();
    }

    /** What a rule's verdict depends on (see {@link Rule#isLocal()}). */
    static String scope(Rule rule) {
        return rule.isLocal() ? "one value" : "the whole spec";
    }

    /** The inputs and outputs of every component and the properties of every type, from the package schema. */
    public static String spec(JsonNode schema) {
        StringBuilder out = new StringBuilder();
        out.append("# Spec and component reference\n\n")
                .append(generatedFrom("`schema/schema.json` (the trusted services from `core/spec/TrustedService.java`)"))
                .append("""
                        A spec file (YAML or JSON) holds the inputs of `SecureKeyVault` under exactly these names, so a \
                        Pulumi YAML `properties:` block and a spec file are interchangeable. The component's `Args` \
                        builders in Java use the same names. Every component and type below is in package `kvguard`, \
                        module `index` (e.g. `kvguard:index:SecureKeyVault`).
                        """);
        schema.path("resources").fields().forEachRemaining(e -> {
            JsonNode resource = e.getValue();
            out.append("\n## ").append(name(e.getKey())).append(" (component)\n\n").append(text(resource)).append('\n');
            Set<String> required = strings(resource.path("requiredInputs"));
            out.append("\n### Inputs\n\n");
            properties(out, resource.path("inputProperties"), required);
            out.append("\n### Outputs\n\n");
            properties(out, resource.path("properties"), null);
        });
        schema.path("types").fields().forEachRemaining(e -> {
            JsonNode type = e.getValue();
            out.append("\n## ").append(name(e.getKey())).append("\n\n").append(text(type)).append("\n\n");
            properties(out, type.path("properties"), strings(type.path("required")));
        });
        out.append("""

                ## Trusted services

                The values of `TrustedService.service`. Services that act through a vault switch need that switch on; \
                the others act with their own identity: name it in `objectId` and give it an access policy granting at \
                least the permissions below (or, under RBAC authorization, a `roleDefinitionId`).

                | service | Azure service | used for | needs |
                | --- | --- | --- | --- |
                """);
        for (TrustedService s : TrustedService.values()) {
            out.append("| `").append(s.specName()).append("` | ").append(cell(s.displayName())).append(" | ")
                    .append(cell(s.scenario())).append(" | ")
                    .append(s.requiredFlag() != null ? "`" + s.requiredFlag().specName() + ": true`"
                            : "identity with " + cell(s.minimumPermissions().describe()))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** A table of properties; {@code required} is null for outputs, which have no such column. */
    private static void properties(StringBuilder out, JsonNode properties, Set<String> required) {
        if (properties.isMissingNode() || properties.isEmpty()) {
            out.append("None.\n");
            return;
        }
        out.append(required == null ? "| property | type | description |\n| --- | --- | --- |\n"
                : "| property | type | required | description |\n| --- | --- | --- | --- |\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            out.append("| `").append(p.getKey()).append("` | ").append(type(p.getValue())).append(" | ");
            if (required != null) {
                out.append(required.contains(p.getKey()) ? "yes" : "").append(" | ");
            }
            out.append(text(p.getValue())).append(" |\n");
        }
    }

    /** A property's type in words, with a link to the section of an object type. */
    static String type(JsonNode property) {
        if (property.has("$ref")) {
            String name = name(property.get("$ref").asText());
            return "[" + name + "](#" + name.toLowerCase(java.util.Locale.ROOT) + ")";
        }
        return switch (property.path("type").asText()) {
            case "array" -> "list of " + type(property.path("items"));
            case "object" -> "map of " + type(property.path("additionalProperties"));
            case "" -> "any";
            default -> property.path("type").asText();
        };
    }

    private static String text(JsonNode node) {
        return cell(node.path("description").asText(""));
    }

    /** Our own prose in a table cell: only a pipe or a line break could break the table. */
    static String cell(String text) {
        return text.replace("|", "\\|").replace("\r\n", " ").replace('\n', ' ');
    }

    /** {@code #/types/kvguard:index:NetworkRules} or {@code kvguard:index:NetworkRules} to {@code NetworkRules}. */
    private static String name(String token) {
        return token.substring(token.lastIndexOf(':') + 1);
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String generatedFrom(String source) {
        return "*Generated from " + source + ". After changing it, regenerate with `" + REGENERATE + "`; a test fails "
                + "while this page is stale.*\n\n";
    }

    /** Rule id to the examples added after its summary. */
    static Properties details() {
        Properties texts = new Properties();
        try (InputStream in = ReferenceDocs.class.getResourceAsStream("rule-details.properties")) {
            if (in != null) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /** Rule ids in the details file that no rule has (a renamed or removed rule). */
    static List<String> orphanDetails() {
        List<String> out = new ArrayList<>();
        details().stringPropertyNames().stream().sorted().filter(id -> Rule.byId(id).isEmpty()).forEach(out::add);
        return out;
    }
}
