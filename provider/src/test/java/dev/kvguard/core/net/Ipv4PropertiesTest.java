package dev.kvguard.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.validate.ValidationReport;
import dev.kvguard.testing.TestSpecs;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Property tests of IPv4 parsing and classification, each over at least 10,000 generated cases. The
 * oracles are independent of the code under test: plain 32-bit arithmetic for addresses and prefixes, and
 * a table of the IANA IPv4 special-purpose registry ("globally reachable: false" entries) written here
 * as first/last addresses, not as CIDR objects.
 */
class Ipv4PropertiesTest {

    static final int TRIES = 10_000;

    /** IANA special-purpose blocks that are not globally reachable, plus multicast; first and last address. */
    static final long[][] NEVER_PUBLIC = {
            {ip(0, 0, 0, 0), ip(0, 255, 255, 255)},
            {ip(10, 0, 0, 0), ip(10, 255, 255, 255)},
            {ip(100, 64, 0, 0), ip(100, 127, 255, 255)},
            {ip(127, 0, 0, 0), ip(127, 255, 255, 255)},
            {ip(169, 254, 0, 0), ip(169, 254, 255, 255)},
            {ip(172, 16, 0, 0), ip(172, 31, 255, 255)},
            {ip(192, 0, 0, 0), ip(192, 0, 0, 255)},
            {ip(192, 168, 0, 0), ip(192, 168, 255, 255)},
            {ip(224, 0, 0, 0), ip(239, 255, 255, 255)},
            {ip(240, 0, 0, 0), ip(255, 255, 255, 255)}};

    static long ip(int a, int b, int c, int d) {
        return ((long) a << 24) | ((long) b << 16) | ((long) c << 8) | d;
    }

    static String dotted(long v) {
        return (v >>> 24) + "." + ((v >>> 16) & 255) + "." + ((v >>> 8) & 255) + "." + (v & 255);
    }

    static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    static boolean oracleIsPublic(long first, long last) {
        for (long[] block : NEVER_PUBLIC) {
            if (first <= block[1] && block[0] <= last) {
                return false;
            }
        }
        return true;
    }

    @Property(tries = TRIES)
    void dottedQuadsRoundTrip(@ForAll @LongRange(min = 0, max = 0xFFFFFFFFL) long address) {
        Ipv4Parser.Parsed parsed = assertInstanceOf(Ipv4Parser.Parsed.class, Ipv4Parser.parse(dotted(address)));
        assertEquals(address, parsed.range().start());
        assertEquals(32, parsed.range().prefixLength());
        assertEquals(dotted(address), parsed.range().toRuleString());
        assertEquals(dotted(address) + "/32", parsed.range().toCidr());
    }

    @Property(tries = TRIES)
    void cidrParsingNormalisesHostBits(@ForAll @LongRange(min = 0, max = 0xFFFFFFFFL) long address,
                                       @ForAll @IntRange(min = 0, max = 32) int prefix) {
        String text = dotted(address) + "/" + prefix;
        Ipv4Parser.Parsed parsed = assertInstanceOf(Ipv4Parser.Parsed.class, Ipv4Parser.parse(text));
        long network = address & mask(prefix);
        assertEquals(network, parsed.range().start(), text);
        assertEquals(network | (~mask(prefix) & 0xFFFFFFFFL), parsed.range().end(), text);
        assertEquals(address != network, parsed.hostBitsSet(), text);
        Ipv4Parser.Parsed again = assertInstanceOf(Ipv4Parser.Parsed.class, Ipv4Parser.parse(parsed.range().toCidr()));
        assertEquals(parsed.range(), again.range(), "round trip of " + parsed.range());
        assertTrue(!again.hostBitsSet());
    }

    @Property(tries = TRIES)
    void containmentAgreesWithArithmetic(@ForAll @LongRange(min = 0, max = 0xFFFFFFFFL) long a, @ForAll @IntRange(min = 0, max = 32) int pa,
                                         @ForAll @LongRange(min = 0, max = 0xFFFFFFFFL) long b, @ForAll @IntRange(min = 0, max = 32) int pb) {
        Ipv4Range x = Ipv4Range.containing(a, pa);
        Ipv4Range y = Ipv4Range.containing(b, pb);
        boolean oracle = x.start() <= y.start() && y.end() <= x.end();
        assertEquals(oracle, x.contains(y));
        assertEquals(x.start() <= y.end() && y.start() <= x.end(), x.overlaps(y));
        // CIDR blocks nest or are disjoint.
        assertEquals(x.overlaps(y), x.contains(y) || y.contains(x));
    }

