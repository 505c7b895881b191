package dev.kvguard.core.spec.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.ExistingVaultSpec;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.spec.declaration.Kind;
import dev.kvguard.core.spec.declaration.ObjectType;
import dev.kvguard.core.spec.declaration.OneOf;
import dev.kvguard.core.spec.declaration.Property;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Binds a mapping of one declared {@link ObjectType} to a spec record, with no code per property: each record
 * component is read through the declared property of the same name, by its {@link Kind}, and the canonical
 * constructor is called. A nested mapping (or list of them) is bound the same way to the component's own
 * record type. What the binding cannot take from a component's type comes from the declaration: the default
 * of a primitive ({@link Property#defaultValue()}), and the pair of properties of which a mapping gives
 * exactly one ({@link ObjectType#oneOf()}).
 *
 * <p>Absence is the record's to interpret: an absent list, map or mapping is passed as null (so a record can
 * tell "not given" from "given empty", as observed settings and private DNS zones do), an unusable one as
 * the reader made it (empty, or null for an override). Properties are read in declaration order. A mapping
 * without one usable choice of its exactly-one pair (given both ways or neither, or its one form unusable) is
 * reported; it is then dropped from its list, or keeps its other properties with neither choice set, as its
 * {@link OneOf#whenUnusable()} says.
 *
 * <p>A binding is checked when it is made (one component per property, by name and by Java type, and the
 * other way round) and cached, since every preview binds.
 *
 * @param <R> the record a mapping of the type is bound to
 */
final class RecordBinding<R extends Record> {

    /**
     * Types bound by hand: an observed vault flattens its {@code networkRules} view into the record the
     * adoption rules compare with, and tells an absent list from an empty one ({@link ExistingBinder}).
     */
    private static final Map<ObjectType, HandBound> HAND_BOUND = Map.of(Inputs.ObservedVault.TYPE,
            new HandBound(ExistingVaultSpec.Observed.class, ExistingBinder::observed));

    private static final Map<Key, RecordBinding<?>> CACHE = new ConcurrentHashMap<>();

    private final ObjectType type;
    private final Class<R> record;
    private final Constructor<R> constructor;
    /** One reader per component, in declaration order of the properties, each knowing its component's index. */
    private final List<Reader> readers;
    private final int components;
    /** The pair of which a mapping gives exactly one, with their component indices; null when none. */
    private final OneOf oneOf;
    private final int first;
    private final int second;
    /** Every type this binding reaches, itself first, to the record it is bound to (or the hand-bound type). */
    private final Map<ObjectType, Class<?>> reached = new LinkedHashMap<>();

    private record Key(ObjectType type, Class<?> record) {
    }

    private record HandBound(Class<?> javaType, Function<ObjectBinder, ?> binder) {
    }

    /** Reads one property into the argument array of the canonical constructor. */
    private record Reader(int index, Function<ObjectBinder, Object> read) {
    }

    /** The binding of {@code type} to {@code record}; thrown out when they do not correspond. */
    @SuppressWarnings("unchecked")
    static <R extends Record> RecordBinding<R> of(ObjectType type, Class<R> record) {
        Key key = new Key(type, record);
        RecordBinding<?> cached = CACHE.get(key);
        if (cached == null) {
            // Built outside the map: a binding builds its nested ones through here first.
            cached = new RecordBinding<>(type, record);
            RecordBinding<?> raced = CACHE.putIfAbsent(key, cached);
            cached = raced == null ? cached : raced;
        }
        return (RecordBinding<R>) cached;
    }

    private RecordBinding(ObjectType type, Class<R> record) {
        this.type = type;
        this.record = record;
        reached.put(type, record);
        RecordComponent[] parts = record.getRecordComponents();
        components = parts.length;
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            index.put(parts[i].getName(), i);
        }
        List<String> problems = new ArrayList<>();
        List<Reader> in = new ArrayList<>();
        for (Property<?> p : type.properties()) {
            Integer i = index.remove(p.name());
            if (i == null) {
                problems.add("add the component '" + javaType(p) + " " + p.name() + "' for " + p + " (" + p.kind() + ")");
                continue;
            }
            RecordComponent part = parts[i];
            String mismatch = mismatch(p, part);
            if (mismatch != null) {
                problems.add(mismatch);
                continue;
            }
            in.add(new Reader(i, reader(p, part)));
        }
        index.keySet().forEach(name -> problems.add("remove the component '" + name + "' or declare the property "
                + type.name() + "." + name));
        if (!problems.isEmpty()) {
            throw new IllegalStateException(record.getSimpleName() + " does not match its declaration " + type.name()
                    + ": " + String.join("; ", problems) + ".");
        }
        readers = List.copyOf(in);
        oneOf = type.oneOf().orElse(null);
        first = oneOf == null ? -1 : componentIndex(parts, oneOf.first());
        second = oneOf == null ? -1 : componentIndex(parts, oneOf.second());
        constructor = canonical(record, parts);
    }

    /** Every declared type this binding reaches, itself first, each to the Java type its mappings become. */
    Map<ObjectType, Class<?>> reached() {
        return java.util.Collections.unmodifiableMap(reached);
    }

    /** Binds a whole tree of this type at {@code path}: the value, and the structural findings sorted. */
    SpecBinder.Bound<R> bindTree(JsonNode root, InputPath path) {
        Findings findings = new Findings();
        ObjectBinder in = new ObjectBinder(root, path, findings, type);
        R value = bind(in);
        in.finish();
        return new SpecBinder.Bound<>(value, findings.sorted());
    }

    /**
     * Binds the mapping {@code in} reads, or returns null when it cannot make the record (reported);
     * unknown properties are left to the caller's {@code finish()}.
     */
    R bind(ObjectBinder in) {
        Object[] args = new Object[components];
        for (Reader r : readers) {
            args[r.index()] = r.read().apply(in);
        }
        if (oneOf != null) {
            boolean hasFirst = in.has(oneOf.first());
            if (hasFirst == in.has(oneOf.second())) {
                in.require("'" + in.path() + "' must name exactly one of '" + oneOf.first().name() + "' ("
                                + oneOf.firstMeaning() + ") or '" + oneOf.second().name() + "' (" + oneOf.secondMeaning() + ")"
                                + (hasFirst ? ", not both." : "."),
                        hasFirst ? oneOf.fixWhenBoth() : oneOf.fixWhenNeither(), in.path());
                args[first] = null;
                args[second] = null;
            }
            // Neither usable (both or neither given, or the one given unusable): all of it has been reported.
            if (args[first] == null && args[second] == null && oneOf.whenUnusable() == OneOf.WhenUnusable.DROP_ITEM) {
                return null;
            }
        }
        return construct(args);
    }

    private R construct(Object[] args) {
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(record.getSimpleName() + " refused the bound values", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(record.getSimpleName() + " cannot be constructed", e);
        }
    }

    private Function<ObjectBinder, Object> reader(Property<?> p, RecordComponent part) {
        Object fallback = p.defaultValue().orElse(null);
        return switch (p.kind()) {
            case STRING -> in -> in.string(cast(p));
            case INTEGER -> in -> orElse(in.integer(cast(p)), fallback);
            case BOOLEAN -> in -> orElse(in.bool(cast(p)), fallback);
            case ENUM -> in -> enumValue(in, p);
            case STRING_LIST, OBJECT_LIST -> list(p, part);
            case INTEGER_LIST -> in -> in.has(p) ? in.integers(cast(p)) : null;
            case ENUM_LIST -> in -> in.has(p) ? in.enums(cast(p)) : null;
            case STRING_MAP -> in -> in.has(p) ? in.stringMap(cast(p)) : null;
            case OBJECT -> {
                Function<ObjectBinder, Object> nested = nested(p, part.getType());
                yield in -> in.object(cast(p), nested);
            }
        };
    }

    /**
     * The one place lists of strings and of mappings are read: absent is null; items that are unusable, or
     * mappings that cannot make their record, are reported and dropped, the others keeping their indices in
     * the user's list ({@code SpecList}).
     */
    private Function<ObjectBinder, Object> list(Property<?> p, RecordComponent part) {
        if (p.kind() == Kind.STRING_LIST) {
            return in -> in.has(p) ? in.strings(cast(p)) : null;
        }
        Class<?> item = (Class<?>) itemType(part.getGenericType());
        Function<ObjectBinder, Object> nested = nested(p, item);
        return in -> in.has(p) ? in.objects(cast(p), nested) : null;
    }

    /** The binder of the nested type of {@code p}, whose mappings become {@code javaType}. */
    private Function<ObjectBinder, Object> nested(Property<?> p, Class<?> javaType) {
        ObjectType nested = p.objectType().orElseThrow();
        HandBound hand = HAND_BOUND.get(nested);
        if (hand != null) {
            reached.putIfAbsent(nested, hand.javaType());
            return in -> hand.binder().apply(in);
        }
        RecordBinding<?> binding = of(nested, javaType.asSubclass(Record.class));
        binding.reached.forEach(reached::putIfAbsent);
        return binding::bind;
    }

    /** Why {@code part} cannot carry {@code p}, in words saying what to change; null when it can. */
    private String mismatch(Property<?> p, RecordComponent part) {
        Class<?> raw = part.getType();
        Type generic = part.getGenericType();
        if (raw.isPrimitive() && p.defaultValue().isEmpty()) {
            return "give " + p + " a default in its declaration, or make the component '" + boxed(raw).getSimpleName()
                    + " " + p.name() + "' (a primitive has no value for an absent property)";
        }
        boolean fits = switch (p.kind()) {
            case STRING -> raw == String.class;
            case INTEGER -> raw == Integer.class || raw == int.class;
            case BOOLEAN -> raw == Boolean.class || raw == boolean.class;
            case ENUM -> raw == p.enumType().orElseThrow();
            case STRING_LIST -> raw == List.class && itemType(generic) == String.class;
            case INTEGER_LIST -> raw == List.class && itemType(generic) == Integer.class;
            case ENUM_LIST -> raw == List.class && itemType(generic) == p.enumType().orElseThrow();
            case STRING_MAP -> raw == Map.class && generic instanceof ParameterizedType m
                    && Arrays.equals(m.getActualTypeArguments(), new Type[] {String.class, String.class});
            case OBJECT -> bindable(p, raw);
            case OBJECT_LIST -> raw == List.class && itemType(generic) instanceof Class<?> item && bindable(p, item);
        };
        return fits ? null : "make the component '" + simpleName(generic) + " " + p.name() + "' a '"
                + javaType(p) + "' for " + p + " (" + p.kind() + ")";
    }

    /** Whether mappings of {@code p}'s nested type can become {@code javaType}. */
    private static boolean bindable(Property<?> p, Class<?> javaType) {
        HandBound hand = HAND_BOUND.get(p.objectType().orElseThrow());
        return hand != null ? hand.javaType() == javaType : javaType.isRecord();
    }

    /** The Java type a component carrying {@code p} has, as the fix names it. */
    private static String javaType(Property<?> p) {
        return javaType(p, p.objectType().map(t -> "<a record for " + t.name() + ">").orElse(""));
    }

    /**
     * The Java type, in simple names, of the component that carries {@code p}: a primitive where a default is
     * declared, {@code nested} (the record of its nested type) for a mapping.
     */
    static String javaType(Property<?> p, String nested) {
        String enumName = p.enumType().map(Class::getSimpleName).orElse("");
        return switch (p.kind()) {
            case STRING -> "String";
            case INTEGER -> p.defaultValue().isPresent() ? "int" : "Integer";
            case BOOLEAN -> p.defaultValue().isPresent() ? "boolean" : "Boolean";
            case ENUM -> enumName;
            case STRING_LIST -> "List<String>";
            case INTEGER_LIST -> "List<Integer>";
            case ENUM_LIST -> "List<" + enumName + ">";
            case STRING_MAP -> "Map<String, String>";
            case OBJECT -> nested;
            case OBJECT_LIST -> "List<" + nested + ">";
        };
    }

    /** {@code List<String>} for {@code java.util.List<java.lang.String>}. */
    static String simpleName(Type type) {
        return type.getTypeName().replaceAll("[\\w$]+\\.", "").replace('$', '.');
    }

    private static Type itemType(Type list) {
        return list instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    }

    private static Class<?> boxed(Class<?> primitive) {
        return primitive == int.class ? Integer.class : primitive == boolean.class ? Boolean.class : primitive;
    }

    private static int componentIndex(RecordComponent[] parts, Property<?> p) {
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].getName().equals(p.name())) {
                return i;
            }
        }
        throw new IllegalStateException(p + " has no component");
    }

    private static <R extends Record> Constructor<R> canonical(Class<R> record, RecordComponent[] parts) {
        try {
            Constructor<R> c = record.getDeclaredConstructor(Arrays.stream(parts).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
            // A record declared in a test may be package-private; the spec records are public.
            c.setAccessible(true);
            return c;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(record + " has no canonical constructor", e);
        }
    }

    private static Object orElse(Object value, Object fallback) {
        return value == null ? fallback : value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(ObjectBinder in, Property<?> p) {
        return in.enumValue((Property) p);
    }

    /** A handle as the reader of its kind takes it; the kind was matched against the component above. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Property<T> cast(Property<?> p) {
        return (Property) p;
    }
}
