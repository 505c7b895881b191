package dev.kvguard.core.net;

import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;

/**
 * Turns the text of an IP rule into an {@link Ipv4Range}, strictly: exactly four decimal octets without
 * leading zeros, and an optional {@code /0}-{@code /32} prefix. No hex, octal, inet_aton short forms,
 * whitespace, wildcards or ranges. Parsing is delegated to the IPAddress library with every lenient
 * option switched off; a small character guard in front of it keeps anything that is not plain ASCII
 * digits, dots and a slash away from the library, so its own leniencies can never leak through.
 *
 * <p>Never throws on user input: the result says what was found.
 */
public final class Ipv4Parser {

    /** Longest text worth handing to the parser; {@code 255.255.255.255/32} is 18 characters. */
    static final int MAX_LENGTH = 64;

    private static final IPAddressStringParameters STRICT_IPV4 = new IPAddressStringParameters.Builder()
            .allowEmpty(false)
            .allowSingleSegment(false)
            .allowAll(false)
            .allowMask(false)
            .allowPrefixOnly(false)
            .allowWildcardedSeparator(false)
            .setRangeOptions(RangeParameters.NO_RANGE)
            .allow_inet_aton(false)
            .allowIPv6(false)
            .allowIPv4(true)
            .allowPrefix(true)
            .getIPv4AddressParametersBuilder()
            .allowLeadingZeros(false)
            .allowUnlimitedLeadingZeros(false)
            // The library reads the "0" of "/0" as a leading zero; SyntaxDiagnosis refuses "/08" before we get here.
            .allowPrefixLengthLeadingZeros(true)
            .allowPrefixesBeyondAddressSize(false)
            .allowBinary(false)
            .allow_inet_aton(false)
            .allowWildcardedSeparator(false)
            .setRangeOptions(RangeParameters.NO_RANGE)
            .getParentBuilder()
            .toParams();

    private static final IPAddressStringParameters ANY_IPV6 = new IPAddressStringParameters.Builder()
            .allowEmpty(false)
            .allowAll(false)
            .allowIPv4(false)
            .allowIPv6(true)
            .toParams();

    private Ipv4Parser() {
    }

    /** What a piece of rule text turned out to be. */
    public sealed interface Result permits Parsed, Ipv6, Invalid {
    }

    /**
     * A valid IPv4 address or CIDR block.
     *
     * @param range       the normalised block ({@code 52.1.2.3/24} becomes {@code 52.1.2.0/24})
     * @param hostBitsSet whether the text had host bits set below its prefix
     * @param hadPrefix   whether the text carried an explicit {@code /n}
     */
    public record Parsed(Ipv4Range range, boolean hostBitsSet, boolean hadPrefix) implements Result {
    }

    /** Any IPv6 form, IPv4-mapped ({@code ::ffff:1.2.3.4}) and zoned ({@code fe80::1%eth0}) included. */
    public record Ipv6(String text) implements Result {
    }

    /** Not an address at all; {@code reason} says why in the user's terms. */
    public record Invalid(String reason) implements Result {
    }

    public static Result parse(String text) {
        if (text == null || text.isEmpty()) {
            return new Invalid("it is empty");
        }
        if (text.length() > MAX_LENGTH) {
            return new Invalid("it is " + text.length() + " characters long; an IPv4 CIDR range has at most 18");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return new Invalid("it contains whitespace at position " + (i + 1));
            }
        }
        if (text.indexOf(':') >= 0) {
            return looksLikeIpv6(text) ? new Ipv6(text)
                    : new Invalid("it contains ':' but is not a valid IPv6 address either");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != '/') {
                return new Invalid("it contains '" + printable(c) + "' at position " + (i + 1)
                        + "; only digits 0-9, dots and one '/' are allowed");
            }
        }
        String problem = SyntaxDiagnosis.diagnose(text);
        if (problem != null) {
            return new Invalid(problem);
        }
        IPAddress address = new IPAddressString(text, STRICT_IPV4).getAddress();
        if (address == null || !address.isIPv4()) {
            return new Invalid("it is not a dotted-quad IPv4 address with an optional /0-/32 prefix");
        }
        long value = address.getLower().toIPv4().longValue();
        Integer prefix = address.getNetworkPrefixLength();
        int length = prefix == null ? 32 : prefix;
        Ipv4Range range = Ipv4Range.containing(value, length);
        return new Parsed(range, range.start() != value, prefix != null);
    }

    private static boolean looksLikeIpv6(String text) {
        IPAddress address = new IPAddressString(text, ANY_IPV6).getAddress();
        return address != null && address.isIPv6();
    }

    private static String printable(char c) {
        return Character.isISOControl(c) || c > 0x7E ? String.format("\\u%04X", (int) c) : String.valueOf(c);
    }
}
