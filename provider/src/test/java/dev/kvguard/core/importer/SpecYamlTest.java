package dev.kvguard.core.importer;

import static dev.kvguard.core.importer.ImporterTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kvguard.core.spec.io.SpecReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecYamlTest {

    @Test
    void stringsThatYamlWouldReadAsSomethingElseAreQuoted() {
        for (String s : List.of("52.1.2.3", "true", "No", "null", "0123", "1e3", "a: b", "#x", "- x", "", " x", "[1]", "{a}", "*ref",
                "it's", "say \"hi\"", "back\\slash", "tab\there", "line\nbreak", "ünï", "~", "@x", "%x", "`x")) {
            String yaml = "k: " + SpecYaml.scalar(s) + "\n";
            try {
                assertEquals(s, SpecReader.parse(yaml, "t", false).get("k").asText(), yaml);
                assertTrue(SpecReader.parse(yaml, "t", false).get("k").isTextual(), yaml);
            } catch (Exception e) {
                throw new AssertionError(yaml, e);
            }
        }
        assertEquals("kv-payments-prod", SpecYaml.scalar("kv-payments-prod"));
        assertEquals("\"52.1.2.3\"", SpecYaml.scalar("52.1.2.3"));
    }

    @Test
    void commentsGoAboveTheirPropertyAndTheRestInTheHeader() throws Exception {
        ObjectNode spec = (ObjectNode) json("{'vaultName': 'kv-a', 'networkRules': {'defaultAction': 'Allow', 'ipRules': ['52.1.2.3'],"
                + " 'virtualNetworkRules': [{'subnetId': 'x'}]}, 'accessPolicies': [{'objectId': 'o', 'permissions': {}}], 'tags': {}}");
        ImportedVault vault = new ImportedVault("", spec, Map.of(), Map.of(
                "", List.of("about the vault"),
                "location", List.of("location: unresolved"),
                "networkRules.defaultAction", List.of("was Allow"),
                "networkRules.virtualNetworkRules[0]", List.of("first rule"),
                "accessPolicies[0].objectId", List.of("first key of an item")), List.of(), List.of());
        String yaml = SpecYaml.write(vault, List.of("imported from x"));
        assertEquals("""
                # imported from x
                # about the vault
                # location: unresolved
                vaultName: kv-a
                networkRules:
                  # was Allow
                  defaultAction: Allow
                  ipRules:
                    - "52.1.2.3"
                  virtualNetworkRules:
                    # first rule
                    - subnetId: x
                accessPolicies:
                  # first key of an item
                  - objectId: o
                    permissions: {}
                tags: {}
                """, yaml);
        JsonNode reread = SpecReader.parse(yaml, "t.yaml", false);
        assertEquals(spec, reread);
    }

    /** Every character YAML takes as a line break or a terminal obeys, inside keys, values and comments. */
    @Test
    void hostileTextInKeysValuesAndNotesCannotAddSpecLines() throws Exception {
        String[] breaks = {"\r", "\u0085", "\u2028", "\u2029", "\u001b[2J", "\u009b", "\u202e", "\n"};
        for (String br : breaks) {
            String hostile = "x" + br + "stage: observe" + br + "protect: false";
            ObjectNode spec = (ObjectNode) json("{'vaultName': 'kv-a', 'networkRules': {'defaultAction': 'Deny'}, 'tags': {}}");
            ((ObjectNode) spec.get("tags")).put(hostile, hostile);
            ImportedVault vault = new ImportedVault("", spec, Map.of(), Map.of(
                    "", List.of("property " + hostile + " was not carried over"),
                    "networkRules.defaultAction", List.of(hostile)), List.of(), List.of());
            String yaml = SpecYaml.write(vault, List.of("imported from " + hostile));
            JsonNode reread = SpecReader.parse(yaml, "t.yaml", false);
            assertEquals(spec, reread, yaml);
            for (int i = 0; i < yaml.length(); ) {
                int cp = yaml.codePointAt(i);
                assertTrue(cp == '\n' || !dev.kvguard.core.render.TextEscaper.unsafe(cp),
                        "raw U+" + Integer.toHexString(cp) + " in " + yaml);
                i += Character.charCount(cp);
            }
        }
    }
}
