package dev.kvguard.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pulumi.provider.internal.properties.PropertyValue;
import com.pulumi.provider.internal.properties.PropertyValueSerializer;
import dev.kvguard.components.SecureKeyVault;
import dev.kvguard.components.inputs.SecureKeyVaultArgs;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.spec.io.SpecBinder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds component inputs from a spec file's tree through the very deserializer Pulumi's component
 * provider uses for inputs from other languages. A spec file, a Pulumi YAML {@code properties:} block
 * and a TypeScript object literal therefore reach the component the same way.
 */
public final class SpecArgs {

    private SpecArgs() {
    }

    public static SecureKeyVaultArgs secureKeyVault(JsonNode spec) {
        // The deserializer ignores unknown properties and truncates fractional numbers; a spec file's
        // structural mistakes are therefore reported here, as the component would report its own.
        List<Finding> structural = SpecBinder.bind(spec).findings().stream().filter(f -> f.ruleId().startsWith("spec-")).toList();
        PreviewGate.stopOnErrors(SecureKeyVault.TYPE, "spec", structural);
        // The SDK's deserializer loses the value type of maps (it passes the raw Map type on), so a
        // string-valued map cannot travel through it: tags go around it, everything else through it.
        ObjectNode copy = spec.deepCopy();
        JsonNode tags = copy.get("tags");
        boolean plainTags = tags != null && tags.isObject() && java.util.stream.StreamSupport
                .stream(tags.spliterator(), false).allMatch(JsonNode::isValueNode);
        if (plainTags) {
            copy.remove("tags");
        }
        SecureKeyVaultArgs args = PropertyValueSerializer.deserialize(toPropertyValue(copy), SecureKeyVaultArgs.class);
        if (!plainTags) {
            return args;
        }
        Map<String, String> map = new LinkedHashMap<>();
        tags.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return SecureKeyVaultArgs.builder(args).tags(map).build();
    }

    /** Jackson tree to Pulumi property value (numbers travel as doubles, as on the wire). */
    public static PropertyValue toPropertyValue(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return PropertyValue.NULL;
        }
        if (node.isObject()) {
            Map<String, PropertyValue> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> map.put(e.getKey(), toPropertyValue(e.getValue())));
            return PropertyValue.of(map);
        }
        if (node.isArray()) {
            List<PropertyValue> list = new ArrayList<>();
            node.forEach(item -> list.add(toPropertyValue(item)));
            return PropertyValue.of(list);
        }
        if (node.isBoolean()) {
            return PropertyValue.of(node.booleanValue());
        }
        if (node.isNumber()) {
            return PropertyValue.of(node.doubleValue());
        }
        return PropertyValue.of(node.asText());
    }
}
