package dev.kvguard.core.network;

import static dev.kvguard.testing.TestSpecs.byRule;
import static dev.kvguard.testing.TestSpecs.publicAddresses;
import static dev.kvguard.testing.TestSpecs.single;
import static dev.kvguard.testing.TestSpecs.validate;
import static dev.kvguard.testing.TestSpecs.withIpRules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Severity;
import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.spec.LimitsSpec;
import dev.kvguard.core.spec.NetworkRulesSpec;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.validate.ValidationReport;
import dev.kvguard.testing.TestSpecs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpRulesTest {

    private static ValidationReport rules(String... ipRules) {
        return validate(withIpRules(List.of(ipRules)));
    }

    private static ValidationReport rules(LimitsProfile profile, List<String> ipRules) {
        VaultSpec spec = TestSpecs.valid().limits(new LimitsSpec(profile.name(), null, null, null))
                .networkRules(new NetworkRulesSpec(null, null, ipRules, null)).build();
        return validate(spec);
    }

    @Test
    void validPublicRulesProduceNoFindings() {
        assertEquals(List.of(), rules("52.168.0.7", "40.74.28.0/24", "13.64.0.0/11").findings());
    }

    @Test
    void syntaxErrorsCarryPathValueLimitAndFix() {
        Finding f = single(rules("52.168.0.7", "52.168.0.07"), "ip-rule-syntax");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("networkRules.ipRules[1]", f.path().toString());
        assertEquals("52.168.0.07", f.value());
        assertTrue(f.message().contains("'52.168.0.07'") && f.message().contains("leading zero"), f.message());
        assertTrue(f.fix().contains("52.168.0.7"), f.fix());
        assertTrue(f.limit().contains("CIDR"));
    }

    @Test
    void whitespaceFixOffersTheTrimmedRule() {
        assertEquals("Remove the surrounding whitespace: '52.168.0.7'.", single(rules(" 52.168.0.7"), "ip-rule-syntax").fix());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8::1", "::ffff:52.1.2.3", "fe80::1%eth0", "::"})
    void ipv6IsRefused(String rule) {
        Finding f = single(rules(rule), "ip-rule-ipv6");
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("IPv4 addresses only"));
    }

    @Test
    void ipv4MappedFixNamesTheIpv4Address() {
        assertEquals("Write the IPv4 address itself: 52.1.2.3.", single(rules("::ffff:52.1.2.3"), "ip-rule-ipv6").fix());
    }

    @Test
    void slash32IsRefusedByDefaultAndTheFindingSaysTodaysAzureStoresIt() {
        Finding f = single(rules("52.168.0.7/32"), "ip-rule-prefix");
        assertEquals("IP rule '52.168.0.7/32' uses a /32 prefix; the 'reference-2019' profile refuses /31 and /32 ranges."
                + " Today's service accepts /32 and stores every single address that way (az keyvault show and"
                + " Terraform state return 52.168.0.7/32).", f.message());
        assertEquals("Use 52.168.0.7 as a single-address rule. Or, to check against today's limits, choose the 'current'"
                + " profile: 'limits: {profile: current}' in the spec, or --profile current.", f.fix());
        assertTrue(f.limit().contains("/31 and /32"));
    }

    @Test
    void slash31FixNamesBothAddresses() {
        Finding f = single(rules("52.168.0.6/31"), "ip-rule-prefix");
        assertEquals("Use 52.168.0.6 and 52.168.0.7 as 2 single-address rules.", f.fix());
    }

    @Test
    void slash30AndSingleAddressesPass() {
        assertEquals(List.of(), rules("52.168.0.4/30", "52.168.0.9").findings());
    }

    @Test
    void currentProfileAcceptsSlash32AndSlash31AsMicrosoftsCurrentPageNamesNoRefusedPrefix() {
        assertEquals(List.of(), rules(LimitsProfile.CURRENT, List.of("52.168.0.7/32")).findings());
        assertEquals(List.of(), rules(LimitsProfile.CURRENT, List.of("52.168.0.6/31")).findings());
    }

    @Test
    void aRefusedSlash31SaysNothingAboutHowAzureStoresSingleAddresses() {
        Finding f = single(rules("52.168.0.6/31"), "ip-rule-prefix");
        assertEquals("IP rule '52.168.0.6/31' uses a /31 prefix; the 'reference-2019' profile refuses /31 and /32 ranges.",
                f.message());
    }

    @Test
    void rfc1918BoundariesOf172() {
        assertEquals(List.of(), rules("172.15.255.255", "172.32.0.0").findings());
        Finding f = single(rules("172.16.0.0"), "ip-rule-not-public");
        assertTrue(f.message().contains("172.16.0.0/12 (private, RFC 1918)"), f.message());
        assertTrue(f.fix().contains("virtual-network rule"), f.fix());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/8", "10.1.2.3", "192.168.1.0/24", "127.0.0.1", "169.254.169.254",
            "100.64.0.1", "0.0.0.0", "224.0.0.251", "240.0.0.1", "255.255.255.255", "0.0.0.0/0", "8.0.0.0/6",
            "172.0.0.0/8", "192.0.0.0/16"})
    void nonPublicSpaceIsAnError(String rule) {
        Finding f = single(rules(rule), "ip-rule-not-public");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("public IPv4 space only", f.limit());
    }

    @Test
    void wideRangeFixListsThePublicPart() {
        Finding f = single(rules("8.0.0.0/6"), "ip-rule-not-public");
        assertTrue(f.message().contains("covers non-public space: 10.0.0.0/8"), f.message());
        assertEquals("Replace it with its public part: 8.0.0.0/7, 11.0.0.0/8.", f.fix());
        Finding everything = single(rules("0.0.0.0/0"), "ip-rule-not-public");
        assertTrue(everything.fix().contains("CIDR blocks"), everything.fix());
    }

    @Test
    void broadcastIsNamedAsBroadcast() {
        assertTrue(single(rules("255.255.255.255"), "ip-rule-not-public").message().contains("limited broadcast"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.1", "198.51.100.0/24", "203.0.113.9", "198.18.0.0/15", "198.19.255.255"})
    void documentationAndBenchmarkingRangesWarn(String rule) {
        ValidationReport report = rules(rule);
        Finding f = single(report, "ip-rule-documentation-range");
        assertEquals(Severity.WARNING, f.severity());
        assertFalse(report.hasErrors());
    }

    @Test
    void justOutsideDocumentationRangesIsSilent() {
        assertEquals(List.of(), rules("192.0.3.0", "198.51.101.0", "203.0.114.0", "198.20.0.0", "198.17.255.255").findings());
    }

    @Test
    void hostBitsWarnAndNameTheNetwork() {
        Finding f = single(rules("52.1.2.3/24"), "ip-rule-host-bits");
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("52.1.2.0/24"));
        assertTrue(f.fix().startsWith("Write 52.1.2.0/24"));
    }

    @Test
    void duplicatesIncludingDifferentSpellings() {
        ValidationReport report = validate(TestSpecs.valid().limits(new LimitsSpec("current", null, null, null))
                .networkRules(new NetworkRulesSpec(null, null, List.of("52.1.2.3", "40.0.0.0/8", "52.1.2.3/32"), null)).build());
        Finding f = single(report, "ip-rule-duplicate");
        assertEquals("networkRules.ipRules[2]", f.path().toString());
        assertTrue(f.message().contains("networkRules.ipRules[0]"));
        assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void overlapsNameTheContainingRule() {
        ValidationReport report = rules("52.1.2.0/25", "52.0.0.0/8", "40.1.1.1", "52.1.2.9");
        List<Finding> overlaps = byRule(report, "ip-rule-overlap");
        assertEquals(List.of("networkRules.ipRules[0]", "networkRules.ipRules[3]"), overlaps.stream().map(f -> f.path().toString()).toList());
        assertTrue(overlaps.stream().allMatch(f -> f.message().contains("networkRules.ipRules[1]")));
        assertEquals(0, byRule(report, "ip-rule-duplicate").size());
    }

    @Test
    void adjacentRangesDoNotOverlap() {
        assertEquals(List.of(), rules("52.1.2.0/24", "52.1.3.0/24", "52.1.4.0/22").findings());
    }

    @Test
    void referenceProfileAllows127AndRefuses128() {
        assertEquals(List.of(), rules(publicAddresses(127).toArray(String[]::new)).findings());
        Finding f = single(rules(publicAddresses(128).toArray(String[]::new)), "ip-rule-count");
        assertEquals("128", f.value());
        assertEquals("networkRules.ipRules", f.path().toString());
        assertTrue(f.message().contains("limit of 127") && f.message().contains("reference-2019"), f.message());
        assertTrue(f.limit().contains("at most " + LimitsProfile.REFERENCE_2019.maxIpRules()));
    }

    @Test
    void currentProfileAllows1000AndRefuses1001() {
        assertEquals(List.of(), rules(LimitsProfile.CURRENT, publicAddresses(1000)).findings());
        Finding f = single(rules(LimitsProfile.CURRENT, publicAddresses(1001)), "ip-rule-count");
        assertTrue(f.message().contains("limit of 1000") && f.message().contains("'current'"), f.message());
    }

    @Test
    void everyBadRuleGetsItsOwnFindingInInputOrder() {
        List<String> input = new ArrayList<>(List.of("1.2.3", "10.0.0.1", "2001:db8::1", "52.1.2.3/32", "52.1.2.3"));
        List<String> paths = validate(withIpRules(input)).findings().stream().map(f -> f.path().toString()).toList();
        assertEquals(List.of("networkRules.ipRules[0]", "networkRules.ipRules[1]", "networkRules.ipRules[2]",
                "networkRules.ipRules[3]"), paths);
    }

    @Test
    void eachRangeGoesToAzureOnceAtItsFirstPositionWhetherOrNotItHasAnError() {
        // /31 is refused under reference-2019 (an error, so no duplicate finding), and 40.1.2.7/24 has host bits
        // (a warning): it is 40.1.2.0/24 again.
        ValidationReport report = rules(LimitsProfile.REFERENCE_2019,
                List.of("52.1.2.4/31", "40.1.2.0/24", "52.1.2.4/31", "40.1.2.7/24", "13.0.0.1"));
        assertEquals(List.of("52.1.2.4/31", "40.1.2.0/24", "13.0.0.1"),
                report.vault().ipRules().stream().map(r -> r.azureValue()).toList());
        assertEquals(List.of("networkRules.ipRules[0]", "networkRules.ipRules[1]", "networkRules.ipRules[4]"),
                report.vault().ipRules().stream().map(r -> r.path().toString()).toList());
        assertEquals(2, byRule(report, "ip-rule-prefix").size());
        Finding duplicate = single(report, "ip-rule-duplicate");
        assertEquals("networkRules.ipRules[3]", duplicate.path().toString());
        assertEquals("IP rule '40.1.2.7/24' names the same range (40.1.2.0/24) as '40.1.2.0/24' at networkRules.ipRules[1].",
                duplicate.message());
    }
}
