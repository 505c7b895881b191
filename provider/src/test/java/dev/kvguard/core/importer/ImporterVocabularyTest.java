package dev.kvguard.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.spec.declaration.Property;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The importer spells kvguard's spec property names only through {@code Inputs}' handles. A string literal
 * that is a declared property name, a path of them ({@code "networkRules.ipRules"}, {@code ".subnetId"}) or
 * mentions a camel-case one in a message is a spec name spelled a second time, and fails here; Azure's and
 * Terraform's own names live in {@link ArmNames} and {@link TerraformNames}, where a name that is spelled like
 * a spec property must be listed below.
 */
class ImporterVocabularyTest {
    static final Path IMPORTER = Path.of("src/main/java/dev/kvguard/core/importer");
    static final Path IMPORT_COMMAND = Path.of("src/main/java/dev/kvguard/cli/ImportCommand.java");
    /** The files that hold the source formats' names. */
    static final Set<String> VOCABULARIES = Set.of("ArmNames.java", "TerraformNames.java");

    /**
     * Source-format names spelled like a kvguard property, with why: kvguard took most of its vault names from
     * Azure's. Each must really be in a vocabulary file (a stale entry fails), so the list stays exact.
     */
    static final Map<String, String> COINCIDING = new TreeMap<>(Map.ofEntries(
            // Azure's resource: its name, location and tags (and Terraform's attributes of the same names).
            Map.entry("name", "ARM resource, sku, diagnostic setting; azurerm attribute"),
            Map.entry("location", "ARM resource; azurerm attribute"),
            Map.entry("tags", "ARM resource; azurerm attribute"),
            // A template resource that refers to a vault instead of deploying it.
            Map.entry("existing", "ARM template resource flag"),
            // The URL parameters of a REST API example.
            Map.entry("vaultName", "REST API example parameter"),
            Map.entry("resourceGroupName", "REST API example parameter"),
            // properties of Microsoft.KeyVault/vaults.
            Map.entry("tenantId", "ARM vault and access policy"),
            Map.entry("sku", "ARM vault"),
            Map.entry("softDeleteRetentionInDays", "ARM vault"),
            Map.entry("enablePurgeProtection", "ARM vault"),
            Map.entry("enableRbacAuthorization", "ARM vault"),
            Map.entry("enabledForDeployment", "ARM vault"),
            Map.entry("enabledForTemplateDeployment", "ARM vault"),
            Map.entry("enabledForDiskEncryption", "ARM vault"),
            Map.entry("publicNetworkAccess", "ARM vault"),
            Map.entry("accessPolicies", "ARM vault"),
            // properties.networkAcls.
            Map.entry("defaultAction", "ARM networkAcls"),
            Map.entry("bypass", "ARM networkAcls; azurerm network_acls"),
            Map.entry("ipRules", "ARM networkAcls"),
            Map.entry("virtualNetworkRules", "ARM networkAcls"),
            // properties.accessPolicies[].
            Map.entry("objectId", "ARM access policy"),
            Map.entry("applicationId", "ARM access policy"),
            Map.entry("permissions", "ARM access policy"),
            Map.entry("keys", "ARM access policy permissions"),
            Map.entry("secrets", "ARM access policy permissions"),
            Map.entry("certificates", "ARM access policy permissions"),
            Map.entry("storage", "ARM access policy permissions"),
            // A diagnostic setting's properties.
            Map.entry("storageAccountId", "ARM diagnostic setting"),
            Map.entry("eventHubAuthorizationRuleId", "ARM diagnostic setting"),
            Map.entry("eventHubName", "ARM diagnostic setting"),
            Map.entry("metrics", "ARM diagnostic setting")));

    static Set<String> declaredNames() {
        return Inputs.types().stream().flatMap(t -> t.properties().stream()).map(Property::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(IMPORTER)) {
            List<Path> out = new ArrayList<>(files.filter(p -> p.toString().endsWith(".java")).sorted().toList());
            out.add(IMPORT_COMMAND);
            return out;
        }
    }

