package dev.kvguard.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.internal.Internal;
import com.pulumi.core.internal.OutputData;
import com.pulumi.resources.ResourceArgs;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Turns component inputs into the same JSON tree a spec file parses to, so that one binder serves
 * both (a spec file and a component cannot drift apart). Property names come from {@code @Import}.
 *
 * <p>{@link #peek} is synchronous and takes only values known now (plain values, resolved outputs);
 * unknown ones are listed as deferred paths. {@link #resolve} waits for every output and carries their
 * resource dependencies. Reading an output's state synchronously needs Pulumi's internal output API:
 * the public API offers no non-blocking "is this value already known?".
 */
public final class InputTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Stands in for a value that is not known yet, so that the structure stays visible (a workspace id
     * that will exist still means "logging is configured"). Findings at such paths are not trusted.
     */
    public static final String UNKNOWN = "(known after deployment)";

    private InputTree() {
    }

    /** Known values, and the paths whose values are not known yet. */
    public record Snapshot(ObjectNode tree, Set<String> deferred) {
    }

    public static Snapshot peek(ResourceArgs args) {
        Set<String> deferred = new LinkedHashSet<>();
        JsonNode tree = peekValue(args, "", deferred);
        return new Snapshot(tree instanceof ObjectNode o ? o : NODES.objectNode(), deferred);
    }

    /** The complete tree, once every output has resolved. */
    public static Output<JsonNode> resolve(ResourceArgs args) {
        return resolveValue(args);
    }

    private static JsonNode peekValue(Object value, String path, Set<String> deferred) {
        if (value instanceof Output<?> output) {
            CompletableFuture<? extends OutputData<?>> data = Internal.of(output).getDataAsync();
            if (!data.isDone() || data.isCompletedExceptionally() || !data.join().isKnown()) {
                deferred.add(path);
                return NODES.textNode(UNKNOWN);
            }
            return peekValue(data.join().getValueNullable(), path, deferred);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            for (int i = 0; i < list.size(); i++) {
                array.add(peekValue(list.get(i), path + "[" + i + "]", deferred));
            }
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), peekValue(v, child(path, String.valueOf(k)), deferred)));
            return object;
        }
        if (value instanceof ResourceArgs args) {
            ObjectNode object = NODES.objectNode();
            for (Field field : inputFields(args.getClass())) {
                JsonNode node = peekValue(read(field, args), child(path, name(field)), deferred);
                if (!node.isNull()) {
                    object.set(name(field), node);
                }
            }
            return object;
        }
        return scalar(value);
    }

    private static Output<JsonNode> resolveValue(Object value) {
        if (value instanceof Output<?> output) {
            return output.apply(InputTree::resolveValue);
        }
        if (value instanceof List<?> list) {
            List<Output<JsonNode>> items = new ArrayList<>();
            list.forEach(item -> items.add(resolveValue(item)));
            return Output.all(items).applyValue(nodes -> {
                ArrayNode array = NODES.arrayNode();
                nodes.forEach(array::add);
                return array;
            });
        }
        if (value instanceof Map<?, ?> map) {
            List<String> keys = new ArrayList<>();
            List<Output<JsonNode>> values = new ArrayList<>();
            map.forEach((k, v) -> {
                keys.add(String.valueOf(k));
                values.add(resolveValue(v));
            });
            return Output.all(values).applyValue(nodes -> object(keys, nodes));
        }
        if (value instanceof ResourceArgs args) {
            List<String> keys = new ArrayList<>();
            List<Output<JsonNode>> values = new ArrayList<>();
            for (Field field : inputFields(args.getClass())) {
                keys.add(name(field));
                values.add(resolveValue(read(field, args)));
            }
            return Output.all(values).applyValue(nodes -> object(keys, nodes));
        }
        return Output.of(scalar(value));
    }

    private static JsonNode object(List<String> keys, List<JsonNode> nodes) {
        ObjectNode object = NODES.objectNode();
        for (int i = 0; i < keys.size(); i++) {
            if (!nodes.get(i).isNull()) {
                object.set(keys.get(i), nodes.get(i));
            }
        }
        return object;
    }

    private static JsonNode scalar(Object value) {
        if (value == null) {
            return NullNode.getInstance();
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return NODES.numberNode(n.doubleValue());
        }
        return NODES.textNode(String.valueOf(value));
    }

    static List<Field> inputFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && field.isAnnotationPresent(Import.class)) {
                field.setAccessible(true);
                fields.add(field);
            }
        }
        return fields;
    }

    private static String name(Field field) {
        String name = field.getAnnotation(Import.class).name();
        return name.isEmpty() ? field.getName() : name;
    }

    private static Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read input " + field, e);
        }
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
