package dev.kvguard.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pulumi.core.Output;
import com.pulumi.provider.internal.properties.PropertyValue;
import com.pulumi.provider.internal.properties.PropertyValueSerializer;
import dev.kvguard.components.SecureKeyVault;
import dev.kvguard.components.inputs.ExistingVaultArgs;
import dev.kvguard.components.inputs.ObservedVaultArgs;
import dev.kvguard.components.inputs.SecureKeyVaultArgs;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.spec.io.SpecBinder;
import dev.kvguard.pulumi.PreviewGate;
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
        boolean plainTags = plain(tags);
        if (plainTags) {
            copy.remove("tags");
        }
        // The same for the tags an adoption observed (existing.observed.tags).
        JsonNode observedTags = copy.path("existing").path("observed").get("tags");
        boolean plainObserved = plain(observedTags);
        if (plainObserved) {
            ((ObjectNode) copy.get("existing").get("observed")).remove("tags");
        }
        SecureKeyVaultArgs args = PropertyValueSerializer.deserialize(toPropertyValue(copy), SecureKeyVaultArgs.class);
        if (plainObserved && args.existing().isPresent()) {
            Map<String, String> observed = stringMap(observedTags);
            args = SecureKeyVaultArgs.builder(args).existing(args.existing().get().applyValue(e -> ExistingVaultArgs.builder()
                    .resourceId(e.resourceId())
                    .observed(e.observed().orElse(Output.of(ObservedVaultArgs.builder().build()))
                            .applyValue(o -> ObservedVaultArgs.builder(o).tags(observed).build()))
                    .build())).build();
        }
        return plainTags ? SecureKeyVaultArgs.builder(args).tags(stringMap(tags)).build() : args;
    }

    private static boolean plain(JsonNode map) {
        return map != null && map.isObject() && java.util.stream.StreamSupport.stream(map.spliterator(), false)
                .allMatch(JsonNode::isValueNode);
    }

    private static Map<String, String> stringMap(JsonNode map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
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