    @Test
    void noSpecNameIsSpelledOutsideTheDeclaration() throws IOException {
        Set<String> declared = declaredNames();
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            if (!VOCABULARIES.contains(file.getFileName().toString())) {
                for (String literal : literals(Files.readString(file))) {
                    if (spellsSpecName(literal, declared)) {
                        found.add(file.getFileName() + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theVocabulariesSpellExactlyTheListedCoincidingNames() throws IOException {
        Set<String> declared = declaredNames();
        Set<String> coinciding = new TreeSet<>();
        for (String vocabulary : VOCABULARIES) {
            literals(Files.readString(IMPORTER.resolve(vocabulary))).stream().filter(declared::contains).forEach(coinciding::add);
        }
        assertEquals(COINCIDING.keySet(), coinciding);
    }

    @Test
    void theCheckFindsASpecNameWrittenBackAsALiteral() {
        Set<String> declared = declaredNames();
        String regressed = """
                // "ipRules" in a comment is no literal
                c.put(InputPath.parse("networkRules.ipRules"), value, at(a, ArmNames.IP_RULES));
                text(c, node, d + ".objectId", s + ".subnetId");
                String s = "accessPolicies[" + n + "]"; char q = '"';
                c.note(path, "Set defaultAction: Deny"); /* "subnetId" */
                c.note(path, "the document names no bypass; a \\"quoted\\" word");
                """;
        List<String> literals = literals(regressed);
        assertEquals(List.of("networkRules.ipRules", ".objectId", ".subnetId", "accessPolicies[", "]",
                "Set defaultAction: Deny", "the document names no bypass; a \\\"quoted\\\" word"), literals);
        assertEquals(List.of("networkRules.ipRules", ".objectId", ".subnetId", "accessPolicies[", "Set defaultAction: Deny"),
                literals.stream().filter(l -> spellsSpecName(l, declared)).toList());
        // Azure's paths below its "properties" and plain prose are not the spec's. (A path of Azure's names that
        // are all spelled like the spec's, such as "sku.name", is flagged: it belongs in ArmNames, built by at().)
        assertTrue(List.of("properties.networkAcls", "properties.sku", "Approved", "the vault's firewall", "type").stream()
                .noneMatch(l -> spellsSpecName(l, declared)));
    }

    @Test
    void aPropertyIsWrittenOnlyIntoTheTypeThatDeclaresIt() {
        Place network = Place.VAULT.object(Inputs.SecureKeyVault.NETWORK_RULES);
        assertEquals("networkRules.virtualNetworkRules[2].subnetId",
                network.item(Inputs.NetworkRules.VIRTUAL_NETWORK_RULES, 2).at(Inputs.VirtualNetworkRule.SUBNET_ID).toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> network.at(Inputs.Logging.METRICS));
        assertEquals("Logging.metrics is not a property of NetworkRules", e.getMessage());
        // The observed vault repeats the inputs' names, but its handles are its own.
        SpecNode vault = SpecNode.vault(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
        assertThrows(IllegalArgumentException.class, () -> vault.put(Inputs.ObservedVault.LOCATION, "westeurope"));
        vault.put(Inputs.SecureKeyVault.LOCATION, "westeurope");
        assertEquals("{\"location\":\"westeurope\"}", vault.node().toString());
    }

    /**
     * Whether a literal spells a spec name: it is one, or a path of them (dots, brackets and indices
     * between), or it names a camel-case one as a word of a message.
     */
    static boolean spellsSpecName(String literal, Set<String> declared) {
        if (literal.matches("[A-Za-z0-9.\\[\\]]+")) {
            List<String> names = Stream.of(literal.split("[.\\[\\]]")).filter(s -> !s.isEmpty() && !s.matches("[0-9]+")).toList();
            if (!names.isEmpty() && declared.containsAll(names)) {
                return true;
            }
        }
        return Stream.of(literal.split("[^A-Za-z]+")).anyMatch(word -> word.matches("[a-z]+[A-Z][A-Za-z]*") && declared.contains(word));
    }

    /** The string literals of Java source, comments and character literals skipped, escapes kept as written. */
    static List<String> literals(String source) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                out.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    out.add(source.substring(i + 1, j));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }
}
