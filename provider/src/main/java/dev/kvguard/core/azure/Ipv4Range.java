package dev.kvguard.core.azure;

import java.util.ArrayList;
import java.util.List;

/**
 * An IPv4 CIDR block: the network address and the prefix length. Always normalised (no host bits),
 * so two ranges that cover the same addresses are equal. Parse user input with {@link Ipv4Parser}.
 *
 * @param start        first address, as an unsigned 32-bit value held in a long
 * @param prefixLength 0 to 32
 */
public record Ipv4Range(long start, int prefixLength) implements Comparable<Ipv4Range> {

    private static final long ALL_ONES = 0xFFFF_FFFFL;

    public Ipv4Range {
        if (prefixLength < 0 || prefixLength > 32) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " is outside 0-32");
        }
        if (start < 0 || start > ALL_ONES) {
            throw new IllegalArgumentException("start " + start + " is not a 32-bit address");
        }
        if ((start & ~mask(prefixLength) & ALL_ONES) != 0) {
            throw new IllegalArgumentException(format(start) + "/" + prefixLength + " has host bits set");
        }
    }

    /** The block of the given prefix length that contains {@code address}. */
    public static Ipv4Range containing(long address, int prefixLength) {
        return new Ipv4Range(address & mask(prefixLength), prefixLength);
    }

    /** Parses a trusted literal such as {@code 10.0.0.0/8}; for user input use {@link Ipv4Parser}. */
    public static Ipv4Range of(String cidr) {
        Ipv4Parser.Result result = Ipv4Parser.parse(cidr);
        if (result instanceof Ipv4Parser.Parsed parsed && !parsed.hostBitsSet()) {
            return parsed.range();
        }
        throw new IllegalArgumentException("not a normalised IPv4 CIDR block: " + cidr);
    }

    static long mask(int prefixLength) {
        return prefixLength == 0 ? 0 : (ALL_ONES << (32 - prefixLength)) & ALL_ONES;
    }

    /** Last address of the block. */
    public long end() {
        return start | (~mask(prefixLength) & ALL_ONES);
    }

    public long size() {
        return end() - start + 1;
    }

    public boolean isSingleAddress() {
        return prefixLength == 32;
    }

    /** True when every address of {@code other} is in this block. */
    public boolean contains(Ipv4Range other) {
        return start <= other.start && other.end() <= end();
    }

    /** CIDR blocks either nest or are disjoint, so overlap means one contains the other. */
    public boolean overlaps(Ipv4Range other) {
        return start <= other.end() && other.start <= end();
    }

    /** Every address in the block, in order; only sensible for small blocks such as /31. */
    public List<String> addresses() {
        if (prefixLength < 24) {
            throw new IllegalStateException("refusing to list the " + size() + " addresses of " + this);
        }
        List<String> out = new ArrayList<>();
        for (long a = start; a <= end(); a++) {
            out.add(format(a));
        }
        return out;
    }

    /** The two halves of this block; used to carve public remainders out of wide ranges. */
    public List<Ipv4Range> halves() {
        if (prefixLength == 32) {
            return List.of(this);
        }
        int p = prefixLength + 1;
        return List.of(new Ipv4Range(start, p), new Ipv4Range(start + (size() / 2), p));
    }

    /** Dotted-quad form of the network address. */
    public String address() {
        return format(start);
    }

    /** {@code a.b.c.d/n}; a single address prints as {@code a.b.c.d/32}. */
    public String toCidr() {
        return format(start) + "/" + prefixLength;
    }

    /** The form a user writes in a rule: a bare address for /32, CIDR otherwise. */
    public String toRuleString() {
        return isSingleAddress() ? address() : toCidr();
    }

    @Override
    public String toString() {
        return toCidr();
    }

    @Override
    public int compareTo(Ipv4Range o) {
        int byStart = Long.compare(start, o.start);
        return byStart != 0 ? byStart : Integer.compare(prefixLength, o.prefixLength);
    }

    static String format(long address) {
        return ((address >>> 24) & 0xFF) + "." + ((address >>> 16) & 0xFF) + "." + ((address >>> 8) & 0xFF) + "."
                + (address & 0xFF);
    }
}
