package dev.kvguard.provider.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSet;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.internal.OutputData;
import com.pulumi.core.internal.OutputInternal;
import com.pulumi.provider.internal.properties.PropertyValue;
import com.pulumi.resources.DependencyResource;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceArgs;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.pulumi.InputTree;
import dev.kvguard.pulumi.PreviewGate;
import dev.kvguard.pulumi.SecretRedaction;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the inputs of a Construct call (already decoded from the wire into {@link PropertyValue}s) into
 * a component's {@code Args}. This works around the Pulumi Java SDK 1.36.1 provider
 * deserializer ({@code PropertyValueSerializer.deserialize}), which
 * <ul>
 *   <li>passes the raw {@code Map} class on instead of its generic type, so a map's values are
 *       deserialized as {@code Object} and every {@code Map<String, String>} input ({@code tags}) fails;</li>
 *   <li>drops the secret flag of an output value ({@code {sig: output, secret: true}});</li>
 *   <li>treats an output value without a value (unknown at preview) as a known {@code null}, and drops
 *       its dependencies;</li>
 *   <li>cannot read a resource reference into a string input.</li>
 * </ul>
 * Here every {@code Output} field keeps whether its value is known, whether it is secret, and the
 * resources it depends on. A secret, unknown or dependent value nested in a list or map marks the
 * nearest enclosing {@code Output}, which is the finest grain a Java {@code Args} field can hold. A
 * resource reference stands for the resource's id (kvguard's inputs name Azure resources by id) and
 * makes the input depend on that resource.
 */
public final class ConstructInputs {

    /** What the markers around a value said: carried up to the nearest enclosing {@code Output}. */
    private static final class Marks {
        boolean known = true;
        boolean secret;
        final Set<Resource> dependencies = new LinkedHashSet<>();
    }

    private ConstructInputs() {
    }

    /**
     * The {@code Args} of {@code type} built from the Construct inputs. An {@code Args} class has no place
     * for a property it does not know, nor for a value of the wrong type, so the raw inputs are also
     * checked as the component would check them ({@code check}, the spec binder and validator): a
     * property unknown to it, or a type mistake, fails with every finding at once, never one alone.
     */
    public static <T> T deserialize(String component, String name, Map<String, PropertyValue> inputs, Class<T> type,
                             Function<InputTree.Snapshot, List<Finding>> check) {
        List<Finding> mistakes = new ArrayList<>();
        T args = type.cast(object(inputs, type, InputPath.ROOT, mistakes));
        List<Finding> own = check.apply(rawTree(inputs));
        boolean unknownProperty = own.stream().anyMatch(f -> f.rule() == Rule.SPEC_UNKNOWN_PROPERTY);
        if (!mistakes.isEmpty() || unknownProperty) {
            Set<InputPath> reported = own.stream().filter(f -> f.rule() == Rule.SPEC_TYPE)
                    .map(Finding::path).collect(Collectors.toSet());
            List<Finding> all = new ArrayList<>(own);
            mistakes.stream().filter(m -> !reported.contains(m.path())).forEach(all::add);
            all.sort(Finding.ORDER);
            PreviewGate.stopOnErrors(component, name, all);
        }
        return args;
    }

    /** The inputs as the spec tree the binder reads: markers stripped, unknowns and secrets noted by path. */
    public static InputTree.Snapshot rawTree(Map<String, PropertyValue> inputs) {
        InputTree.Snapshot snapshot = new InputTree.Snapshot(JsonNodeFactory.instance.objectNode(), new LinkedHashSet<>(),
                List.of(), List.of(), new LinkedHashSet<>());
        inputs.forEach((k, v) -> {
            JsonNode node = raw(v, InputPath.of(k), snapshot);
            if (node != null) {
                snapshot.tree().set(k, node);
            }
        });
        return snapshot;
    }

    private static JsonNode raw(PropertyValue value, InputPath path, InputTree.Snapshot into) {
        Marks marks = new Marks();
        PropertyValue plain = unwrap(value, marks);
        if (marks.secret) {
            into.secrets().add(path);
        }
        if (!marks.known) {
            into.deferred().add(path);
            return JsonNodeFactory.instance.textNode(InputTree.UNKNOWN);
        }
        if (plain == null || plain.isNull()) {
            return null;
        }
        switch (plain.getType()) {
            case STRING:
                return JsonNodeFactory.instance.textNode(plain.getStringValue());
            case NUMBER:
                // The wire has only doubles; a whole one is read as the integer it stands for, as in a spec file.
                double number = plain.getNumberValue();
                return number == Math.rint(number) && Math.abs(number) < 1e15
                        ? JsonNodeFactory.instance.numberNode((long) number) : JsonNodeFactory.instance.numberNode(number);
            case BOOL:
                return JsonNodeFactory.instance.booleanNode(plain.getBooleanValue());
            case ARRAY:
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                List<PropertyValue> items = plain.getArrayValue();
                for (int i = 0; i < items.size(); i++) {
                    JsonNode item = raw(items.get(i), path.at(i), into);
                    array.add(item == null ? NullNode.getInstance() : item);
                }
                return array;
            case OBJECT:
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                plain.getObjectValue().forEach((k, v) -> {
                    JsonNode node = raw(v, path.child(k), into);
                    if (node != null) {
                        object.set(k, node);
                    }
                });
                return object;
            default:
                return JsonNodeFactory.instance.textNode(plain.toString());
        }
    }