    @Property(tries = TRIES)
    void publicClassificationAgreesWithTheIanaTable(@ForAll @LongRange(min = 0, max = 0xFFFFFFFFL) long address,
                                                    @ForAll("prefixes") int prefix) {
        Ipv4Range range = Ipv4Range.containing(address, prefix);
        boolean oracle = oracleIsPublic(range.start(), range.end());
        assertEquals(oracle, SpecialRange.isPublic(range), range.toCidr());
        ValidationReport report = TestSpecs.validate(TestSpecs.withIpRules(List.of(range.toRuleString())));
        boolean refused = report.findings().stream().anyMatch(f -> f.ruleId().equals("ip-rule-not-public"));
        assertEquals(!oracle, refused, range.toCidr() + " " + report.findings());
    }

    @Provide
    Arbitrary<Integer> prefixes() {
        // Weighted towards the prefixes people write, with every length possible.
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(16, 32)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(8, 15)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 7)));
    }

    @Property(tries = TRIES)
    void publicRemainderIsPublicAndExact(@ForAll @LongRange(min = 0, max = 0xFFFFFFFFL) long address,
                                         @ForAll @IntRange(min = 4, max = 32) int prefix) {
        Ipv4Range range = Ipv4Range.containing(address, prefix);
        List<Ipv4Range> remainder = SpecialRange.publicRemainder(range);
        long covered = 0;
        for (Ipv4Range r : remainder) {
            assertTrue(range.contains(r));
            assertTrue(oracleIsPublic(r.start(), r.end()), r.toCidr());
            covered += r.size();
        }
        long publicCount = 0;
        // Count public addresses of the range from the oracle table, by subtraction.
        long nonPublic = 0;
        for (long[] block : NEVER_PUBLIC) {
            long first = Math.max(block[0], range.start());
            long last = Math.min(block[1], range.end());
            if (first <= last) {
                nonPublic += last - first + 1;
            }
        }
        publicCount = range.size() - nonPublic;
        assertEquals(publicCount, covered, range.toCidr());
    }

    /** The IPAddress library with every leniency off: the oracle for kvguard's own IPv4 grammar. */
    static final inet.ipaddr.IPAddressStringParameters LIBRARY_STRICT = new inet.ipaddr.IPAddressStringParameters.Builder()
            .allowEmpty(false).allowSingleSegment(false).allowAll(false).allowMask(false).allowPrefixOnly(false)
            .allowWildcardedSeparator(false).setRangeOptions(inet.ipaddr.AddressStringParameters.RangeParameters.NO_RANGE)
            .allow_inet_aton(false).allowIPv6(false).allowIPv4(true).allowPrefix(true)
            .getIPv4AddressParametersBuilder().allowLeadingZeros(false).allowUnlimitedLeadingZeros(false)
            // The library reads the 0 of "/0" as a leading zero; "/08" is refused below instead.
            .allowPrefixLengthLeadingZeros(true).allowPrefixesBeyondAddressSize(false).allowBinary(false)
            .allow_inet_aton(false).allowWildcardedSeparator(false)
            .setRangeOptions(inet.ipaddr.AddressStringParameters.RangeParameters.NO_RANGE)
            .getParentBuilder().toParams();

    @Property(tries = TRIES)
    void ownGrammarAgreesWithTheIpAddressLibrary(@ForAll("ipLike") String text) {
        inet.ipaddr.IPAddress address;
        try {
            address = new inet.ipaddr.IPAddressString(text, LIBRARY_STRICT).getAddress();
        } catch (RuntimeException libraryBug) {
            // IPAddress 5.5.1 throws ArrayIndexOutOfBoundsException on e.g. "0.100000/2147500000": treat as refused.
            address = null;
        }
        int slash = text.indexOf('/');
        boolean prefixLeadingZero = slash >= 0 && text.length() - slash > 2 && text.charAt(slash + 1) == '0';
        boolean libraryAccepts = address != null && address.isIPv4() && !prefixLeadingZero;
        Ipv4Parser.Result ours = Ipv4Parser.parse(text);
        assertEquals(libraryAccepts, ours instanceof Ipv4Parser.Parsed, text + " -> " + ours);
        if (ours instanceof Ipv4Parser.Parsed parsed) {
            Integer prefix = address.getNetworkPrefixLength();
            long value = address.getLower().toIPv4().longValue();
            assertEquals(prefix == null ? 32 : prefix, parsed.range().prefixLength(), text);
            assertEquals(value & mask(parsed.range().prefixLength()), parsed.range().start(), text);
            assertEquals(prefix != null, parsed.hadPrefix(), text);
        }
    }

    @Provide
    Arbitrary<String> ipLike() {
        Arbitrary<String> near = Combinators.combine(Arbitraries.integers().between(0, 300), Arbitraries.integers().between(0, 300),
                Arbitraries.integers().between(0, 300), Arbitraries.integers().between(0, 300), Arbitraries.integers().between(-1, 40),
                Arbitraries.of("", "0", "00")).as((a, b, c, d, p, zeros) -> zeros + a + "." + b + "." + c + "." + d + (p < 0 ? "" : "/" + p));
        Arbitrary<String> soup = Arbitraries.strings().withChars("0123456789./").ofMinLength(1).ofMaxLength(22);
        return Arbitraries.oneOf(near, soup);
    }

    @Property(tries = TRIES)
    void ipv6LookalikesNeverThrow(@ForAll("ipv6Like") String text) {
        Ipv4Parser.Result result = Ipv4Parser.parse(text);
        assertTrue(result instanceof Ipv4Parser.Ipv6 || result instanceof Ipv4Parser.Invalid, text);
    }

    @Provide
    Arbitrary<String> ipv6Like() {
        return Arbitraries.strings().withChars("0123456789abcdefABCDEF:./%").ofMinLength(1).ofMaxLength(64).filter(s -> s.contains(":"));
    }

    @Property(tries = TRIES)
    void hostileStringsGiveSyntaxFindingsNeverExceptions(@ForAll("hostile") String text) {
        Ipv4Parser.Result result = Ipv4Parser.parse(text);
        if (!(result instanceof Ipv4Parser.Ipv6)) {
            assertInstanceOf(Ipv4Parser.Invalid.class, result, text);
        }
        ValidationReport report = TestSpecs.validate(TestSpecs.withIpRules(List.of(text)));
        List<String> ids = report.findings().stream().map(Finding::ruleId).distinct().toList();
        assertTrue(ids.equals(List.of("ip-rule-syntax")) || ids.equals(List.of("ip-rule-ipv6")), text + " -> " + ids);
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> quad = Combinators.combine(Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 255)).as((a, b, c, d) -> a + "." + b + "." + c + "." + d);
        Arbitrary<String> unicodeDigits = quad.map(q -> q.replace('1', '\u0661').replace('2', '\uFF12').replace('3', '\u0969'))
                .filter(s -> !s.chars().allMatch(ch -> ch < 128));
        Arbitrary<String> controls = Combinators.combine(quad, Arbitraries.chars().range('\u0000', '\u001F'),
                Arbitraries.integers().between(0, 6)).as((q, c, at) -> q.substring(0, Math.min(at, q.length())) + c
                + q.substring(Math.min(at, q.length())));
        Arbitrary<String> zoned = Combinators.combine(quad, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8))
                .as((q, zone) -> q + "%" + zone);
        Arbitrary<String> longInput = Arbitraries.strings().withChars("0123456789./").ofMinLength(65).ofMaxLength(5000);
        Arbitrary<String> outOfRange = Combinators.combine(quad, Arbitraries.integers().between(256, 99999),
                Arbitraries.integers().between(0, 3)).as((q, big, pos) -> {
                    String[] parts = q.split("\\.");
                    parts[pos] = String.valueOf(big);
                    return String.join(".", parts);
                });
        Arbitrary<String> badPrefix = Combinators.combine(quad, Arbitraries.integers().between(33, 1000)).as((q, p) -> q + "/" + p);
        Arbitrary<String> leadingZero = quad.map(q -> "0" + q);
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(40).filter(s -> !s.matches("[0-9./]*"));
        Arbitrary<String> wrongParts = Arbitraries.integers().between(0, 255).list().ofMinSize(1).ofMaxSize(9)
                .filter(l -> l.size() != 4).map(l -> String.join(".", l.stream().map(String::valueOf).toList()));
        return Arbitraries.oneOf(unicodeDigits, controls, zoned, longInput, outOfRange, badPrefix, leadingZero, anything, wrongParts);
    }
}
