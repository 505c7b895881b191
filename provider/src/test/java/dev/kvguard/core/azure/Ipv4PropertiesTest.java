package dev.kvguard.core.azure;

import static dev.kvguard.testing.Properties.between;
import static dev.kvguard.testing.Properties.forAll;
import static dev.kvguard.testing.Properties.oneOf;
import static dev.kvguard.testing.Properties.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.validate.ValidationReport;
import dev.kvguard.testing.Properties;
import dev.kvguard.testing.TestSpecs;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Property tests of IPv4 parsing and classification, each over at least 10,000 generated cases. The
 * oracles are independent of the code under test: plain 32-bit arithmetic for addresses and prefixes, and
 * a table of the IANA IPv4 special-purpose registry ("globally reachable: false" entries) written here
 * as first/last addresses, not as CIDR objects. Inputs come from seeded generators ({@link Properties});
 * a failure names the seed that replays it.
 */
class Ipv4PropertiesTest {


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

    static long anyAddress(SplittableRandom r) {
        return r.nextLong(0, 0x1_0000_0000L);
    }

    /** Addresses and prefix lengths as generated pairs. */
    record Cidr(long address, int prefix) {
        static Cidr any(SplittableRandom r, int minPrefix) {
            return new Cidr(anyAddress(r), between(r, minPrefix, 32));
        }

        @Override
        public String toString() {
            return dotted(address) + "/" + prefix;
        }
    }

    @Test
    void dottedQuadsRoundTrip() {
        assertEquals(Properties.TRIES, forAll("dottedQuadsRoundTrip", Ipv4PropertiesTest::anyAddress, address -> {
            Ipv4Parser.Parsed parsed = assertInstanceOf(Ipv4Parser.Parsed.class, Ipv4Parser.parse(dotted(address)));
            assertEquals(address, parsed.range().start());
            assertEquals(32, parsed.range().prefixLength());
            assertEquals(dotted(address), parsed.range().toRuleString());
            assertEquals(dotted(address) + "/32", parsed.range().toCidr());
        }));
    }

    @Test
    void cidrParsingNormalisesHostBits() {
        forAll("cidrParsingNormalisesHostBits", r -> Cidr.any(r, 0), cidr -> {
            String text = cidr.toString();
            long address = cidr.address();
            int prefix = cidr.prefix();
            Ipv4Parser.Parsed parsed = assertInstanceOf(Ipv4Parser.Parsed.class, Ipv4Parser.parse(text));
            long network = address & mask(prefix);
            assertEquals(network, parsed.range().start(), text);
            assertEquals(network | (~mask(prefix) & 0xFFFFFFFFL), parsed.range().end(), text);
            assertEquals(address != network, parsed.hostBitsSet(), text);
            Ipv4Parser.Parsed again = assertInstanceOf(Ipv4Parser.Parsed.class, Ipv4Parser.parse(parsed.range().toCidr()));
            assertEquals(parsed.range(), again.range(), "round trip of " + parsed.range());
            assertTrue(!again.hostBitsSet());
        });
    }

    @Test
    void containmentAgreesWithArithmetic() {
        forAll("containmentAgreesWithArithmetic", r -> List.of(Cidr.any(r, 0), Cidr.any(r, 0)), pair -> {
            Ipv4Range x = Ipv4Range.containing(pair.get(0).address(), pair.get(0).prefix());
            Ipv4Range y = Ipv4Range.containing(pair.get(1).address(), pair.get(1).prefix());
            boolean oracle = x.start() <= y.start() && y.end() <= x.end();
            assertEquals(oracle, x.contains(y));
            assertEquals(x.start() <= y.end() && y.start() <= x.end(), x.overlaps(y));
            // CIDR blocks nest or are disjoint.
            assertEquals(x.overlaps(y), x.contains(y) || y.contains(x));
        });
    }

    /** Weighted towards the prefixes people write (6:3:1 for /16-/32, /8-/15, /0-/7), with every length possible. */
    static int prefix(SplittableRandom r) {
        int weight = r.nextInt(10);
        return weight < 6 ? between(r, 16, 32) : weight < 9 ? between(r, 8, 15) : between(r, 0, 7);
    }

    @Test
    void publicClassificationAgreesWithTheIanaTable() {
        forAll("publicClassificationAgreesWithTheIanaTable", r -> new Cidr(anyAddress(r), prefix(r)), cidr -> {
            Ipv4Range range = Ipv4Range.containing(cidr.address(), cidr.prefix());
            boolean oracle = oracleIsPublic(range.start(), range.end());
            assertEquals(oracle, SpecialRange.isPublic(range), range.toCidr());
            ValidationReport report = TestSpecs.validate(TestSpecs.withIpRules(List.of(range.toRuleString())));
            boolean refused = report.findings().stream().anyMatch(f -> f.ruleId().equals("ip-rule-not-public"));
            assertEquals(!oracle, refused, range.toCidr() + " " + report.findings());
        });
    }

