package dev.kvguard.core.spec.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * YAML 1.2 with the core schema (snakeyaml-engine), turned into the tree the binder reads. Aliases
 * resolve to their anchor's value and merge keys ({@code <<}) merge mappings, as in Go's
 * {@code gopkg.in/yaml.v3}, which Pulumi YAML uses: keys written in the mapping win over merged ones, and
 * earlier mappings in a merge list win over later ones (snakeyaml-engine's composer applies them). Tags outside the core schema are refused rather
 * than ignored, since kvguard could only guess what a tool reading them would make of the value.
 */
final class YamlTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<Tag> SUPPORTED = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern CANONICAL = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");
    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern INFINITY = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
    private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");
    private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern NULL = Pattern.compile("|~|null|Null|NULL");

    private final TreeBudget budget = new TreeBudget();

    private YamlTree() {
    }

    /** Parses one YAML document; an empty stream gives null. */
    static SpecDocument parse(String text) {
        LoadSettings settings = LoadSettings.builder()
                .setSchema(new CoreSchema())
                .setMaxAliasesForCollections(SpecLimits.MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit((int) SpecLimits.MAX_BYTES)
                .setUseMarks(true)
                // The whole text in one buffer: with the default 1 KiB one, a long token costs quadratic time
                // (a 4 MiB scalar took 10 s, 0.3 s with this).
                .setBufferSize(text.length() + 1)
                .build();
        Optional<Node> root;
        try {
            Parser parser = new Guarded(new ParserImpl(settings, new StreamReader(settings, text)));
            root = new Composer(settings, parser).getSingleNode();
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> at = e.getProblemMark().or(e::getContextMark);
            throw new Refusal(reason(e), at.map(m -> m.getLine() + 1).orElse(0), at.map(m -> m.getColumn() + 1).orElse(0));
        } catch (YamlEngineException e) {
            throw new Refusal(reason(e), 0, 0);
        }
        if (root.isEmpty()) {
            return null;
        }
        YamlTree tree = new YamlTree();
        JsonNode value = tree.convert(root.get(), "", 0, 0);
        return new SpecDocument(value, tree.budget.locator());
    }

    /**
     * A fixed description of what is wrong. The library's own messages quote the offending text, which
     * may be a secret, so they are never passed on.
     */
    private static String reason(YamlEngineException e) {
        String problem = e instanceof MarkedYamlEngineException m ? m.getContext() + " " + m.getProblem() : "";
        if (problem.contains("found undefined alias")) {
            return "an alias names no anchor";
        }
        if (problem.contains("referencing mapping")) {
            return "a merge key (<<) whose value is not a mapping or a list of mappings";
        }
        if (problem.contains("Number of aliases")) {
            return "more than " + SpecLimits.MAX_ALIASES + " aliases";
        }
        if (problem.contains("expected a single document")) {
            return "more than one YAML document (only one is read)";
        }
        if (problem.contains("special characters are not allowed")) {
            return "a control character that YAML does not allow";
        }
        if (String.valueOf(e.getMessage()).contains("code points")) {
            return "more than " + SpecLimits.MAX_BYTES + " characters";
        }
        return "broken YAML syntax";
    }

    /** Converts a value; {@code keyLine} is the line of its key (findings point there), or 0 for none. */
    private JsonNode convert(Node node, String path, int depth, int keyLine) {
        int line = keyLine > 0 ? keyLine : line(node);
        int column = column(node);
        budget.value(path, depth, line, column);
        if (!SUPPORTED.contains(node.getTag())) {
            throw refusal("a YAML tag outside the core schema (kvguard reads plain values only)", node);
        }
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar, line, column);
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = NODES.arrayNode();
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                array.add(convert(items.get(i), TreeBudget.item(path, i), depth + 1, 0));
            }
            return array;
        }
        return mapping((MappingNode) node, path, depth);
    }

    private ObjectNode mapping(MappingNode node, String path, int depth) {
        YamlMapping out = new YamlMapping(NODES);
        // The composer has already applied merge keys (<<), keys written here winning over merged ones.
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode key) || !SUPPORTED.contains(keyNode.getTag())) {
                throw refusal("a mapping key that is not a plain value", keyNode);
            }
            TreeBudget.text(key.getValue(), line(key), column(key));
            if (out.has(key.getValue())) {
                throw refusal("a key repeated in one mapping", key);
            }
            if (!key.getTag().equals(Tag.STR)) {
                out.markNonTextKey(key.getValue(), key.getTag().equals(Tag.NULL) ? "a null"
                        : key.getTag().equals(Tag.BOOL) ? "a boolean" : "a number");
            }
            out.set(key.getValue(), convert(tuple.getValueNode(), TreeBudget.child(path, key.getValue()), depth + 1, line(key)));
        }
        return out;
    }

    private static JsonNode scalar(ScalarNode node, int line, int column) {
        String text = node.getValue();
        Tag tag = node.getTag();
        if (tag.equals(Tag.STR)) {
            return NODES.textNode(TreeBudget.text(text, line, column));
        }
        if (tag.equals(Tag.BOOL) && BOOL.matcher(text).matches()) {
            return NODES.booleanNode(text.charAt(0) == 't' || text.charAt(0) == 'T');
        }
        if (tag.equals(Tag.NULL) && NULL.matcher(text).matches()) {
            return NODES.nullNode();
        }
        if (tag.equals(Tag.INT)) {
            return integer(text, line, column);
        }
        if (tag.equals(Tag.FLOAT)) {
            if (INFINITY.matcher(text).matches()) {
                return new SpelledFloat(text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, text);
            }
            if (NAN.matcher(text).matches()) {
                return new SpelledFloat(Double.NaN, text);
            }
            if (FLOAT.matcher(text).matches() && text.length() <= SpecLimits.MAX_NUMBER_LENGTH) {
                return new SpelledFloat(Double.parseDouble(text), text);
            }
        }
        throw new Refusal("a value that does not match its tag", line, column);
    }

    private static JsonNode integer(String text, int line, int column) {
        if (text.length() > SpecLimits.MAX_NUMBER_LENGTH) {
            throw new Refusal("a number longer than " + SpecLimits.MAX_NUMBER_LENGTH + " characters", line, column);
        }
        BigInteger value;
        if (DECIMAL.matcher(text).matches()) {
            value = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
        } else if (OCTAL.matcher(text).matches()) {
            value = new BigInteger(text.substring(2), 8);
        } else if (HEX.matcher(text).matches()) {
            value = new BigInteger(text.substring(2), 16);
        } else {
            throw new Refusal("a value that does not match its tag", line, column);
        }
        return CANONICAL.matcher(text).matches() ? TreeBudget.number(value) : new SpelledInteger(value, text);
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private static int column(Node node) {
        return node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }

    private static Refusal refusal(String reason, Node node) {
        return new Refusal(reason, line(node), column(node));
    }

    /**
     * Refuses nesting and alias counts beyond the limits while parsing, before the composer recurses, and
     * repeated keys before the composer applies merge keys (which would hide a second {@code <<}, a key
     * yaml.v3 also refuses to see twice).
     */
    private static final class Guarded implements Parser {
        private final Parser events;
        private final Deque<Frame> open = new ArrayDeque<>();
        private int aliases;

        /** An open mapping or list: how many nodes it holds so far, and a mapping's keys. */
        private static final class Frame {
            final boolean mapping;
            final Set<String> keys = new HashSet<>();
            int nodes;

            Frame(boolean mapping) {
                this.mapping = mapping;
            }
        }

        Guarded(Parser events) {
            this.events = events;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return events.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return events.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return events.hasNext();
        }

        @Override
        public Event next() {
            Event event = events.next();
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    node(event, null);
                    open.push(new Frame(event.getEventId() == Event.ID.MappingStart));
                    if (open.size() > SpecLimits.MAX_DEPTH) {
                        throw refusal("nested deeper than " + SpecLimits.MAX_DEPTH + " levels", event);
                    }
                }
                case MappingEnd, SequenceEnd -> {
                    open.pop();
                    counted();
                }
                case Scalar -> {
                    node(event, ((ScalarEvent) event).getValue());
                    counted();
                }
                case Alias -> {
                    if (++aliases > SpecLimits.MAX_ALIASES) {
                        throw refusal("more than " + SpecLimits.MAX_ALIASES + " aliases", event);
                    }
                    node(event, null);
                    counted();
                }
                default -> {
                }
            }
            return event;
        }

        /** A node starts; in a mapping, every other node is a key, and a key's text may appear once. */
        private void node(Event event, String text) {
            Frame top = open.peek();
            if (top != null && top.mapping && top.nodes % 2 == 0 && text != null && !top.keys.add(text)) {
                throw refusal("a key repeated in one mapping", event);
            }
        }

        private void counted() {
            Frame top = open.peek();
            if (top != null) {
                top.nodes++;
            }
        }

        private static Refusal refusal(String reason, Event event) {
            Optional<Mark> at = event.getStartMark();
            return new Refusal(reason, at.map(m -> m.getLine() + 1).orElse(0), at.map(m -> m.getColumn() + 1).orElse(0));
        }
    }
}
