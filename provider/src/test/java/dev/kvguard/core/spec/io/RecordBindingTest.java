package dev.kvguard.core.spec.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.Sku;
import dev.kvguard.core.spec.SpecList;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.spec.declaration.ObjectType;
import dev.kvguard.core.spec.declaration.Property;
import dev.kvguard.core.spec.declaration.TestDeclarations.Gadget;
import dev.kvguard.core.spec.declaration.TestDeclarations.Knob;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The binder is derived from the declaration: every declared type is bound to a spec record whose components
 * are its properties, one to one by name and by Java type, and a declared property with its component binds
 * with no binder code.
 */
class RecordBindingTest {

    record Part(String id, String code) {
    }

    record GadgetRecord(String name, int size, Integer weight, Sku sku, List<String> labels, List<Integer> slots,
                        List<Sku> tiers, Map<String, String> tags, Part mainPart, List<Part> parts, boolean shiny) {
    }

    /** {@link GadgetRecord} before {@code shiny} was added to it. */
    record GadgetWithoutShiny(String name, int size, Integer weight, Sku sku, List<String> labels, List<Integer> slots,
                              List<Sku> tiers, Map<String, String> tags, Part mainPart, List<Part> parts) {
    }

    record KnobWithPrimitiveTurns(int turns, List<String> labels) {
    }

    record KnobWithExtraComponent(Integer turns, List<String> labels, String colour) {
    }

    record KnobWithWrongTypes(String turns, List<Integer> labels) {
    }

    @Test
    void everyDeclaredTypeIsBoundToItsRecordFromTheVaultDown() {
        Map<String, String> bound = new LinkedHashMap<>();
        RecordBinding.of(Inputs.SecureKeyVault.TYPE, VaultSpec.class).reached()
                .forEach((type, record) -> bound.put(type.name(), record.getSimpleName()));
        assertEquals(new TreeMap<>(Map.ofEntries(
                Map.entry("SecureKeyVault", "VaultSpec"),
                Map.entry("Limits", "LimitsSpec"),
                Map.entry("NetworkRules", "NetworkRulesSpec"),
                Map.entry("VirtualNetworkRule", "VirtualNetworkRuleSpec"),
                Map.entry("ManagedSubnet", "ManagedSubnetSpec"),
                Map.entry("AccessPolicy", "AccessPolicySpec"),
                Map.entry("Permissions", "Permissions"),
                Map.entry("Logging", "LoggingSpec"),
                Map.entry("TrustedService", "TrustedServiceSpec"),
                Map.entry("PrivateEndpoint", "PrivateEndpointSpec"),
                Map.entry("PrivateEndpointSubnet", "EndpointSubnetSpec"),
                Map.entry("ExistingVault", "ExistingVaultSpec"),
                // Bound by hand (ExistingBinder): the one documented exception.
                Map.entry("ObservedVault", "Observed"))), new TreeMap<>(bound));
        // Every declared type but the subnet component's wrapper (whose one property is a ManagedSubnet) is reached.
        TreeSet<String> declared = new TreeSet<>(Inputs.types().stream().map(ObjectType::name).toList());
        declared.remove(Inputs.SubnetServiceEndpoint.TYPE.name());
        assertEquals(declared, new TreeSet<>(bound.keySet()));
    }

    /**
     * Said again from the records' side, for every record-bound type: the components are the properties by
     * name, and each has exactly the Java type of its property's kind (a primitive exactly where a default is
     * declared, where the binding would also take the boxed type; a nested mapping the record its type is
     * bound to).
     */
    @Test
    void componentsAndPropertiesCorrespondOneToOneByNameAndType() {
        List<String> mismatches = new ArrayList<>();
        Map<ObjectType, Class<?>> reached = RecordBinding.of(Inputs.SecureKeyVault.TYPE, VaultSpec.class).reached();
        reached.forEach((type, javaType) -> {
            if (type == Inputs.ObservedVault.TYPE) {
                return;
            }
            Map<String, RecordComponent> components = new TreeMap<>();
            Arrays.stream(javaType.getRecordComponents()).forEach(c -> components.put(c.getName(), c));
            if (!components.keySet().equals(new TreeSet<>(type.propertyNames()))) {
                mismatches.add(type + " " + type.propertyNames() + " but " + javaType.getSimpleName() + " " + components.keySet());
            }
            for (Property<?> p : type.properties()) {
                RecordComponent c = components.get(p.name());
                String nested = p.objectType().map(t -> RecordBinding.simpleName(reached.get(t))).orElse("");
                String expected = RecordBinding.javaType(p, nested);
                String actual = c == null ? "" : RecordBinding.simpleName(c.getGenericType());
                if (c != null && !actual.equals(expected)) {
                    mismatches.add(p + " is carried by " + actual + ", not " + expected);
                }
            }
        });
        assertEquals(List.of(), mismatches);
    }

