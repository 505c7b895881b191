package dev.kvguard.core.spec.declaration;

import dev.kvguard.core.spec.SpecEnum;
import java.util.Objects;
import java.util.Optional;

/**
 * One declared property of an {@link ObjectType}. {@code T} is the Java type the binder reads it as
 * ({@code String}, {@code Integer}, an enum, a list of those, a map, or {@link ObjectType} for a nested
 * mapping), so that a handle passed to the wrong reader does not compile.
 *
 * @param <T> the value type the binder produces
 */
public final class Property<T> {
    private final ObjectType owner;
    private final String name;
    private final Kind kind;
    private final boolean required;
    private final String description;
    private final Class<? extends SpecEnum> enumType;
    private final ObjectType objectType;
    private final T defaultValue;

    Property(ObjectType owner, String name, Kind kind, boolean required, String description,
             Class<? extends SpecEnum> enumType, ObjectType objectType, T defaultValue) {
        this.owner = Objects.requireNonNull(owner);
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.required = required;
        this.description = Objects.requireNonNull(description);
        this.enumType = enumType;
        this.objectType = objectType;
        this.defaultValue = defaultValue;
    }

    /** The object type that declares this property. */
    public ObjectType owner() {
        return owner;
    }

    /** The name in spec files, component inputs and the schema. */
    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public boolean required() {
        return required;
    }

    /** One or two sentences in Markdown (backticks for code), as the schema and the Args Javadoc show them. */
    public String description() {
        return description;
    }

    /** The enum whose spec names are the allowed values, for {@link Kind#ENUM} and {@link Kind#ENUM_LIST}. */
    public Optional<Class<? extends SpecEnum>> enumType() {
        return Optional.ofNullable(enumType);
    }

    /** The nested type, for {@link Kind#OBJECT} and {@link Kind#OBJECT_LIST}. */
    public Optional<ObjectType> objectType() {
        return Optional.ofNullable(objectType);
    }

    /**
     * The value an absent (or unusable) scalar takes, where the spec record holds it as a primitive
     * ({@code int}, {@code boolean}); empty where absence is a value of its own (null) or the record decides.
     */
    public Optional<T> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** {@code NetworkRules.ipRules}: the owner's name and this property's. */
    public String qualifiedName() {
        return owner.name() + "." + name;
    }

    @Override
    public String toString() {
        return qualifiedName();
    }
}
