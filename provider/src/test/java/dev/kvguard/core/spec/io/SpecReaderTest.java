package dev.kvguard.core.spec.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.spec.DefaultAction;
import dev.kvguard.core.spec.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** YAML 1.2 core-schema reading, aliases and merge keys as Pulumi YAML reads them, and the shared limits. */
class SpecReaderTest {
    static final String HEAD = """
            vaultName: kv-a
            resourceGroupName: rg
            location: westeurope
            tenantId: 8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d
            """;

    static JsonNode yaml(String text) throws SpecSyntaxException {
        return SpecReader.parse(text, "t.yaml", false);
    }

    static String refusal(String text, boolean json) {
        return assertThrows(SpecSyntaxException.class, () -> SpecReader.parse(text, json ? "t.json" : "t.yaml", json)).getMessage();
    }

    static BoundSpec bind(String text) throws SpecSyntaxException {
        return SpecBinder.bind(yaml(text));
    }

    static List<String> findings(String text) throws SpecSyntaxException {
        return bind(text).findings().stream().map(f -> f.ruleId() + " " + f.path()).toList();
    }

    @Test
    void aliasesResolveToTheAnchoredValue() throws Exception {
        JsonNode tree = yaml("a: &x Deny\nb: *x\nc: &m {k: 1}\nd: *m\n");
        assertEquals("Deny", tree.get("b").asText());
        assertEquals(1, tree.at("/d/k").asInt());
        BoundSpec bound = bind(HEAD + "tags: {tenant: &t 8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d}\naccessPolicies:\n  - objectId: *t\n"
                + "    tenantId: *t\n");
        assertEquals("8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d", bound.spec().accessPolicies().get(0).tenantId());
        assertEquals(List.of(), bound.findings());
    }

    @Test
    void anAliasCannotFlipTheDefaultActionBehindTheReviewersBack() throws Exception {
        // Jackson read '*open' as the text "open" (the anchor's name), which then failed as an enum or was taken literally.
        BoundSpec bound = bind(HEAD + "tags: {mode: &open Allow}\nnetworkRules:\n  defaultAction: *open\n");
        assertEquals(DefaultAction.ALLOW, bound.spec().networkRules().defaultAction());
        BoundSpec stage = bind(HEAD + "tags: {s: &obs observe}\nstage: *obs\n");
        assertEquals(Stage.OBSERVE, stage.spec().stage());
    }

    @Test
    void mergeKeysMergeWithExplicitKeysAndEarlierMapsWinning() throws Exception {
        JsonNode tree = yaml("""
                a: &a {x: 1, y: 1}
                b: &b {y: 2, z: 2}
                m:
                  <<: [*a, *b]
                  x: 0
                """);
        assertEquals(0, tree.at("/m/x").asInt());
        assertEquals(1, tree.at("/m/y").asInt());
        assertEquals(2, tree.at("/m/z").asInt());
        assertEquals(1, yaml("a: &a {x: 1}\nm: {<<: *a}\n").at("/m/x").asInt());
        // A quoted "<<" is an ordinary key, as in yaml.v3.
        assertEquals(1, yaml("m: {\"<<\": 1}\n").at("/m/<<").asInt());
        assertTrue(refusal("a: &a [1]\nm:\n  <<: *a\n", false).endsWith("a merge key (<<) whose value is not a mapping or a list of mappings"));
    }