    @Test
    void publicRemainderIsPublicAndExact() {
        forAll("publicRemainderIsPublicAndExact", r -> Cidr.any(r, 4), cidr -> {
            Ipv4Range range = Ipv4Range.containing(cidr.address(), cidr.prefix());
            List<Ipv4Range> remainder = SpecialRange.publicRemainder(range);
            long covered = 0;
            for (Ipv4Range part : remainder) {
                assertTrue(range.contains(part));
                assertTrue(oracleIsPublic(part.start(), part.end()), part.toCidr());
                covered += part.size();
            }
            // Count public addresses of the range from the oracle table, by subtraction.
            long nonPublic = 0;
            for (long[] block : NEVER_PUBLIC) {
                long first = Math.max(block[0], range.start());
                long last = Math.min(block[1], range.end());
                if (first <= last) {
                    nonPublic += last - first + 1;
                }
            }
            assertEquals(range.size() - nonPublic, covered, range.toCidr());
        });
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

    @Test
    void ownGrammarAgreesWithTheIpAddressLibrary() {
        forAll("ownGrammarAgreesWithTheIpAddressLibrary", Ipv4PropertiesTest::ipLike, text -> {
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
        });
    }

    /** Near-addresses (octets up to 300, optional prefix up to 40, leading zeros) or a soup of digits, dots and slashes. */
    static String ipLike(SplittableRandom r) {
        if (r.nextBoolean()) {
            int p = between(r, -1, 40);
            return oneOf(r, "", "0", "00") + between(r, 0, 300) + "." + between(r, 0, 300) + "." + between(r, 0, 300) + "."
                    + between(r, 0, 300) + (p < 0 ? "" : "/" + p);
        }
        return string(r, "0123456789./", 1, 22);
    }

    @Test
    void ipv6LookalikesNeverThrow() {
        forAll("ipv6LookalikesNeverThrow", Ipv4PropertiesTest::ipv6Like, text -> {
            Ipv4Parser.Result result = Ipv4Parser.parse(text);
            assertTrue(result instanceof Ipv4Parser.Ipv6 || result instanceof Ipv4Parser.Invalid, text);
        });
    }

    static String ipv6Like(SplittableRandom r) {
        String text = string(r, "0123456789abcdefABCDEF:./%", 1, 64);
        // At least one colon, somewhere.
        int at = r.nextInt(text.length() + 1);
        return text.contains(":") ? text : text.substring(0, at) + ":" + text.substring(at);
    }

    @Test
    void hostileStringsGiveSyntaxFindingsNeverExceptions() {
        forAll("hostileStringsGiveSyntaxFindingsNeverExceptions", Ipv4PropertiesTest::hostile, text -> {
            Ipv4Parser.Result result = Ipv4Parser.parse(text);
            if (!(result instanceof Ipv4Parser.Ipv6)) {
                assertInstanceOf(Ipv4Parser.Invalid.class, result, text);
            }
            ValidationReport report = TestSpecs.validate(TestSpecs.withIpRules(List.of(text)));
            List<String> ids = report.findings().stream().map(Finding::ruleId).distinct().toList();
            assertTrue(ids.equals(List.of("ip-rule-syntax")) || ids.equals(List.of("ip-rule-ipv6")), text + " -> " + ids);
        });
    }

    static String quad(SplittableRandom r) {
        return between(r, 0, 255) + "." + between(r, 0, 255) + "." + between(r, 0, 255) + "." + between(r, 0, 255);
    }

    /** Nine kinds of hostile input, equally likely. */
    static String hostile(SplittableRandom r) {
        String q = quad(r);
        switch (r.nextInt(9)) {
            case 0 -> {
                // Unicode digits that look like ASCII ones; a quad with no 1, 2 or 3 gets one.
                String u = ("1" + q).replace('1', '\u0661').replace('2', '\uFF12').replace('3', '\u0969');
                return u.substring(1).chars().allMatch(ch -> ch < 128) ? u : u.substring(1);
            }
            case 1 -> {
                int at = Math.min(between(r, 0, 6), q.length());
                return q.substring(0, at) + (char) between(r, 0, 0x1F) + q.substring(at);
            }
            case 2 -> {
                return q + "%" + string(r, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 1, 8);
            }
            case 3 -> {
                return string(r, "0123456789./", 65, 5000);
            }
            case 4 -> {
                String[] parts = q.split("\\.");
                parts[between(r, 0, 3)] = String.valueOf(between(r, 256, 99999));
                return String.join(".", parts);
            }
            case 5 -> {
                return q + "/" + between(r, 33, 1000);
            }
            case 6 -> {
                return "0" + q;
            }
            case 7 -> {
                String s;
                do {
                    s = anyString(r, 40);
                } while (s.matches("[0-9./]*"));
                return s;
            }
            default -> {
                int size;
                do {
                    size = between(r, 1, 9);
                } while (size == 4);
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < size; i++) {
                    b.append(i == 0 ? "" : ".").append(between(r, 0, 255));
                }
                return b.toString();
            }
        }
    }

    /** Any UTF-16 text of up to {@code max} characters, surrogates included. */
    static String anyString(SplittableRandom r, int max) {
        int length = between(r, 0, max);
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append((char) r.nextInt(0x10000));
        }
        return b.toString();
    }
}
