package dev.kvguard.core.spec.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.spec.SpecEnum;
import dev.kvguard.core.spec.SpecList;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.spec.declaration.ObjectType;
import dev.kvguard.core.spec.declaration.Property;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads the properties of one mapping in a spec tree, recording a finding for every structural problem
 * (missing, wrong type, unknown value, unknown property) instead of stopping at the first. Each read
 * returns null (or an empty list) when the property is absent or unusable, so binding always finishes.
 *
 * <p>Properties are read through their declared handles ({@link Inputs}); the properties this mapping
 * knows, for the unknown-property finding and its "did you mean", are those its type declares.
 */
final class ObjectBinder {
    private final JsonNode node;
    private final InputPath path;
    private final Findings findings;
    private final Set<String> known = new LinkedHashSet<>();

    /** Azure's names for properties that kvguard names differently (a virtual-network rule's 'id' is its subnet id). */
    private static final Map<String, Property<String>> AZURE_NAMES = Map.of("id", Inputs.VirtualNetworkRule.SUBNET_ID);

    ObjectBinder(JsonNode node, InputPath path, Findings findings, ObjectType type) {
        this(node, path, findings, type.properties());
    }

    /** A binder that knows only {@code properties}, in that order: a view of a type that accepts part of it. */
    ObjectBinder(JsonNode node, InputPath path, Findings findings, List<? extends Property<?>> properties) {
        this.node = node;
        this.path = path;
        this.findings = findings;
        properties.forEach(p -> known.add(p.name()));
    }

    InputPath path() {
        return path;
    }

    InputPath child(String name) {
        return path.child(name);
    }