    @Test
    void mergedDefaultActionIsOverriddenByTheExplicitOne() throws Exception {
        BoundSpec bound = bind(HEAD + "tags: &open {defaultAction: Allow}\nnetworkRules:\n  <<: *open\n  defaultAction: Deny\n");
        // tags.defaultAction is a tag, not a finding; the network rules take the explicit Deny.
        assertEquals(DefaultAction.DENY, bound.spec().networkRules().defaultAction());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "017|spec-type",
            "0o17|spec-type",
            "0x1e|spec-type",
            "+17|spec-type",
            "17.0|spec-type",
            "\"17\"|spec-type",
            ".inf|spec-type",
            ".nan|spec-type",
            "1e1|spec-type",
            "1_7|spec-type",
            "17|"})
    void wholeNumbersMustBePlainDecimal(String written, String rule) throws Exception {
        List<String> found = findings(HEAD + "softDeleteRetentionInDays: " + written + "\n");
        assertEquals(rule == null ? List.of() : List.of(rule + " softDeleteRetentionInDays"), found);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "yes|spec-type", "on|spec-type", "y|spec-type", "\"true\"|spec-type", "1|spec-type", "~|", "True|", "FALSE|", "false|"})
    void booleansAreTheCoreSchemasOnly(String written, String rule) throws Exception {
        List<String> found = findings(HEAD + "enablePurgeProtection: " + written + "\n");
        assertEquals(rule == null ? List.of() : List.of(rule + " enablePurgeProtection"), found);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"on|", "017|spec-type", "true|spec-type", "1e3|spec-type", ".inf|spec-type", "0x1e|spec-type",
            "\"017\"|", "\"on\"|", "!!str 017|"})
    void stringsAreNeverMadeFromNumbersOrBooleans(String written, String rule) throws Exception {
        List<String> found = findings(HEAD.replace("location: westeurope", "location: " + written));
        assertEquals(rule == null ? List.of() : List.of(rule + " location"), found);
        if (rule == null) {
            assertFalse(bind(HEAD.replace("location: westeurope", "location: " + written)).spec().location().isEmpty());
        }
    }

    @Test
    void yaml11SpellingsReadAsYaml12() throws Exception {
        JsonNode tree = yaml("a: on\nb: yes\nc: 017\nd: 0o17\ne: 0x1e\nf: .inf\ng: -.Inf\nh: .NaN\ni: ~\nj: 2001-12-14\n");
        assertEquals("on", tree.get("a").textValue());
        assertEquals("yes", tree.get("b").textValue());
        assertEquals(17, tree.get("c").intValue());
        assertEquals(15, tree.get("d").intValue());
        assertEquals(30, tree.get("e").intValue());
        assertEquals(Double.POSITIVE_INFINITY, tree.get("f").doubleValue());
        assertEquals(Double.NEGATIVE_INFINITY, tree.get("g").doubleValue());
        assertTrue(Double.isNaN(tree.get("h").doubleValue()));
        assertTrue(tree.get("i").isNull());
        assertEquals("2001-12-14", tree.get("j").textValue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"!secret x", "!!binary aGVsbG8=", "!!timestamp 2001-12-14", "!<tag:example.com,2000:x> y",
            "!!set {a: null}", "!!omap [a: 1]", "!!int abc", "!!bool yes", "!!float x"})
    void tagsOutsideTheCoreSchemaAreRefused(String value) {
        String message = refusal("a: " + value + "\n", false);
        assertTrue(message.startsWith("t.yaml: invalid YAML at line 1, column 4: "), message);
        assertFalse(message.contains("secret") || message.contains("aGVs") || message.contains("example.com"), message);
    }

    @Test
    void nullListItemsAndMapValuesAreFindings() throws Exception {
        List<String> found = findings(HEAD + """
                networkRules:
                  ipRules: [52.1.2.3, null]
                  virtualNetworkRules:
                    - ~
                    - subnet:
                        resourceGroupName: rg
                        virtualNetworkName: vn
                        name: s
                        addressPrefix: 10.0.0.0/24
                        serviceEndpoints: [null, Microsoft.Sql]
                        delegations: [~]
                accessPolicies: [null]
                trustedServices: [null]
                logging:
                  categories: [null]
                limits:
                  refusedPrefixLengths: [null]
                tags: {team: null}
                """);
        assertEquals(List.of(
                "spec-type networkRules.ipRules[1]",
                "spec-type networkRules.virtualNetworkRules[0]",
                "spec-type networkRules.virtualNetworkRules[1].subnet.serviceEndpoints[0]",
                "spec-type networkRules.virtualNetworkRules[1].subnet.delegations[0]",
                "spec-type accessPolicies[0]",
                "spec-type logging.categories[0]",
                "spec-type trustedServices[0]",
                "spec-type limits.refusedPrefixLengths[0]",
                "spec-type tags.team").stream().sorted().toList(), found.stream().sorted().toList());
        BoundSpec bound = bind(HEAD + "accessPolicies:\n  - objectId: 8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d\n    permissions: {secrets: [get, null]}\n");
        Finding f = bound.findings().get(0);
        assertEquals("accessPolicies[0].permissions.secrets[1]", f.path().toString());
        assertEquals("'accessPolicies[0].permissions.secrets[1]' is empty (null); an item or value must not be.", f.message());
    }

    @Test
    void locationsComeFromTheSameParse() throws Exception {
        SpecDocument document = SpecReader.parseDocument(HEAD + "networkRules:\n  ipRules:\n    - 52.1.2.3\n    - 10.0.0.1\n", "t.yaml", false);
        assertEquals(5, document.locator().line("networkRules"));
        assertEquals(8, document.locator().line("networkRules.ipRules[1]"));
        assertEquals(1, document.locator().line("vaultName"));
        SpecDocument json = SpecReader.parseDocument("{\n \"a\":\n  {\"b\": [1,\n 2]}}", "t.json", true);
        assertEquals(2, json.locator().line("a"));
        assertEquals(4, json.locator().line("a.b[1]"));
    }

    @Test
    void duplicatesAndTrailingDocumentsStayRefused() {
        assertEquals("t.yaml: invalid YAML at line 2, column 1: a key repeated in one mapping", refusal("a: 1\na: 2\n", false));
        assertEquals("t.json: invalid JSON at line 1, column 13: a key repeated in one mapping", refusal("{\"a\": 1, \"a\": 2}", true));
        assertTrue(refusal("a: 1\n---\nb: 2\n", false).endsWith("more than one YAML document (only one is read)"));
        assertTrue(refusal("{\"a\": 1} {\"b\": 2}", true).endsWith("more than one JSON value (only one is read)"));
        // A second merge key, or a key repeated in a mapping that also merges, is refused before merging hides it.
        assertEquals("t.yaml: invalid YAML at line 4, column 3: a key repeated in one mapping",
                refusal("a: &a {x: 1}\nm:\n  <<: *a\n  <<: *a\n", false));
        assertEquals("t.yaml: invalid YAML at line 1, column 29: a key repeated in one mapping",
                refusal("m: {<<: {y: 1}, x: 1, y: 2, x: 2}\n", false));
        // Keys that differ only as YAML values ('1' and 1) are the same key once bound.
        assertTrue(refusal("1: a\n'1': b\n", false).endsWith("a key repeated in one mapping"));
    }

    static String nested(int depth, boolean json) {
        return (json ? "{\"a\": " : "a: ") + "[".repeat(depth - 1) + "1" + "]".repeat(depth - 1) + (json ? "}" : "");
    }

    @Test
    void depthLimitIsTheSameForBothFormatsAndExact() throws Exception {
        for (boolean json : new boolean[] {false, true}) {
            // The top mapping is depth 0, its value depth 1: MAX_DEPTH lists deep is the deepest allowed.
            SpecReader.parse(nested(SpecLimits.MAX_DEPTH, json), "t", json);
            String message = refusal(nested(SpecLimits.MAX_DEPTH + 1, json), json);
            assertTrue(message.endsWith("nested deeper than " + SpecLimits.MAX_DEPTH + " levels"), message);
        }
        // Far deeper input is refused just as plainly, with no StackOverflowError.
        assertTrue(refusal(nested(200_000, false), false).endsWith("nested deeper than 64 levels"));
        assertTrue(refusal(nested(200_000, true), true).endsWith("nested deeper than 64 levels"));
    }

    static String aliases(int count) {
        return "a: &x 1\nb: [" + "*x, ".repeat(count - 1) + "*x]\n";
    }

    @Test
    void aliasLimitIsExact() throws Exception {
        assertEquals(SpecLimits.MAX_ALIASES, yaml(aliases(SpecLimits.MAX_ALIASES)).get("b").size());
        assertTrue(refusal(aliases(SpecLimits.MAX_ALIASES + 1), false).endsWith("more than " + SpecLimits.MAX_ALIASES + " aliases"));
    }

    @Test
    void aliasBombsStopAtTheValueLimit() {
        StringBuilder bomb = new StringBuilder("l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 9; i++) {
            bomb.append("l").append(i).append(": &l").append(i).append(" [").append(("*l" + (i - 1) + ", ").repeat(9))
                    .append("*l").append(i - 1).append("]\n");
        }
        assertTrue(refusal(bomb.toString(), false).endsWith("more than " + SpecLimits.MAX_VALUES + " values (aliases expanded)"));
        // A list that refers to itself is refused by depth, not followed for ever.
        assertTrue(refusal("a: &a [*a]\n", false).endsWith("nested deeper than 64 levels"));
    }

    static String values(int count, boolean json) {
        // The top mapping and the list are two values; count - 2 items make count in all.
        StringBuilder b = new StringBuilder(json ? "{\"a\": [" : "a: [");
        for (int i = 0; i < count - 2; i++) {
            b.append(i == 0 ? "" : ",").append('1');
        }
        return b.append(json ? "]}" : "]").toString();
    }

    @Test
    void valueLimitIsTheSameForBothFormatsAndExact() throws Exception {
        for (boolean json : new boolean[] {false, true}) {
            assertEquals(SpecLimits.MAX_VALUES - 2, SpecReader.parse(values(SpecLimits.MAX_VALUES, json), "t", json).get("a").size());
            assertTrue(refusal(values(SpecLimits.MAX_VALUES + 1, json), json).endsWith("values (aliases expanded)"));
        }
    }

    @Test
    void numberLengthLimitIsTheSameForBothFormatsAndExact() throws Exception {
        String longest = "9".repeat(SpecLimits.MAX_NUMBER_LENGTH);
        assertEquals(SpecLimits.MAX_NUMBER_LENGTH, yaml("a: " + longest).get("a").bigIntegerValue().toString().length());
        assertEquals(SpecLimits.MAX_NUMBER_LENGTH, SpecReader.parse("{\"a\": " + longest + "}", "t", true).get("a")
                .bigIntegerValue().toString().length());
        assertTrue(refusal("a: 9" + longest, false).endsWith("a number longer than 1000 characters"));
        assertTrue(refusal("{\"a\": 9" + longest + "}", true).endsWith("a number or string beyond kvguard's limits"));
    }

    @Test
    void unpairedSurrogatesAreRefusedInBothFormats() throws Exception {
        assertEquals("\uD83D\uDE00", yaml("a: \"\\uD83D\\uDE00\"").get("a").textValue());
        assertEquals("\uD83D\uDE00", SpecReader.parse("{\"a\": \"\\uD83D\\uDE00\"}", "t", true).get("a").textValue());
        for (String lone : List.of("\\uD800", "\\uDC00", "x\\uD800y")) {
            assertTrue(refusal("a: \"" + lone + "\"", false).endsWith("a string with an unpaired surrogate escape"), lone);
            assertEquals("t.yaml: invalid YAML at line 1, column 1: a string with an unpaired surrogate escape",
                    refusal("\"" + lone + "\": 1", false));
            assertTrue(refusal("{\"a\": \"" + lone + "\"}", true).endsWith("a string with an unpaired surrogate escape"), lone);
            // Jackson itself refuses a lone surrogate in a key, as broken syntax.
            assertTrue(refusal("{\"" + lone + "\": 1}", true).startsWith("t.json: invalid JSON at line 1, column "), lone);
        }
    }

    @Test
    void parseErrorsNeverQuoteTheFile() {
        String secret = "AKIAFAKESECRET0123456789";
        for (String text : List.of(secret, "-----BEGIN PRIVATE KEY-----\n" + secret + "\n", "key: " + secret + "\n  bad: [",
                "{" + secret + ": [}", "password=" + secret, "a: *" + secret, "\t" + secret, secret + ": [\n", "a: !" + secret + " x")) {
            for (boolean json : new boolean[] {false, true}) {
                String message = assertThrows(SpecSyntaxException.class, () -> SpecReader.parse(text, "t", json)).getMessage();
                assertFalse(message.contains("FAKESECRET") || message.contains("PRIVATE") || message.contains("password"),
                        text + " -> " + message);
                assertEquals(1, message.lines().count(), message);
            }
        }
    }
}
