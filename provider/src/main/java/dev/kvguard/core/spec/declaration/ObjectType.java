package dev.kvguard.core.spec.declaration;

import dev.kvguard.core.spec.SpecEnum;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mapping in a spec file: a component's inputs or one of the types they nest. Its properties are
 * declared in the order the binder has always read them, which is the order "known properties" lists
 * and the generated {@code Args} classes show.
 *
 * <p>The declaring methods are package-private: only {@link Inputs} declares (and tests in this package,
 * whose types are in no schema).
 */
public final class ObjectType {
    private final String name;
    private final String description;
    private final boolean component;
    private final List<Property<?>> properties = new ArrayList<>();
    private final Map<String, String> outputs = new LinkedHashMap<>();
    private OneOf oneOf;

    private ObjectType(String name, String description, boolean component) {
        this.name = name;
        this.description = description;
        this.component = component;
    }

    static ObjectType component(String name, String description) {
        return new ObjectType(name, description, true);
    }

    static ObjectType type(String name, String description) {
        return new ObjectType(name, description, false);
    }

    /** The schema name, {@code NetworkRules} in {@code kvguard:index:NetworkRules}. */
    public String name() {
        return name;
    }

    /** The name of the generated builder class, {@code NetworkRulesArgs}. */
    public String argsClassName() {
        return name + "Args";
    }

    public String description() {
        return description;
    }

    /** Whether this is a component's inputs rather than a nested type. */
    public boolean isComponent() {
        return component;
    }

    /** Every property, in declaration order. */
    public List<Property<?>> properties() {
        return Collections.unmodifiableList(properties);
    }

    /** Property names in declaration order. */
    public List<String> propertyNames() {
        return properties.stream().map(Property::name).toList();
    }

    public Optional<Property<?>> property(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).<Property<?>>map(p -> p).findFirst();
    }

    /** A component's outputs, name to description; empty for a nested type. */
    public Map<String, String> outputs() {
        return Collections.unmodifiableMap(outputs);
    }

    /** The two properties of which a mapping of this type must give exactly one, if it has such a pair. */
    public Optional<OneOf> oneOf() {
        return Optional.ofNullable(oneOf);
    }

    Property<String> string(String name, String description) {
        return add(name, Kind.STRING, false, description, null, null);
    }

    Property<String> requiredString(String name, String description) {
        return add(name, Kind.STRING, true, description, null, null);
    }

    Property<Integer> integer(String name, String description) {
        return add(name, Kind.INTEGER, false, description, null, null);
    }

    /** A whole number that takes {@code defaultValue} when absent. */
    Property<Integer> integer(String name, int defaultValue, String description) {
        return add(name, Kind.INTEGER, false, description, null, null, defaultValue);
    }

    Property<Boolean> bool(String name, String description) {
        return add(name, Kind.BOOLEAN, false, description, null, null);
    }

    /** A switch that takes {@code defaultValue} when absent. */
    Property<Boolean> bool(String name, boolean defaultValue, String description) {
        return add(name, Kind.BOOLEAN, false, description, null, null, defaultValue);
    }

    <E extends Enum<E> & SpecEnum> Property<E> enumValue(String name, Class<E> type, String description) {
        return add(name, Kind.ENUM, false, description, type, null);
    }

    <E extends Enum<E> & SpecEnum> Property<E> requiredEnum(String name, Class<E> type, String description) {
        return add(name, Kind.ENUM, true, description, type, null);
    }

    Property<List<String>> strings(String name, String description) {
        return add(name, Kind.STRING_LIST, false, description, null, null);
    }

    Property<List<Integer>> integers(String name, String description) {
        return add(name, Kind.INTEGER_LIST, false, description, null, null);
    }

    <E extends Enum<E> & SpecEnum> Property<List<E>> enums(String name, Class<E> type, String description) {
        return add(name, Kind.ENUM_LIST, false, description, type, null);
    }

    Property<Map<String, String>> stringMap(String name, String description) {
        return add(name, Kind.STRING_MAP, false, description, null, null);
    }

    Property<ObjectType> object(String name, ObjectType type, String description) {
        return add(name, Kind.OBJECT, false, description, null, type);
    }

    Property<ObjectType> requiredObject(String name, ObjectType type, String description) {
        return add(name, Kind.OBJECT, true, description, null, type);
    }

    Property<List<ObjectType>> objects(String name, ObjectType type, String description) {
        return add(name, Kind.OBJECT_LIST, false, description, null, type);
    }

    void output(String name, String description) {
        outputs.put(name, description);
    }

    /** Declares that a mapping of this type gives exactly one of {@code choice}'s two properties. */
    void exactlyOne(OneOf choice) {
        if (choice.first().owner() != this || choice.second().owner() != this) {
            throw new IllegalStateException(name + " can only choose between its own properties: " + choice);
        }
        oneOf = choice;
    }

    private <T> Property<T> add(String name, Kind kind, boolean required, String description,
                                Class<? extends SpecEnum> enumType, ObjectType objectType) {
        return add(name, kind, required, description, enumType, objectType, null);
    }

    private <T> Property<T> add(String name, Kind kind, boolean required, String description,
                                Class<? extends SpecEnum> enumType, ObjectType objectType, T defaultValue) {
        if (property(name).isPresent()) {
            throw new IllegalStateException(this.name + " declares '" + name + "' twice");
        }
        Property<T> p = new Property<>(this, name, kind, required, description, enumType, objectType, defaultValue);
        properties.add(p);
        return p;
    }

    @Override
    public String toString() {
        return name;
    }
}
