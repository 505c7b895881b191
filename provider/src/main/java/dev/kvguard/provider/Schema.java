package dev.kvguard.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pulumi.provider.internal.models.GetSchemaRequest;
import dev.kvguard.core.render.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The package schema, exactly as the provider serves it to {@code pulumi package add}, written with
 * sorted keys so that the checked-in {@code schema/schema.json} diffs cleanly in pull requests.
 *
 * <p>{@code main} regenerates the file: {@code ./mvnw -B -q -pl provider compile exec:java@schema}.
 */
public final class Schema {

    private Schema() {
    }

    /** The schema the provider serves now, canonicalised. */
    public static String generate() throws IOException {
        String served = KvguardProvider.provider().getSchema(new GetSchemaRequest(0, null, null)).join().getSchema();
        return Json.write(canonical(Json.mapper().readTree(served)));
    }

    /** Paths where two schemas differ (properties added, removed or changed), empty when equal. */
    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        diff("", expected, actual, out);
        return out;
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "../schema/schema.json");
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, generate());
        System.out.println("wrote " + target);
    }

    private static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> sorted = new TreeMap<>();
            node.fields().forEachRemaining(e -> sorted.put(e.getKey(), canonical(e.getValue())));
            ObjectNode out = Json.object();
            sorted.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = Json.array();
            node.forEach(item -> out.add(canonical(item)));
            return out;
        }
        return node;
    }

    private static void diff(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected == null || actual == null) {
            out.add((expected == null ? "added " : "removed ") + path);
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            TreeMap<String, Boolean> keys = new TreeMap<>();
            expected.fieldNames().forEachRemaining(k -> keys.put(k, true));
            actual.fieldNames().forEachRemaining(k -> keys.put(k, true));
            for (String key : keys.keySet()) {
                diff(path + "/" + key, expected.get(key), actual.get(key), out);
            }
        } else if (!expected.equals(actual)) {
            out.add("changed " + path);
        }
    }

}
