package dev.kvguard.core.spec.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** Strict JSON (Jackson's streaming parser), built into a tree under the same limits and locations as YAML. */
final class JsonTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    // Above ours (Jackson counts the value being opened, TreeBudget its parent's depth), so that
                    // TreeBudget refuses first and in the same words as for YAML; Jackson's check is the backstop.
                    .maxNestingDepth(SpecLimits.MAX_DEPTH + 2)
                    .maxNumberLength(SpecLimits.MAX_NUMBER_LENGTH)
                    .maxStringLength((int) SpecLimits.MAX_BYTES)
                    .build())
            .build();

    private final TreeBudget budget = new TreeBudget();
    private final JsonParser parser;

    private JsonTree(JsonParser parser) {
        this.parser = parser;
    }

    /** Parses one JSON value; an empty text gives null. */
    static SpecDocument parse(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonTree tree = new JsonTree(parser);
            if (parser.nextToken() == null) {
                return null;
            }
            JsonNode root = tree.value("", 0, 0);
            if (parser.nextToken() != null) {
                throw refusal("more than one JSON value (only one is read)", parser.currentTokenLocation());
            }
            return new SpecDocument(root, tree.budget.locator());
        } catch (StreamConstraintsException e) {
            throw refusal("a number or string beyond kvguard's limits", e.getLocation());
        } catch (JsonProcessingException e) {
            // Jackson's messages quote the offending token, which may be a secret: only the place is kept.
            String original = String.valueOf(e.getOriginalMessage());
            throw refusal(original.startsWith("Duplicate field") ? "a key repeated in one mapping" : "broken JSON syntax",
                    e.getLocation());
        } catch (IOException e) {
            throw new Refusal("broken JSON syntax", 0, 0);
        }
    }

    /** Reads the value at the current token; {@code keyLine} is the line of its key (findings point there), or 0. */
    private JsonNode value(String path, int depth, int keyLine) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        budget.value(path, depth, keyLine > 0 ? keyLine : at.getLineNr(), at.getColumnNr());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    int fieldLine = parser.currentTokenLocation().getLineNr();
                    String key = TreeBudget.text(parser.currentName(), fieldLine, parser.currentTokenLocation().getColumnNr());
                    parser.nextToken();
                    object.set(key, value(TreeBudget.child(path, key), depth + 1, fieldLine));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(TreeBudget.item(path, index++), depth + 1, 0));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(TreeBudget.text(parser.getText(), at.getLineNr(), at.getColumnNr()));
            }
            case VALUE_NUMBER_INT -> {
                return TreeBudget.number(parser.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return new SpelledFloat(parser.getDoubleValue(), parser.getText());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw refusal("broken JSON syntax", at);
        }
    }

    private static Refusal refusal(String reason, JsonLocation at) {
        return at == null || at.getLineNr() < 0 ? new Refusal(reason, 0, 0) : new Refusal(reason, at.getLineNr(), at.getColumnNr());
    }
}
