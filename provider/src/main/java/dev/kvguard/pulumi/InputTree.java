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
import dev.kvguard.core.finding.InputPath;
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
 * unknown ones are listed as deferred paths. {@link #settle} waits for the outputs that are not known
 * yet, then peeks again, and carries the resource dependencies of every output it read. Reading an
 * output's state synchronously needs Pulumi's internal output API: the public API offers no
 * non-blocking "is this value already known?". Waiting only for what is pending (rather than composing
 * an output per input) keeps a component's cost close to that of the resources it registers.
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

    /**
     * Known values, the paths whose values are not known yet, the outputs to wait for, the resolved
     * outputs that came from resources (whose dependencies the children must inherit), and the paths
     * of secret values (the tree holds them in plain text, so whatever is built from it must be secret).
     */
    public record Snapshot(ObjectNode tree, Set<InputPath> deferred, List<Output<?>> pending, List<Output<?>> fromResources,
                           Set<InputPath> secrets) {
        public Snapshot(ObjectNode tree, Set<InputPath> deferred) {
            this(tree, deferred, List.of(), List.of(), Set.of());
        }
    }

    public static Snapshot peek(ResourceArgs args) {
        Snapshot snapshot = new Snapshot(NODES.objectNode(), new LinkedHashSet<>(), new ArrayList<>(), new ArrayList<>(),
                new LinkedHashSet<>());
        JsonNode tree = peekValue(args, InputPath.ROOT, snapshot);
        return new Snapshot(tree instanceof ObjectNode o ? o : NODES.objectNode(), snapshot.deferred(), snapshot.pending(),
                snapshot.fromResources(), snapshot.secrets());
    }

    /**
     * The complete snapshot, once every pending output has resolved, carrying every input's dependencies.
     * It is secret when any input is: the snapshot is one tree, so kvguard cannot tell which values built
     * from it came from the secret ones, and keeps them all secret rather than leak one.
     */
    public static Output<Snapshot> settle(ResourceArgs args) {
        Snapshot snapshot = peek(args);
        if (!snapshot.pending().isEmpty()) {
            // The resolved outputs go in too: their dependencies must reach the children even while
            // (in a preview) the pending ones stay unknown.
            List<Output<?>> waitFor = new ArrayList<>(snapshot.pending());
            waitFor.addAll(snapshot.fromResources());
            return all(waitFor).apply(resolved -> settle(args));
        }
        Output<Snapshot> settled = snapshot.fromResources().isEmpty() ? Output.of(snapshot)
                : all(snapshot.fromResources()).applyValue(resolved -> snapshot);
        return snapshot.secrets().isEmpty() ? settled : settled.asSecret();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Output<List<Object>> all(List<Output<?>> outputs) {
        return Output.all((List) List.copyOf(outputs));
    }

    private static JsonNode peekValue(Object value, InputPath path, Snapshot into) {
        if (value instanceof Output<?> output) {
            CompletableFuture<? extends OutputData<?>> data = Internal.of(output).getDataAsync();
            if (!data.isDone() || data.isCompletedExceptionally() || !data.join().isKnown()) {
                into.deferred().add(path);
                into.pending().add(output);
                return NODES.textNode(UNKNOWN);
            }
            if (!data.join().getResources().isEmpty()) {
                into.fromResources().add(output);
            }
            if (data.join().isSecret()) {
                into.secrets().add(path);
            }
            return peekValue(data.join().getValueNullable(), path, into);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            for (int i = 0; i < list.size(); i++) {
                array.add(peekValue(list.get(i), path.at(i), into));
            }
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), peekValue(v, path.child(String.valueOf(k)), into)));
            return object;
        }
        if (value instanceof ResourceArgs args) {
            ObjectNode object = NODES.objectNode();
            for (Field field : inputFields(args.getClass())) {
                JsonNode node = peekValue(read(field, args), path.child(name(field)), into);
                if (!node.isNull()) {
                    object.set(name(field), node);
                }
            }
            return object;
        }
        return scalar(value);
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
}
