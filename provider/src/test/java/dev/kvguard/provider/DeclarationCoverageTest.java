package dev.kvguard.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pulumi.core.annotations.Import;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.render.Json;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.spec.declaration.Kind;
import dev.kvguard.core.spec.declaration.ObjectType;
import dev.kvguard.core.spec.declaration.Property;
import dev.kvguard.core.spec.io.SpecBinder;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Nothing is declared but unused, or used but undeclared: every declared property is a field of its
 * {@code Args} class, a property of the served schema (required exactly where declared), and read by the
 * binder; the schema and the {@code Args} hold nothing the declaration lacks.
 */
class DeclarationCoverageTest {

    static final JsonNodeFactory N = JsonNodeFactory.instance;

    @Test
    void everyArgsClassHoldsExactlyTheDeclaredProperties() throws Exception {
        for (ObjectType type : Inputs.types()) {
            Class<?> args = Class.forName("dev.kvguard.components.inputs." + type.argsClassName());
            Map<String, Boolean> imports = new LinkedHashMap<>();
            for (Field f : args.getDeclaredFields()) {
                Import in = f.getAnnotation(Import.class);
                if (in != null) {
                    imports.put(in.name(), in.required());
                }
            }
            Map<String, Boolean> declared = new LinkedHashMap<>();
            type.properties().forEach(p -> declared.put(p.name(), p.required()));
            assertEquals(declared, imports, type.argsClassName());
        }
    }

    @Test
    void theServedSchemaHasExactlyTheDeclaredTypesPropertiesAndOutputs() throws Exception {
        JsonNode schema = Json.mapper().readTree(Schema.generate());
        List<String> tokens = new ArrayList<>();
        schema.path("resources").fieldNames().forEachRemaining(tokens::add);
        schema.path("types").fieldNames().forEachRemaining(tokens::add);
        assertEquals(new TreeSet<>(Inputs.types().stream().map(t -> "kvguard:index:" + t.name()).toList()), new TreeSet<>(tokens));
        for (ObjectType type : Inputs.types()) {
            String token = "kvguard:index:" + type.name();
            JsonNode node = type.isComponent() ? schema.path("resources").path(token) : schema.path("types").path(token);
            JsonNode properties = node.path(type.isComponent() ? "inputProperties" : "properties");
            assertEquals(new TreeSet<>(type.propertyNames()), names(properties), token);
            assertEquals(new TreeSet<>(type.properties().stream().filter(Property::required).map(Property::name).toList()),
                    strings(node.path(type.isComponent() ? "requiredInputs" : "required")), token + " required");
            if (type.isComponent()) {
                assertEquals(new TreeSet<>(type.outputs().keySet()), names(node.path("properties")), token + " outputs");
            }
            for (Property<?> p : type.properties()) {
                assertEquals(p.description(), properties.path(p.name()).path("description").asText(), p.toString());
                assertEquals(schemaType(p), properties.path(p.name()).path("type").asText(), p.toString());
            }
        }
    }

    /**
     * Every property is read: a value of the wrong kind at each one, reached by the first way from a root,
     * must come back as a spec-type finding at exactly its path (an unread property would pass silently).
     */
    @Test
    void theBinderReadsEveryDeclaredProperty() {
        List<String> unread = new ArrayList<>();
        Deque<Route> routes = new ArrayDeque<>(List.of(new Route(Inputs.SecureKeyVault.TYPE, "", p -> p)));
        TreeSet<String> visited = new TreeSet<>();
        while (!routes.isEmpty()) {
            Route route = routes.poll();
            if (!visited.add(route.type().name())) {
                continue;
            }
            for (Property<?> p : route.type().properties()) {
                String at = route.path().isEmpty() ? p.name() : route.path() + "." + p.name();
                ObjectNode mapping = N.objectNode();
                mapping.set(p.name(), wrongKind(p));
                List<String> found = SpecBinder.bind(route.wrap().apply(mapping)).findings().stream()
                        .filter(f -> f.ruleId().equals("spec-type")).map(DeclarationCoverageTest::path).toList();
                String expected = p.kind().isList() && p.kind() != Kind.OBJECT_LIST ? at + "[0]" : at;
                if (!found.contains(expected)) {
                    unread.add(p + " at " + expected + " " + found);
                }
                p.objectType().ifPresent(nested -> routes.add(route.into(p, nested)));
            }
        }
        assertEquals(new TreeSet<>(Inputs.types().stream().map(ObjectType::name)
                .filter(n -> !n.equals(Inputs.SubnetServiceEndpoint.TYPE.name())).toList()), visited);
        assertEquals(List.of(), unread);
    }

    @Test
    void theSubnetComponentReadsItsSubnet() {
        ObjectNode subnet = N.objectNode().put(Inputs.ManagedSubnet.RESOURCE_GROUP_NAME.name(), 7);
        ObjectNode root = N.objectNode();
        root.set(Inputs.SubnetServiceEndpoint.SUBNET.name(), subnet);
        assertTrue(SpecBinder.bindSubnetComponent(root).findings().stream()
                .anyMatch(f -> f.ruleId().equals("spec-type") && path(f).equals("subnet.resourceGroupName")));
    }

    /** A type reached from the vault's root: its path, and how to put a mapping of it in a whole spec. */
    private record Route(ObjectType type, String path, Function<JsonNode, JsonNode> wrap) {
        Route into(Property<?> p, ObjectType nested) {
            boolean list = p.kind() == Kind.OBJECT_LIST;
            String at = (path.isEmpty() ? p.name() : path + "." + p.name()) + (list ? "[0]" : "");
            return new Route(nested, at, inner -> {
                ObjectNode outer = N.objectNode();
                outer.set(p.name(), list ? N.arrayNode().add(inner) : inner);
                return wrap.apply(outer);
            });
        }
    }

    /** A value no reader of {@code p}'s kind accepts; a list holds it as its first item. */
    private static JsonNode wrongKind(Property<?> p) {
        return switch (p.kind()) {
            case STRING_LIST, INTEGER_LIST, ENUM_LIST -> N.arrayNode().add(N.objectNode().put("x", 1));
            case STRING_MAP, OBJECT, OBJECT_LIST -> N.numberNode(7);
            default -> N.objectNode().put("x", 1);
        };
    }

    private static String schemaType(Property<?> p) {
        return switch (p.kind()) {
            case STRING, ENUM -> "string";
            case INTEGER -> "integer";
            case BOOLEAN -> "boolean";
            case STRING_LIST, INTEGER_LIST, ENUM_LIST, OBJECT_LIST -> "array";
            case STRING_MAP -> "object";
            case OBJECT -> "";
        };
    }

    private static String path(Finding f) {
        return String.valueOf(f.path());
    }

    private static TreeSet<String> names(JsonNode object) {
        TreeSet<String> out = new TreeSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static TreeSet<String> strings(JsonNode array) {
        TreeSet<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
