package dev.kvguard.core.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpecialRangeTest {

    @ParameterizedTest
    @ValueSource(strings = {"9.255.255.255/32", "11.0.0.0/32", "172.15.255.255/32", "172.32.0.0/32",
            "192.167.255.255/32", "192.169.0.0/32", "100.63.255.255/32", "100.128.0.0/32", "126.255.255.255/32",
            "128.0.0.0/32", "169.253.255.255/32", "169.255.0.0/32", "223.255.255.255/32", "1.0.0.0/32",
            "52.0.0.0/8", "8.0.0.0/7", "11.0.0.0/8"})
    void publicAddressesArePublic(String cidr) {
        assertTrue(SpecialRange.isPublic(Ipv4Range.of(cidr)), cidr);
    }

    @ParameterizedTest
    @CsvSource({
            "10.0.0.0/32, 10.0.0.0/8", "10.255.255.255/32, 10.0.0.0/8", "172.16.0.0/32, 172.16.0.0/12",
            "172.31.255.255/32, 172.16.0.0/12", "192.168.0.0/32, 192.168.0.0/16", "192.168.255.255/32, 192.168.0.0/16",
            "127.0.0.1/32, 127.0.0.0/8", "169.254.1.1/32, 169.254.0.0/16", "100.64.0.0/32, 100.64.0.0/10",
            "100.127.255.255/32, 100.64.0.0/10", "0.0.0.0/32, 0.0.0.0/8", "224.0.0.1/32, 224.0.0.0/4",
            "239.255.255.255/32, 224.0.0.0/4", "240.0.0.1/32, 240.0.0.0/4",
            "255.255.255.255/32, 255.255.255.255/32", "192.0.0.8/32, 192.0.0.0/24"})
    void nonPublicAddressesNameTheirBlock(String cidr, String block) {
        List<SpecialRange> hits = SpecialRange.nonPublicOverlapping(Ipv4Range.of(cidr));
        assertEquals(1, hits.size(), hits.toString());
        assertEquals(block, hits.get(0).block().toCidr());
    }

    @Test
    void wideRangesNameEveryCoveredBlockOnce() {
        List<String> all = SpecialRange.nonPublicOverlapping(Ipv4Range.of("0.0.0.0/0")).stream()
                .map(s -> s.block().toCidr()).toList();
        assertEquals(List.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
                "172.16.0.0/12", "192.0.0.0/24", "192.168.0.0/16", "224.0.0.0/4", "240.0.0.0/4"), all);
        assertEquals(List.of("10.0.0.0/8"), SpecialRange.nonPublicOverlapping(Ipv4Range.of("8.0.0.0/6")).stream()
                .map(s -> s.block().toCidr()).toList());
    }

    @Test
    void publicRemainderCarvesOutNonPublicBlocks() {
        assertEquals(List.of(Ipv4Range.of("8.0.0.0/7"), Ipv4Range.of("11.0.0.0/8")),
                SpecialRange.publicRemainder(Ipv4Range.of("8.0.0.0/6")));
        assertEquals(List.of(), SpecialRange.publicRemainder(Ipv4Range.of("10.1.0.0/16")));
        assertEquals(List.of(Ipv4Range.of("52.0.0.0/8")), SpecialRange.publicRemainder(Ipv4Range.of("52.0.0.0/8")));
        List<Ipv4Range> all = SpecialRange.publicRemainder(Ipv4Range.of("0.0.0.0/0"));
        assertTrue(all.stream().allMatch(SpecialRange::isPublic));
        long covered = all.stream().mapToLong(Ipv4Range::size).sum();
        long nonPublic = SpecialRange.ALL.stream().filter(s -> s.kind() == SpecialRange.Kind.NOT_PUBLIC)
                .filter(s -> !s.block().toCidr().equals("255.255.255.255/32"))
                .mapToLong(s -> s.block().size()).sum();
        assertEquals((1L << 32) - nonPublic, covered);
    }

    @Test
    void documentationRangesAreFoundOnlyWhenTheRuleIsInside() {
        assertEquals("192.0.2.0/24", SpecialRange.documentationContaining(Ipv4Range.of("192.0.2.10/32")).block().toCidr());
        assertEquals("198.18.0.0/15", SpecialRange.documentationContaining(Ipv4Range.of("198.19.255.255/32")).block().toCidr());
        assertNull(SpecialRange.documentationContaining(Ipv4Range.of("198.20.0.0/32")));
        assertNull(SpecialRange.documentationContaining(Ipv4Range.of("198.0.0.0/8")));
        assertFalse(SpecialRange.isPublic(Ipv4Range.of("192.0.0.0/16")));
    }
}
