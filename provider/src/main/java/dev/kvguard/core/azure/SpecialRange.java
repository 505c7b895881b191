package dev.kvguard.core.azure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * IPv4 blocks that no Key Vault client on the internet can come from, after the IANA IPv4
 * Special-Purpose Address Registry and RFC 1918. {@link Kind#NOT_PUBLIC} blocks are refused in IP
 * rules (Azure refuses the RFC 1918 ones itself, at deploy time); {@link Kind#DOCUMENTATION} blocks are
 * legal but almost certainly a copy-paste from an example.
 *
 * @param block     the range
 * @param name      what the range is, in words
 * @param reference the RFC that reserves it
 * @param kind      how kvguard treats it
 */
public record SpecialRange(Ipv4Range block, String name, String reference, Kind kind) {

    public enum Kind { NOT_PUBLIC, DOCUMENTATION }

    /** All special blocks, ordered by address; broadcast precedes the reserved block that contains it. */
    public static final List<SpecialRange> ALL = sorted(List.of(
            notPublic("0.0.0.0/8", "'this network'", "RFC 791"),
            notPublic("10.0.0.0/8", "private", "RFC 1918"),
            notPublic("100.64.0.0/10", "shared address space (carrier-grade NAT)", "RFC 6598"),
            notPublic("127.0.0.0/8", "loopback", "RFC 1122"),
            notPublic("169.254.0.0/16", "link-local", "RFC 3927"),
            notPublic("172.16.0.0/12", "private", "RFC 1918"),
            notPublic("192.0.0.0/24", "IETF protocol assignments", "RFC 6890"),
            documentation("192.0.2.0/24", "documentation (TEST-NET-1)", "RFC 5737"),
            notPublic("192.168.0.0/16", "private", "RFC 1918"),
            documentation("198.18.0.0/15", "benchmarking", "RFC 2544"),
            documentation("198.51.100.0/24", "documentation (TEST-NET-2)", "RFC 5737"),
            documentation("203.0.113.0/24", "documentation (TEST-NET-3)", "RFC 5737"),
            notPublic("224.0.0.0/4", "multicast", "RFC 5771"),
            notPublic("240.0.0.0/4", "reserved", "RFC 1112"),
            notPublic("255.255.255.255/32", "limited broadcast", "RFC 919")));

    private static SpecialRange notPublic(String cidr, String name, String reference) {
        return new SpecialRange(Ipv4Range.of(cidr), name, reference, Kind.NOT_PUBLIC);
    }

    private static SpecialRange documentation(String cidr, String name, String reference) {
        return new SpecialRange(Ipv4Range.of(cidr), name, reference, Kind.DOCUMENTATION);
    }

    private static List<SpecialRange> sorted(List<SpecialRange> ranges) {
        List<SpecialRange> copy = new ArrayList<>(ranges);
        copy.sort(Comparator.comparing(SpecialRange::block));
        return List.copyOf(copy);
    }

    /**
     * The non-public blocks that share addresses with {@code range}, in address order. For a range inside
     * a reserved block this is the narrowest such block; for a wide range, every outermost block it covers.
     */
    public static List<SpecialRange> nonPublicOverlapping(Ipv4Range range) {
        if (isPublicFast(range)) {
            return List.of();
        }
        List<SpecialRange> hits = new ArrayList<>();
        for (SpecialRange special : ALL) {
            if (special.kind == Kind.NOT_PUBLIC && special.block.overlaps(range)) {
                hits.add(special);
            }
        }
        // Inside a reserved block: name the narrowest one (255.255.255.255 is broadcast, not just "reserved").
        SpecialRange narrowest = null;
        for (SpecialRange hit : hits) {
            if (hit.block.contains(range) && (narrowest == null || hit.block.prefixLength() > narrowest.block.prefixLength())) {
                narrowest = hit;
            }
        }
        if (narrowest != null) {
            return List.of(narrowest);
        }
        // A wide range: name each covered block once, leaving out blocks nested in another one.
        return hits.stream()
                .filter(h -> hits.stream().noneMatch(o -> o != h && o.block.contains(h.block)))
                .toList();
    }

    /** The common case, without allocating: no non-public block shares an address with the range. */
    private static boolean isPublicFast(Ipv4Range range) {
        long start = range.start();
        long end = range.end();
        for (int i = 0; i < NOT_PUBLIC_START.length; i++) {
            if (NOT_PUBLIC_START[i] <= end && start <= NOT_PUBLIC_END[i]) {
                return false;
            }
        }
        return true;
    }

    /** The documentation or benchmarking block that wholly contains {@code range}, if any. */
    public static SpecialRange documentationContaining(Ipv4Range range) {
        long start = range.start();
        long end = range.end();
        for (int i = 0; i < DOCUMENTATION.length; i++) {
            if (DOCUMENTATION_START[i] <= start && end <= DOCUMENTATION_END[i]) {
                return DOCUMENTATION[i];
            }
        }
        return null;
    }

    // The blocks' bounds as plain arrays: every IPv4 rule of every plan is checked against all of them.
    private static final long[] NOT_PUBLIC_START = bounds(Kind.NOT_PUBLIC, true);
    private static final long[] NOT_PUBLIC_END = bounds(Kind.NOT_PUBLIC, false);
    private static final SpecialRange[] DOCUMENTATION = ALL.stream().filter(r -> r.kind == Kind.DOCUMENTATION)
            .toArray(SpecialRange[]::new);
    private static final long[] DOCUMENTATION_START = bounds(Kind.DOCUMENTATION, true);
    private static final long[] DOCUMENTATION_END = bounds(Kind.DOCUMENTATION, false);

    private static long[] bounds(Kind kind, boolean start) {
        return ALL.stream().filter(r -> r.kind == kind).mapToLong(r -> start ? r.block.start() : r.block.end()).toArray();
    }

    /** True when the range shares no address with any non-public block. */
    public static boolean isPublic(Ipv4Range range) {
        return isPublicFast(range);
    }

    /**
     * The public part of {@code range} as the fewest CIDR blocks, in address order: the rules to write
     * instead of a range that reaches into private or reserved space.
     */
    public static List<Ipv4Range> publicRemainder(Ipv4Range range) {
        List<Ipv4Range> out = new ArrayList<>();
        carve(range, out);
        return out;
    }

    private static void carve(Ipv4Range range, List<Ipv4Range> out) {
        List<SpecialRange> hits = nonPublicOverlapping(range);
        if (hits.isEmpty()) {
            out.add(range);
            return;
        }
        if (hits.stream().anyMatch(h -> h.block.contains(range))) {
            return;
        }
        for (Ipv4Range half : range.halves()) {
            carve(half, out);
        }
    }

    /** {@code 10.0.0.0/8 (private, RFC 1918)}. */
    public String describe() {
        return block.toCidr() + " (" + name + ", " + reference + ")";
    }
}
