package dev.kvguard.core.spec.declaration;

/** What a property holds, as written in a spec file or passed to a component. */
public enum Kind {
    STRING,
    INTEGER,
    BOOLEAN,
    /** A string that must be one of the spec names of a {@link dev.kvguard.core.spec.SpecEnum}. */
    ENUM,
    STRING_LIST,
    INTEGER_LIST,
    /** A list of strings, each one of the spec names of a {@link dev.kvguard.core.spec.SpecEnum}. */
    ENUM_LIST,
    /** A mapping of names to strings (tags). */
    STRING_MAP,
    /** A nested mapping of another {@link ObjectType}. */
    OBJECT,
    /** A list of mappings of another {@link ObjectType}. */
    OBJECT_LIST;

    /** Whether the value is a list (and so gets a varargs overload in the generated builders). */
    public boolean isList() {
        return this == STRING_LIST || this == INTEGER_LIST || this == ENUM_LIST || this == OBJECT_LIST;
    }
}
