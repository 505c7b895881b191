package dev.kvguard.core.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv4ParserTest {

    @ParameterizedTest
    @CsvSource({
            "52.168.0.7, 52.168.0.7/32, false, false",
            "52.168.0.0/24, 52.168.0.0/24, false, true",
            "52.168.0.7/24, 52.168.0.0/24, true, true",
            "0.0.0.0/0, 0.0.0.0/0, false, true",
            "255.255.255.255, 255.255.255.255/32, false, false",
            "1.2.3.4/32, 1.2.3.4/32, false, true",
            "1.2.3.5/31, 1.2.3.4/31, true, true",
            "0.0.0.0, 0.0.0.0/32, false, false"})
    void parsesStrictIpv4(String text, String cidr, boolean hostBits, boolean hadPrefix) {
        Ipv4Parser.Parsed parsed = assertInstanceOf(Ipv4Parser.Parsed.class, Ipv4Parser.parse(text));
        assertEquals(cidr, parsed.range().toCidr());
        assertEquals(hostBits, parsed.hostBitsSet());
        assertEquals(hadPrefix, parsed.hadPrefix());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.4/33", "1.2.3.4/-1", "01.2.3.4",
            "1.2.3.04", "0x1.2.3.4", "1.2.3.4/08", "1.2.3.4/", "1.2.3.4//24", " 1.2.3.4", "1.2.3.4 ", "1.2.3.4\t",
            "1.2.3.4/24/", "1..3.4", "a.b.c.d", "1.2.3.*", "1.2.3.4-1.2.3.5", "1.2.3.4/255.255.255.0", "16909060",
            "1.2.3.4%eth0", "\u0661.2.3.4", "1.2.3.4\u0000", "１.2.3.4", "1.2.3.4/1000", "999999999999.1.1.1"})
    void refusesEverythingElse(String text) {
        assertInstanceOf(Ipv4Parser.Invalid.class, Ipv4Parser.parse(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8::1", "::1", "::", "::ffff:10.0.0.1", "::ffff:52.1.2.3", "2001:db8::/32",
            "fe80::1%eth0", "2001:0db8:0000:0000:0000:0000:0000:0001", "::ffff:a00:1"})
    void recognisesIpv6(String text) {
        assertInstanceOf(Ipv4Parser.Ipv6.class, Ipv4Parser.parse(text), text);
    }

    @Test
    void explainsSyntaxProblemsInUserTerms() {
        assertEquals("octet 256 is above 255", reason("256.1.1.1"));
        assertEquals("it has 3 parts separated by dots; an IPv4 address has exactly four", reason("1.2.3"));
        assertEquals("the prefix /33 is outside 0-32", reason("1.2.3.4/33"));
        assertTrue(reason("01.2.3.4").contains("leading zero"));
        assertTrue(reason(" 1.2.3.4").contains("whitespace"));
        assertTrue(reason("0x1.2.3.4").contains("'x'"));
        assertEquals("it is empty", reason(""));
        assertTrue(reason("1".repeat(100)).contains("100 characters"));
    }

    @Test
    void rangeArithmetic() {
        Ipv4Range wide = Ipv4Range.of("52.0.0.0/8");
        Ipv4Range narrow = Ipv4Range.of("52.1.0.0/16");
        assertTrue(wide.contains(narrow));
        assertFalse(narrow.contains(wide));
        assertTrue(wide.overlaps(narrow) && narrow.overlaps(wide));
        assertFalse(narrow.overlaps(Ipv4Range.of("52.2.0.0/16")));
        assertEquals(Ipv4Range.of("52.1.2.0/24").end(), Ipv4Range.of("52.1.2.255/32").start());
        assertEquals("52.1.2.3", Ipv4Range.of("52.1.2.3/32").toRuleString());
        assertEquals(java.util.List.of("52.1.2.2", "52.1.2.3"), Ipv4Range.of("52.1.2.2/31").addresses());
    }

    private static String reason(String text) {
        return assertInstanceOf(Ipv4Parser.Invalid.class, Ipv4Parser.parse(text)).reason();
    }
}
