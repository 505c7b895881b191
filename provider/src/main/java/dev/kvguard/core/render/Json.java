package dev.kvguard.core.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.limits.LimitsProfile;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Shared JSON building blocks: one way to write a finding and a profile, and a stable pretty printer
 * whose strings follow the {@linkplain JsonEscaper JSON escaping policy}.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setCharacterEscapes(new JsonEscaper());
    }
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator(""));

    private Json() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    public static ObjectNode finding(Finding f) {
        ObjectNode n = object();
        n.put("ruleId", f.ruleId());
        n.put("severity", f.severity().label());
        n.put("path", f.path().toString());
        n.put("value", f.value());
        n.put("message", f.message());
        n.put("limit", f.limit());
        n.put("fix", f.fix());
        return n;
    }

    public static ArrayNode findings(List<Finding> findings) {
        ArrayNode a = array();
        findings.forEach(f -> a.add(finding(f)));
        return a;
    }

    public static ObjectNode profile(LimitsProfile p) {
        ObjectNode n = object();
        n.put("name", p.name());
        n.put("maxIpRules", p.maxIpRules());
        n.put("maxVirtualNetworkRules", p.maxVirtualNetworkRules());
        ArrayNode refused = n.putArray("refusedPrefixLengths");
        p.refusedPrefixLengths().forEach(refused::add);
        n.put("maxAccessPolicies", p.maxAccessPolicies());
        n.put("source", p.source());
        return n;
    }

    /** Two-space indented JSON with a trailing newline; the same tree always gives the same bytes. */
    public static String write(Object tree) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
