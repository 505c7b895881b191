package dev.kvguard.core.spec.declaration;

import dev.kvguard.core.spec.Sku;
import java.util.List;
import java.util.Map;

/**
 * Declarations that exist only in tests (in this package because only it may declare), to show that a type
 * binds to a record with no binder code. They are not in {@link Inputs#types()}, so no schema, Args class
 * or page sees them.
 */
public final class TestDeclarations {

    /** A type with a property of every kind a record component can carry, nested mappings included. */
    public static final class Gadget {
        public static final ObjectType TYPE = ObjectType.type("Gadget", "A test-only type.");

        public static final Property<String> NAME = TYPE.requiredString("name", "Its name.");
        public static final Property<Integer> SIZE = TYPE.integer("size", 3, "Its size; default 3.");
        public static final Property<Integer> WEIGHT = TYPE.integer("weight", "Its weight, or null.");
        public static final Property<Sku> SKU = TYPE.enumValue("sku", Sku.class, "Its tier.");
        public static final Property<List<String>> LABELS = TYPE.strings("labels", "Its labels.");
        public static final Property<List<Integer>> SLOTS = TYPE.integers("slots", "Its slots.");
        public static final Property<List<Sku>> TIERS = TYPE.enums("tiers", Sku.class, "Tiers it fits.");
        public static final Property<Map<String, String>> TAGS = TYPE.stringMap("tags", "Its tags.");
        public static final Property<ObjectType> MAIN_PART = TYPE.object("mainPart", Part.TYPE, "Its main part.");
        public static final Property<List<ObjectType>> PARTS = TYPE.objects("parts", Part.TYPE, "Its other parts.");
        /** The property a test "adds": declared here, carried by a record component, read by no binder code. */
        public static final Property<Boolean> SHINY = TYPE.bool("shiny", true, "Whether it shines; default `true`.");

        private Gadget() {
        }
    }

    /** A part, named by exactly one of an id or a code. */
    public static final class Part {
        public static final ObjectType TYPE = ObjectType.type("Part", "A test-only nested type.");

        public static final Property<String> ID = TYPE.string("id", "Its id.");
        public static final Property<String> CODE = TYPE.string("code", "Its code.");

        static {
            TYPE.exactlyOne(new OneOf(ID, "a part by id", CODE, "a part by code", "Keep one.", "Add one.",
                    OneOf.WhenUnusable.DROP_ITEM));
        }

        private Part() {
        }
    }

    /** A type whose records in tests do not match it. */
    public static final class Knob {
        public static final ObjectType TYPE = ObjectType.type("Knob", "A test-only type.");

        public static final Property<Integer> TURNS = TYPE.integer("turns", "How far it turns, or null.");
        public static final Property<List<String>> LABELS = TYPE.strings("labels", "Its labels.");

        private Knob() {
        }
    }

    private TestDeclarations() {
    }
}