    /** The value of a property, unread and unchecked; null when absent or null. */
    JsonNode raw(Property<?> property) {
        String name = property.name();
        if (!known.contains(name)) {
            // A binder reading a property its type does not declare is a bug in kvguard, not in the spec.
            throw new IllegalStateException(property + " is not declared for '" + path + "', which knows " + known);
        }
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    boolean has(Property<?> property) {
        return raw(property) != null;
    }

    /** A string, reported when missing if the declaration says it is required. */
    String string(Property<String> property) {
        return string(property, property.required());
    }

    /** A string, required or not whatever the declaration says (a view that needs more than its type). */
    String string(Property<String> property, boolean required) {
        return text(property, required);
    }

    /** The text of a scalar property (a string, or an enum's spelling). */
    private String text(Property<?> property, boolean required) {
        String name = property.name();
        JsonNode value = raw(property);
        if (value == null) {
            if (required) {
                findings.add(Finding.of(Rule.SPEC_REQUIRED, child(name))
                        .because("'" + child(name) + "' is required but missing.", "Add '" + name + "'."));
            }
            return null;
        }
        return scalarText(value, child(name), "a string");
    }

    Integer integer(Property<Integer> property) {
        String name = property.name();
        JsonNode value = raw(property);
        if (value == null) {
            return null;
        }
        return wholeNumber(value, child(name));
    }

    /**
     * A whole number written in plain decimal. Other spellings are refused rather than converted, since
     * readers disagree on them: YAML 1.1 and Go read {@code 017} as octal 15, YAML 1.2 as 17.
     */
    private Integer wholeNumber(JsonNode value, InputPath at) {
        if (value instanceof SpelledInteger spelled) {
            findings.add(Finding.of(Rule.SPEC_TYPE, at).value(spelled.spelling())
                    .because("'" + at + "' is written '" + spelled.spelling() + "', " + Describe.spelling(spelled.spelling())
                                    + "; kvguard takes whole numbers in plain decimal only, so that every reader agrees.",
                            "Write '" + at + "' in plain decimal digits, without a sign, leading zeros or 0o/0x, e.g. "
                                    + spelled.bigIntegerValue() + "."));
            return null;
        }
        if (value.isFloatingPointNumber()) {
            double number = value.doubleValue();
            boolean whole = Double.isFinite(number) && number == Math.rint(number) && Math.abs(number) <= Integer.MAX_VALUE;
            findings.add(Finding.of(Rule.SPEC_TYPE, at).value(value.asText())
                    .because("'" + at + "' must be a whole number but is " + value.asText()
                                    + ", written with a decimal point or an exponent.",
                            whole ? "Write '" + at + "' as " + (long) number + "."
                                    : "Write '" + at + "' as a whole number in plain decimal digits."));
            return null;
        }
        if (value.isIntegralNumber() && !value.canConvertToInt()) {
            findings.add(Finding.of(Rule.SPEC_TYPE, at).value(value.asText()).limit("from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE)
                    .because("'" + at + "' is " + value.asText() + ", beyond what a whole-number property can hold.",
                            "Write '" + at + "' as a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + "."));
            return null;
        }
        if (!value.isIntegralNumber()) {
            typeError(at, value, "a whole number");
            return null;
        }
        return value.intValue();
    }

    Boolean bool(Property<Boolean> property) {
        String name = property.name();
        JsonNode value = raw(property);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            typeError(child(name), value, "true or false");
            return null;
        }
        return value.booleanValue();
    }

    <E extends Enum<E> & SpecEnum> E enumValue(Property<E> property) {
        String name = property.name();
        Class<E> type = enumType(property);
        JsonNode value = raw(property);
        if (value != null && (value.isNumber() || value.isBoolean())) {
            // Quoting '1' would only trade spec-type for spec-enum: the fix names the allowed values instead.
            return typeError(child(name), value, "one of " + String.join(", ", SpecEnum.names(type)));
        }
        String text = text(property, property.required());
        return text == null ? null : enumFromText(text, child(name), type);
    }

    <E extends Enum<E> & SpecEnum> E enumFromText(String text, InputPath at, Class<E> type) {
        return SpecEnum.parse(type, text).orElseGet(() -> {
            List<String> allowed = SpecEnum.names(type);
            findings.add(Finding.of(Rule.SPEC_ENUM, at).value(text)
                    .limit("one of " + String.join(", ", allowed))
                    .because("'" + text + "' is not an allowed value for '" + at + "'; allowed: "
                                    + String.join(", ", allowed) + ".",
                            Suggest.closest(text, allowed).map(s -> "Use '" + s + "'.")
                                    .orElse("Use one of: " + String.join(", ", allowed) + ".")));
            return null;
        });
    }

    /** A list of scalars as text; a non-scalar element is reported and dropped, the others keeping the user's indices. */
    List<String> strings(Property<List<String>> property) {
        return texts(property);
    }

    private SpecList<String> texts(Property<?> property) {
        SpecList<String> out = list(property, "a list", (element, at) -> scalarText(element, at, "a string"));
        return out == null ? SpecList.of() : out;
    }

    <E extends Enum<E> & SpecEnum> List<E> enums(Property<List<E>> property) {
        String name = property.name();
        Class<E> type = enumType(property);
        SpecList<String> texts = texts(property);
        List<E> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            E e = enumFromText(texts.get(i), child(name).at(texts.position(i)), type);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** A list of whole numbers, unusable elements reported and dropped; null when absent (no override). */
    List<Integer> integers(Property<List<Integer>> property) {
        return list(property, "a list of whole numbers", (element, at) -> wholeNumber(element, at));
    }

    Map<String, String> stringMap(Property<Map<String, String>> property) {
        String name = property.name();
        JsonNode value = raw(property);
        if (value == null) {
            return Map.of();
        }
        if (!value.isObject()) {
            typeError(child(name), value, "a mapping of names to strings");
            return Map.of();
        }
        Map<String, String> out = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            InputPath at = child(name).child(field.getKey());
            Optional<String> keyKind = YamlMapping.nonTextKind(value, field.getKey());
            if (keyKind.isPresent()) {
                // YAML reads '~', 'null', '0x1F' or 'true' as a key that is not text; naming it by its spelling would guess.
                findings.add(Finding.of(Rule.SPEC_TYPE, at).value(field.getKey())
                        .because("The key '" + field.getKey() + "' in '" + child(name) + "' is " + keyKind.get()
                                        + " in YAML, not a name.",
                                "If you mean the text, quote the key: '" + field.getKey() + "' in quotes; otherwise remove it."));
                continue;
            }
            // A null value is reported, not dropped: the user wrote the key for a reason.
            String text = field.getValue().isNull() ? nullValue(at) : scalarText(field.getValue(), at, "a string");
            if (text != null) {
                out.put(field.getKey(), text);
            }
        }
        return out;
    }

    /** A nested mapping bound by {@code binder}; null when absent or not a mapping. */
    <T> T object(Property<ObjectType> property, Function<ObjectBinder, T> binder) {
        return object(property, property.objectType().orElseThrow().properties(), binder);
    }

    /** As {@link #object(Property, Function)}, the nested mapping knowing only {@code view}. */
    <T> T object(Property<ObjectType> property, List<? extends Property<?>> view, Function<ObjectBinder, T> binder) {
        String name = property.name();
        JsonNode value = raw(property);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            typeError(child(name), value, "a mapping");
            return null;
        }
        ObjectBinder nested = new ObjectBinder(value, child(name), findings, view);
        T result = binder.apply(nested);
        nested.finish();
        return result;
    }

    /**
     * A list of mappings, each bound by {@code binder}. Elements that are not mappings, and mappings that
     * {@code binder} could not bind (it returns null after reporting why), are dropped; the others keep the
     * user's indices (see {@link SpecList#position(int)}).
     */
    <T> List<T> objects(Property<List<ObjectType>> property, Function<ObjectBinder, T> binder) {
        return objects(property, property.objectType().orElseThrow().properties(), binder);
    }

    /** As {@link #objects(Property, Function)}, each mapping knowing only {@code view}. */
    <T> List<T> objects(Property<List<ObjectType>> property, List<? extends Property<?>> view, Function<ObjectBinder, T> binder) {
        SpecList<T> out = list(property, "a list", (element, at) -> {
            if (!element.isObject()) {
                return typeError(at, element, "a mapping");
            }
            ObjectBinder nested = new ObjectBinder(element, at, findings, view);
            T bound = binder.apply(nested);
            nested.finish();
            return bound;
        });
        return out == null ? SpecList.of() : out;
    }

    /**
     * Each element of a list property, converted by {@code element} (given the element and its path), in
     * order; null when the property is absent, or is not a list (which is reported). Null items, and items
     * {@code element} turns into null (it reports why), are dropped; the others keep the user's indices.
     */
    private <T> SpecList<T> list(Property<?> property, String expected, BiFunction<JsonNode, InputPath, T> element) {
        String name = property.name();
        JsonNode value = raw(property);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            typeError(child(name), value, expected);
            return null;
        }
        SpecList.Builder<T> out = SpecList.builder();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            InputPath at = child(name).at(i);
            // Reported here, once for every kind of list, so that no element converter meets a null.
            T bound = item.isNull() ? nullValue(at) : element.apply(item, at);
            if (bound == null) {
                out.skip(i);
            } else {
                out.add(bound, i);
            }
        }
        return out.build();
    }

