package dev.kvguard.core.spec.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.kvguard.core.finding.Finding;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exact words of structural findings, and the helpers that build them. */
class BinderMessagesTest {

    static final JsonNodeFactory N = JsonNodeFactory.instance;

    static List<Finding> bind(String yaml) throws SpecSyntaxException {
        return SpecBinder.bind(SpecReader.parse(yaml, "t.yaml", false)).findings();
    }

    static Finding first(String yaml, String rule) throws SpecSyntaxException {
        return bind(yaml).stream().filter(x -> x.ruleId().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void describesEveryKindOfValue() {
        assertEquals("a mapping", Describe.kind(N.objectNode()));
        assertEquals("a list", Describe.kind(N.arrayNode()));
        assertEquals("a boolean", Describe.kind(N.booleanNode(true)));
        assertEquals("a number", Describe.kind(N.numberNode(1)));
        assertEquals("a string", Describe.kind(N.textNode("x")));
        assertEquals("a null", Describe.kind(N.nullNode()));
        assertEquals("x".repeat(60), Describe.shortly(N.textNode("x".repeat(60))));
        assertEquals("x".repeat(60) + "...", Describe.shortly(N.textNode("x".repeat(61))));
        assertEquals("[1]", Describe.shortly(N.arrayNode().add(1)));
    }

    @Test
    void typeErrorsSayWhatWasExpectedAndWhatCame() throws Exception {
        Finding f = first("vaultName: kv-a\nsoftDeleteRetentionInDays: ninety\n", "spec-type");
        assertEquals("'softDeleteRetentionInDays' must be a whole number but is a string.", f.message());
        assertEquals("Write 'softDeleteRetentionInDays' as a whole number.", f.fix());
        assertEquals("ninety", f.value());
        assertEquals("'protect' must be true or false but is a number.", first("protect: 1\n", "spec-type").message());
        assertEquals("'logging' must be a mapping but is a list.", first("logging: [a]\n", "spec-type").message());
        assertEquals("'limits.refusedPrefixLengths' must be a list of whole numbers but is a number.",
                first("limits: {refusedPrefixLengths: 31}\n", "spec-type").message());
        assertEquals("'tags' must be a mapping of names to strings but is a list.", first("tags: [a]\n", "spec-type").message());
        assertEquals("softDeleteRetentionInDays", first("softDeleteRetentionInDays: 99999999999\n", "spec-type").path().toString());
        assertEquals("'accessPolicies[0]' must be a mapping but is a string.", first("accessPolicies: [x]\n", "spec-type").message());
        assertEquals("'networkRules.ipRules[0]' must be a string but is a mapping.",
                first("networkRules: {ipRules: [{a: 1}]}\n", "spec-type").message());
    }

    @Test
    void aNonDecimalSpellingIsExplainedForWhatItIs() throws Exception {
        Finding hex = first("softDeleteRetentionInDays: 0x1e\n", "spec-type");
        assertEquals("'softDeleteRetentionInDays' is written '0x1e', a hexadecimal number; kvguard takes whole numbers in "
                + "plain decimal only, so that every reader agrees.", hex.message());
        assertEquals("Write 'softDeleteRetentionInDays' in plain decimal digits, without a sign, leading zeros or 0o/0x, e.g. 30.",
                hex.fix());
        assertEquals("'softDeleteRetentionInDays' is written '017', which YAML 1.1 and Go read as octal and YAML 1.2 as decimal; "
                + "kvguard takes whole numbers in plain decimal only, so that every reader agrees.",
                first("softDeleteRetentionInDays: 017\n", "spec-type").message());
        assertTrue(first("softDeleteRetentionInDays: 0o17\n", "spec-type").message().contains("'0o17', an octal number in YAML 1.2"));
        assertTrue(first("softDeleteRetentionInDays: +30\n", "spec-type").message().contains("'+30', a number with a sign;"));
    }

    @Test
    void aFractionOrExponentIsShownAsWrittenWithAFixThatWorks() throws Exception {
        Finding fraction = first("softDeleteRetentionInDays: 30.0\n", "spec-type");
        assertEquals("'softDeleteRetentionInDays' must be a whole number but is 30.0, written with a decimal point or an exponent.",
                fraction.message());
        assertEquals("Write 'softDeleteRetentionInDays' as 30.", fraction.fix());
        Finding exponent = first("softDeleteRetentionInDays: 1e1\n", "spec-type");
        assertEquals("1e1", exponent.value(), "as written, not 10.0");
        assertEquals("Write 'softDeleteRetentionInDays' as 10.", exponent.fix());
        Finding huge = first("softDeleteRetentionInDays: 1e400\n", "spec-type");
        assertEquals("1e400", huge.value(), "as written, not Infinity");
        assertEquals("Write 'softDeleteRetentionInDays' as a whole number in plain decimal digits.", huge.fix());
        assertEquals("30.5", SpecBinder.bind(SpecReader.parse("{\"softDeleteRetentionInDays\": 30.5}", "t.json", true)).findings()
                .stream().filter(x -> x.ruleId().equals("spec-type")).findFirst().orElseThrow().value(), "JSON keeps the spelling too");
        Finding big = first("softDeleteRetentionInDays: 99999999999\n", "spec-type");
        assertEquals("'softDeleteRetentionInDays' is 99999999999, beyond what a whole-number property can hold.", big.message());
        assertEquals("from -2147483648 to 2147483647", big.limit());
    }

    @Test
    void quotingIsSuggestedOnlyWhereTextIsWanted() throws Exception {
        assertEquals("Write 'vaultName' as a string. If you mean the text, quote it: '017' in quotes.",
                first("vaultName: 017\n", "spec-type").fix());
        assertEquals("Write 'protect' as true or false.", first("protect: 1\n", "spec-type").fix());
        assertEquals("Write 'logging' as a mapping.", first("logging: 5\n", "spec-type").fix());
        assertEquals("Write 'sku' as one of standard, premium.", first("sku: 1\n", "spec-type").fix());
    }

    @Test
    void tagKeysThatYamlDoesNotReadAsTextAreRefusedAtTheKey() throws Exception {
        List<Finding> findings = bind("tags: {~: a, null: b, 0x1F: c, true: d, env: prod}\n");
        assertEquals(List.of("tags.0x1F", "tags.null", "tags.true", "tags.~"), findings.stream()
                .filter(x -> x.ruleId().equals("spec-type")).map(f -> f.path().toString()).toList());
        Finding hex = findings.stream().filter(x -> x.path().toString().equals("tags.0x1F")).findFirst().orElseThrow();
        assertEquals("The key '0x1F' in 'tags' is a number in YAML, not a name.", hex.message());
        assertEquals("If you mean the text, quote the key: '0x1F' in quotes; otherwise remove it.", hex.fix());
        assertEquals("The key '~' in 'tags' is a null in YAML, not a name.",
                findings.stream().filter(x -> x.path().toString().equals("tags.~")).findFirst().orElseThrow().message());
        assertEquals(java.util.Map.of("null", "e", "env", "prod"), SpecBinder.bind(SpecReader.parse(
                "vaultName: kv-a\ntags: {\"null\": e, env: prod}\n", "t.yaml", false)).spec().tags(), "quoted keys are names");
    }

    @Test
    void requiredAndUnknownPropertiesAreWordedForTheUser() throws Exception {
        Finding missing = bind("{}").stream().filter(x -> x.path().toString().equals("vaultName")).findFirst().orElseThrow();
        assertEquals("'vaultName' is required but missing.", missing.message());
        assertEquals("Add 'vaultName'.", missing.fix());
        Finding unknown = first("zzzzzzzz: 1\n", "spec-unknown-property");
        assertTrue(unknown.fix().startsWith("Remove it; known properties here: vaultName, resourceGroupName"), unknown.fix());
        assertEquals("'networkRules.ipRule' is not a kvguard property.", first("networkRules: {ipRule: []}\n", "spec-unknown-property").message());
        assertEquals("Did you mean 'ipRules'?", first("networkRules: {ipRule: []}\n", "spec-unknown-property").fix());
        Finding bothRule = bind("networkRules: {virtualNetworkRules: [{subnetId: x, subnet: {}}]}\n").stream()
                .filter(x -> x.path().toString().equals("networkRules.virtualNetworkRules[0]")).findFirst().orElseThrow();
        assertTrue(bothRule.message().endsWith(", not both."), bothRule.message());
    }

    @Test
    void enumErrorsOfferTheClosestValueOrTheList() throws Exception {
        Finding close = first("sku: premum\n", "spec-enum");
        assertEquals("Use 'premium'.", close.fix());
        assertEquals("one of standard, premium", close.limit());
        Finding far = first("sku: zzzzzzzzzzz\n", "spec-enum");
        assertEquals("Use one of: standard, premium.", far.fix());
    }

    @Test
    void editDistanceAndTolerance() {
        assertEquals(3, Suggest.distance("kitten", "sitting"));
        assertEquals(3, Suggest.distance("", "abc"));
        assertEquals(0, Suggest.distance("same", "same"));
        assertEquals(1, Suggest.distance("ab", "abc"));
        assertEquals(Integer.MAX_VALUE, Suggest.distance("x".repeat(201), "x"));
        assertEquals(Optional.of("ipRules"), Suggest.closest("IPRULE", List.of("bypass", "ipRules")));
        // Tolerance: a third of the typed length, at least 2.
        assertEquals(Optional.of("abcdefghi"), Suggest.closest("abcdefxyz", List.of("abcdefghi")));
        assertEquals(Optional.empty(), Suggest.closest("abcdewxyz", List.of("abcdefghi")));
        assertEquals(Optional.of("abc"), Suggest.closest("xyc", List.of("abc")));
        assertEquals(Optional.empty(), Suggest.closest("xyz", List.of("abc")));
        assertEquals(Optional.of("first"), Suggest.closest("firs", List.of("first", "firsts")));
    }
}