    @Test
    void aDeclaredPropertyWithItsComponentBindsWithNoBinderCode() throws Exception {
        SpecBinder.Bound<GadgetRecord> bound = RecordBinding.of(Gadget.TYPE, GadgetRecord.class).bindTree(SpecReader.parse("""
                name: g
                weight: 12
                sku: premium
                labels: [a, b]
                slots: [1, 2]
                tiers: [standard]
                tags: {team: x}
                mainPart: {id: p1}
                parts: [{code: c2}, {id: p3, code: c3}, 7]
                shiny: false
                """, "g.yaml", false), InputPath.ROOT);
        assertEquals(new GadgetRecord("g", 3, 12, Sku.PREMIUM, List.of("a", "b"), List.of(1, 2), List.of(Sku.STANDARD),
                Map.of("team", "x"), new Part("p1", null), List.of(new Part(null, "c2")), false), bound.value());
        assertEquals(3, SpecList.written(bound.value().parts()));
        assertEquals(List.of("parts[1] spec-required 'parts[1]' must name exactly one of 'id' (a part by id) or 'code' "
                        + "(a part by code), not both. / Keep one.",
                "parts[2] spec-type 'parts[2]' must be a mapping but is a number. / Write 'parts[2]' as a mapping."),
                describe(bound.findings()));
    }

    @Test
    void absentPropertiesTakeTheirDefaultsAndLeaveEverythingElseToTheRecord() throws Exception {
        SpecBinder.Bound<GadgetRecord> bound = RecordBinding.of(Gadget.TYPE, GadgetRecord.class)
                .bindTree(SpecReader.parse("shiny: 'yes'\nsize: 4.5\nmainPart: {}\n", "g.yaml", false), InputPath.ROOT);
        // mainPart names neither an id nor a code: reported, and bound to nothing.
        assertEquals(new GadgetRecord(null, 3, null, null, null, null, null, null, null, null, true), bound.value());
        assertEquals(List.of("mainPart spec-required 'mainPart' must name exactly one of 'id' (a part by id) or 'code' "
                        + "(a part by code). / Add one.",
                "name spec-required 'name' is required but missing. / Add 'name'.",
                "shiny spec-type 'shiny' must be true or false but is a string. / Write 'shiny' as true or false.",
                "size spec-type 'size' must be a whole number but is 4.5, written with a decimal point or an exponent. / "
                        + "Write 'size' as a whole number in plain decimal digits."),
                describe(bound.findings()));
    }

    @Test
    void aRecordWithoutTheNewPropertysComponentSaysWhatToAdd() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RecordBinding.of(Gadget.TYPE, GadgetWithoutShiny.class));
        assertEquals("GadgetWithoutShiny does not match its declaration Gadget: add the component 'boolean shiny' for "
                + "Gadget.shiny (BOOLEAN).", e.getMessage());
    }

    @Test
    void aComponentOfTheWrongTypeOrWithoutAPropertySaysWhatToChange() {
        assertEquals("KnobWithPrimitiveTurns does not match its declaration Knob: give Knob.turns a default in its "
                + "declaration, or make the component 'Integer turns' (a primitive has no value for an absent property).",
                assertThrows(IllegalStateException.class, () -> RecordBinding.of(Knob.TYPE, KnobWithPrimitiveTurns.class)).getMessage());
        assertEquals("KnobWithExtraComponent does not match its declaration Knob: remove the component 'colour' or declare "
                + "the property Knob.colour.",
                assertThrows(IllegalStateException.class, () -> RecordBinding.of(Knob.TYPE, KnobWithExtraComponent.class)).getMessage());
        assertEquals("KnobWithWrongTypes does not match its declaration Knob: make the component 'String turns' a 'Integer' "
                + "for Knob.turns (INTEGER); make the component 'List<Integer> labels' a 'List<String>' for Knob.labels "
                + "(STRING_LIST).",
                assertThrows(IllegalStateException.class, () -> RecordBinding.of(Knob.TYPE, KnobWithWrongTypes.class)).getMessage());
    }

    @Test
    void aBindingIsMadeOnceAndShared() {
        assertSame(RecordBinding.of(Inputs.Logging.TYPE, dev.kvguard.core.spec.LoggingSpec.class),
                RecordBinding.of(Inputs.Logging.TYPE, dev.kvguard.core.spec.LoggingSpec.class));
    }

    /** A default is stated in the description the schema and the spec reference show, in the same words. */
    @Test
    void everyDeclaredDefaultIsTheOneItsDescriptionStates() {
        List<String> unstated = new ArrayList<>();
        int defaults = 0;
        for (ObjectType type : Inputs.types()) {
            for (Property<?> p : type.properties()) {
                if (p.defaultValue().isPresent()) {
                    defaults++;
                    Object v = p.defaultValue().get();
                    String said = v instanceof Boolean ? "default `" + v + "`" : "default " + v;
                    if (!p.description().contains(said)) {
                        unstated.add(p + ": " + said);
                    }
                }
            }
        }
        assertEquals(List.of(), unstated);
        assertEquals(8, defaults);
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.path() + " " + f.ruleId() + " " + f.message() + " / " + f.fix()).toList();
    }

    @Test
    void theFindingsOfAGadgetAreSortedByPath() throws Exception {
        List<Finding> findings = RecordBinding.of(Gadget.TYPE, GadgetRecord.class)
                .bindTree(SpecReader.parse("{zzz: 1, name: 7, aaa: 2}", "g.yaml", false), InputPath.ROOT).findings();
        assertEquals(List.of("aaa", "name", "zzz"), findings.stream().map(f -> f.path().toString()).toList());
        assertTrue(findings.get(0).fix().startsWith("Remove it; known properties here: name, size, weight"));
    }
}