    void require(String message, String fix, InputPath at) {
        findings.add(Finding.of(Rule.SPEC_REQUIRED, at).because(message, fix));
    }

    /** Reports every property this binder did not read, with the closest known name as the fix. */
    void finish() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                String alias = AZURE_NAMES.containsKey(name) ? AZURE_NAMES.get(name).name() : null;
                String fix = alias != null && known.contains(alias)
                        ? "Did you mean '" + alias + "'? Azure's '" + name + "' is kvguard's '" + alias + "'."
                        : Suggest.closest(name, known).map(s -> "Did you mean '" + s + "'?")
                        .orElse("Remove it; known properties here: " + String.join(", ", known) + ".");
                findings.add(Finding.of(Rule.SPEC_UNKNOWN_PROPERTY, child(name)).value(name)
                        .because("'" + child(name) + "' is not a kvguard property.", fix));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Enum<E> & SpecEnum> Class<E> enumType(Property<?> property) {
        return (Class<E>) property.enumType().orElseThrow(() -> new IllegalStateException(property + " is not an enum"));
    }

    private String scalarText(JsonNode value, InputPath at, String expected) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.asText();
        }
        // A number or boolean is not turned into text: 'vaultName: 017' must not become "17" or "15".
        String fix = "Write '" + at + "' as " + expected + ".";
        if (value.isNumber() || value.isBoolean()) {
            // Only here, where text is wanted, does quoting fix the mistake; elsewhere it would be the next spec-type.
            fix += " If you mean the text, quote it: '" + Describe.shortly(value) + "' in quotes.";
        }
        return typeError(at, value, expected, fix);
    }

    /** Reports an empty ({@code null}) list item or mapping value; returns null. */
    private <T> T nullValue(InputPath at) {
        findings.add(Finding.of(Rule.SPEC_TYPE, at).value("null")
                .because("'" + at + "' is empty (null); an item or value must not be.",
                        "Give '" + at + "' a value, or remove it."));
        return null;
    }

    /** Reports a value of the wrong type; returns null, for callers that give up on the value. */
    private <T> T typeError(InputPath at, JsonNode value, String expected) {
        return typeError(at, value, expected, "Write '" + at + "' as " + expected + ".");
    }

    private <T> T typeError(InputPath at, JsonNode value, String expected, String plainFix) {
        String fix = plainFix;
        if (value.isObject() && value.size() == 1 && value.has("value") && value.get("value").isValueNode()) {
            // Azure's own shape for an IP rule, {value: a.b.c.d}, pasted from ARM, Bicep or az keyvault show.
            fix = "Write the address as a string: '" + value.get("value").asText() + "' instead of {value: ...}.";
        }
        findings.add(Finding.of(Rule.SPEC_TYPE, at).value(Describe.shortly(value))
                .because("'" + at + "' must be " + expected + " but is " + Describe.kind(value) + ".", fix));
        return null;
    }
}