    private static Object object(Map<String, PropertyValue> properties, Class<?> type, InputPath path, List<Finding> mistakes) {
        Object instance;
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            instance = constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("kvguard: " + type.getName() + " needs a no-argument constructor", e);
        }
        for (Field field : type.getDeclaredFields()) {
            Import input = field.getAnnotation(Import.class);
            if (input == null || Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            String name = input.name().isEmpty() ? field.getName() : input.name();
            PropertyValue value = properties.get(name);
            if (value == null) {
                continue;
            }
            field.setAccessible(true);
            try {
                field.set(instance, value(value, field.getGenericType(), path.child(name), new Marks(), mistakes));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("kvguard: cannot set input " + field, e);
            }
        }
        return instance;
    }

    /** Reads {@code value} as {@code type}; markers on it (and below it, up to the next Output) go to {@code marks}. */
    private static Object value(PropertyValue value, Type type, InputPath path, Marks marks, List<Finding> mistakes) {
        Class<?> raw = raw(type);
        if (raw == Output.class) {
            return output(value, argument(type, 0), path, mistakes);
        }
        PropertyValue plain = unwrap(value, marks);
        if (plain == null || plain.isNull()) {
            return null;
        }
        switch (plain.getType()) {
            case STRING:
                if (raw == String.class) {
                    return plain.getStringValue();
                }
                break;
            case NUMBER:
                double number = plain.getNumberValue();
                if (raw == Integer.class && number == Math.rint(number) && Math.abs(number) <= Integer.MAX_VALUE) {
                    return (int) number;
                }
                if (raw == Double.class) {
                    return number;
                }
                break;
            case BOOL:
                if (raw == Boolean.class) {
                    return plain.getBooleanValue();
                }
                break;
            case ARRAY:
                if (raw == List.class) {
                    List<Object> list = new ArrayList<>();
                    List<PropertyValue> items = plain.getArrayValue();
                    for (int i = 0; i < items.size(); i++) {
                        list.add(value(items.get(i), argument(type, 0), path.at(i), marks, mistakes));
                    }
                    return list;
                }
                break;
            case OBJECT:
                if (raw == Map.class) {
                    // Sorted, so that the same inputs always give the same registrations.
                    Map<String, Object> map = new TreeMap<>();
                    plain.getObjectValue().forEach((k, v) -> map.put(k, value(v, argument(type, 1), path.child(k), marks, mistakes)));
                    return map;
                }
                if (ResourceArgs.class.isAssignableFrom(raw)) {
                    return object(plain.getObjectValue(), raw, path, mistakes);
                }
                break;
            default:
                break;
        }
        // A secret is never echoed: the Construct error is printed in plain text.
        mistakes.add(Finding.of(Rule.SPEC_TYPE, path).value(marks.secret ? SecretRedaction.MARKER : plain.toString())
                .because("'" + path + "' must be " + describe(raw) + ", got " + plain.getType().name().toLowerCase() + ".",
                        "Pass " + describe(raw) + " for '" + path + "', as the package schema declares."));
        return null;
    }

    /** An {@code Output} that keeps the value's known, secret and dependency marks. */
    private static Output<Object> output(PropertyValue value, Type element, InputPath path, List<Finding> mistakes) {
        Marks marks = new Marks();
        Object inner = value(value, element, path, marks, mistakes);
        OutputData<Object> data = OutputData.ofNullable(ImmutableSet.copyOf(marks.dependencies),
                marks.known ? inner : null, marks.known, marks.secret);
        return new OutputInternal<>(data);
    }

    /** Strips secret, output-value, unknown and resource-reference markers, noting them; null when unknown. */
    private static PropertyValue unwrap(PropertyValue value, Marks marks) {
        PropertyValue v = value;
        while (true) {
            switch (v.getType()) {
                case SECRET:
                    marks.secret = true;
                    v = v.getSecretValue();
                    break;
                case OUTPUT:
                    PropertyValue.OutputReference reference = v.getOutputValue();
                    reference.getDependencies().forEach(urn -> marks.dependencies.add(new DependencyResource(urn)));
                    if (reference.getValue() == null) {
                        marks.known = false;
                        return null;
                    }
                    v = reference.getValue();
                    break;
                case RESOURCE:
                    PropertyValue.ResourceReference resource = v.getResourceValue();
                    marks.dependencies.add(new DependencyResource((String) read(resource, "URN")));
                    PropertyValue id = (PropertyValue) read(resource, "id");
                    if (id == null) {
                        marks.known = false;
                        return null;
                    }
                    v = id;
                    break;
                case COMPUTED:
                    marks.known = false;
                    return null;
                default:
                    return v;
            }
        }
    }

    /** The SDK's {@code ResourceReference} has no getters (1.36.1); its fields are read directly. */
    private static Object read(PropertyValue.ResourceReference reference, String field) {
        try {
            Field f = PropertyValue.ResourceReference.class.getDeclaredField(field);
            f.setAccessible(true);
            return f.get(reference);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("kvguard: unexpected Pulumi SDK version (ResourceReference." + field + ")", e);
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return type instanceof Class<?> c ? c : Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static String describe(Class<?> raw) {
        if (raw == String.class) {
            return "a string";
        }
        if (raw == Integer.class) {
            return "a whole number";
        }
        if (raw == Boolean.class) {
            return "true or false";
        }
        if (raw == List.class) {
            return "a list";
        }
        return "an object";
    }
}
