package dev.kvguard.core.network;

import dev.kvguard.core.azure.Ipv4Parser;
import dev.kvguard.core.azure.Ipv4Range;
import dev.kvguard.core.azure.SpecialRange;
import dev.kvguard.core.check.Checking;
import dev.kvguard.core.check.RuleSet;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.model.FirewallIpRule;
import dev.kvguard.core.spec.SpecList;
import dev.kvguard.core.spec.VaultSpec;
import java.util.List;

/**
 * The vault's IPv4 rules: syntax, IPv6, refused prefixes, non-public and documentation space, host bits,
 * duplicates and overlaps, and the rule count. Overlap detection is one sort and one sweep, O(n log n).
 */
public final class IpRules extends RuleSet {

    static final InputPath PATH = InputPath.of(Inputs.SecureKeyVault.NETWORK_RULES).child(Inputs.NetworkRules.IP_RULES);
    static final String SHAPE = "an IPv4 address such as 52.168.0.7 or a CIDR range such as 52.168.0.0/24";
    static final int MAX_LISTED_BLOCKS = 8;

    /** Owns, and alone reports, these rules. */
    public IpRules() {
        super(Rule.IP_RULE_SYNTAX, Rule.IP_RULE_IPV6, Rule.IP_RULE_PREFIX, Rule.IP_RULE_NOT_PUBLIC,
                Rule.IP_RULE_DOCUMENTATION_RANGE, Rule.IP_RULE_HOST_BITS, Rule.IP_RULE_DUPLICATE,
                Rule.IP_RULE_OVERLAP, Rule.IP_RULE_COUNT);
    }

    @Override
    public void check(VaultSpec spec, Checking checking) {
        LimitsProfile profile = checking.profile();
        Findings out = checking.findings();
        List<String> rules = spec.networkRules().ipRules();
        // Every parsed rule by its position, whether it has no error, and its sort key: duplicates and overlaps
        // come from one sort, without a record or a hash-set entry per rule.
        FirewallIpRule[] parsedAt = new FirewallIpRule[rules.size()];
        boolean[] clean = new boolean[rules.size()];
        long[] keys = new long[rules.size()];
        int count = 0;
        boolean[] refused = new boolean[33]; // the profile's refused prefix lengths, looked up for every rule
        profile.refusedPrefixLengths().forEach(p -> refused[p] = true);
        for (int i = 0; i < rules.size(); i++) {
            String text = rules.get(i);
            InputPath path = PATH.at(SpecList.position(rules, i));
            Ipv4Parser.Result result = Ipv4Parser.parse(text);
            if (result instanceof Ipv4Parser.Invalid invalid) {
                out.add(syntax(path, text, invalid.reason()));
            } else if (result instanceof Ipv4Parser.Ipv6) {
                out.add(ipv6(path, text));
            } else if (result instanceof Ipv4Parser.Parsed parsed) {
                // A single address goes to Azure in the form the profile decides.
                parsedAt[i] = new FirewallIpRule(path, text, parsed.range(), profile.azureIpRule(ruleString(text, parsed)));
                keys[count++] = key(parsed.range(), i);
                clean[i] = checkParsed(path, text, parsed, profile, refused, out);
            }
        }
        checking.ipRules(duplicatesAndOverlaps(parsedAt, clean, keys, count, out));
        int given = SpecList.written(rules); // the limit counts what the user listed, unusable items too
        if (given > profile.maxIpRules()) {
            out.add(Finding.of(Rule.IP_RULE_COUNT, PATH).value(given)
                    .limit("at most " + profile.maxIpRules() + " IPv4 rules (" + profile.name() + ")")
                    .because(given + " IPv4 rules exceed the limit of " + profile.maxIpRules()
                                    + " in the '" + profile.name() + "' profile.",
                            "Merge neighbouring addresses into CIDR ranges or admit clients through virtual-network "
                                    + "rules; if your vault follows Microsoft's current limits, use profile 'current' ("
                                    + LimitsProfile.CURRENT.maxIpRules() + ")."));
        }
    }

    /** Checks one parsed rule; returns true when it has no error (so it takes part in overlap checks). */
    private static boolean checkParsed(InputPath path, String text, Ipv4Parser.Parsed parsed, LimitsProfile profile,
                                       boolean[] refused, Findings out) {
        Ipv4Range range = parsed.range();
        boolean clean = true;
        if (parsed.hadPrefix() && refused[range.prefixLength()]) {
            out.add(prefix(path, text, range, profile));
            clean = false;
        }
        List<SpecialRange> nonPublic = SpecialRange.nonPublicOverlapping(range);
        if (!nonPublic.isEmpty()) {
            out.add(notPublic(path, text, range, nonPublic));
            clean = false;
        }
        if (!clean) {
            return false;
        }
        SpecialRange documentation = SpecialRange.documentationContaining(range);
        if (documentation != null) {
            out.add(Finding.of(Rule.IP_RULE_DOCUMENTATION_RANGE, path).value(text).limit(documentation.describe())
                    .because("IP rule '" + text + "' lies in " + documentation.describe()
                                    + ", which is reserved for examples and tests; no real client has such an address.",
                            "Replace it with the public address of the client you mean to admit."));
        }
        if (parsed.hostBitsSet()) {
            out.add(Finding.of(Rule.IP_RULE_HOST_BITS, path).value(text).limit("a network address for /" + range.prefixLength())
                    .because("IP rule '" + text + "' has host bits set below its /" + range.prefixLength()
                                    + " prefix; Azure treats it as " + range.toCidr() + ".",
                            "Write " + range.toCidr() + " (or a single address if you meant one host)."));
        }
        return true;
    }

    private static Finding syntax(InputPath path, String text, String reason) {
        String fix = "Write " + SHAPE + ".";
        String stripped = text.strip();
        if (!stripped.equals(text) && Ipv4Parser.parse(stripped) instanceof Ipv4Parser.Parsed) {
            fix = "Remove the surrounding whitespace: '" + stripped + "'.";
        }
        return Finding.of(Rule.IP_RULE_SYNTAX, path).value(text).limit(SHAPE)
                .because("IP rule '" + text + "' is not an IPv4 address or CIDR range: " + reason + ".", fix);
    }

    private static Finding ipv6(InputPath path, String text) {
        String mapped = ipv4Mapped(text);
        String fix = mapped != null ? "Write the IPv4 address itself: " + mapped + "."
                : "Admit IPv6 clients through a virtual-network rule or a private endpoint, or use their public IPv4 address.";
        return Finding.of(Rule.IP_RULE_IPV6, path).value(text).limit("IPv4 only")
                .because("IP rule '" + text + "' is IPv6; Key Vault IP rules accept IPv4 addresses only.", fix);
    }

    private static String ipv4Mapped(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("::ffff:")) {
            String tail = text.substring("::ffff:".length());
            if (Ipv4Parser.parse(tail) instanceof Ipv4Parser.Parsed parsed && !parsed.hadPrefix()) {
                return parsed.range().address();
            }
        }
        return null;
    }

    private static Finding prefix(InputPath path, String text, Ipv4Range range, LimitsProfile profile) {
        List<String> addresses = range.addresses();
        String fix = addresses.size() == 1
                ? "Use " + addresses.get(0) + " as a single-address rule."
                : addresses.size() <= 4
                ? "Use " + joinAnd(addresses) + " as " + addresses.size() + " single-address rules."
                : "Use single-address rules or a wider range.";
        String refused = String.join(" and ", profile.refusedPrefixLengths().stream().map(p -> "/" + p).toList());
        String message = "IP rule '" + text + "' uses a /" + range.prefixLength() + " prefix; the '" + profile.name()
                + "' profile refuses " + refused + " ranges.";
        if (range.prefixLength() == 32 && !LimitsProfile.CURRENT.refusesPrefix(32)) {
            // Azure itself stores single addresses as /32: say so, or users chase a perpetual diff.
            message += " Today's service accepts /32 and stores every single address that way (az keyvault show and "
                    + "Terraform state return " + range.address() + "/32).";
            fix += " Or, to check against today's limits, choose the '" + LimitsProfile.CURRENT.name()
                    + "' profile: 'limits: {profile: current}' in the spec, or --profile current.";
        }
        return Finding.of(Rule.IP_RULE_PREFIX, path).value(text)
                .limit("prefixes " + refused + " refused (" + profile.name() + ")")
                .because(message, fix);
    }

    private static Finding notPublic(InputPath path, String text, Ipv4Range range, List<SpecialRange> hits) {
        boolean inside = hits.size() == 1 && hits.get(0).block().contains(range);
        String blocks = joinAnd(hits.stream().map(SpecialRange::describe).toList());
        String message = inside
                ? "IP rule '" + text + "' is in " + blocks + "; Key Vault IP rules accept public IPv4 addresses only."
                : "IP rule '" + text + "' covers non-public space: " + blocks
                + "; Key Vault IP rules accept public IPv4 addresses only.";
        String fix;
        if (inside && hits.get(0).name().equals("private")) {
            fix = "Remove it and admit that network through a virtual-network rule on its subnet (with the "
                    + "Microsoft.KeyVault service endpoint) or a private endpoint.";
        } else if (inside) {
            fix = "Remove it: no client reaches Key Vault from " + hits.get(0).name() + " space.";
        } else {
            List<Ipv4Range> remainder = SpecialRange.publicRemainder(range);
            fix = remainder.size() <= MAX_LISTED_BLOCKS
                    ? "Replace it with its public part: " + String.join(", ", remainder.stream().map(Ipv4Range::toRuleString).toList()) + "."
                    : "Replace it with the public ranges you actually need (its public part alone is "
                    + remainder.size() + " CIDR blocks).";
        }
        return Finding.of(Rule.IP_RULE_NOT_PUBLIC, path).value(text).limit("public IPv4 space only")
                .because(message, fix);
    }

    /**
     * By start, then prefix length, then position: a primitive key (start 32 bits, prefix 6 bits, position 25
     * bits; the sign bit stays clear), so that one sort of a {@code long[]} orders the rules.
     */
    private static long key(Ipv4Range range, int position) {
        return range.start() << 31 | (long) range.prefixLength() << 25 | position;
    }

    /**
     * Sorts by start address, widest first, then input order; a rule that starts inside the widest range
     * seen so far is inside it (CIDR blocks nest or are disjoint), and is a duplicate if it is equal. Only rules
     * without errors are reported; every parsed rule goes to Azure once, at its first position.
     *
     * @return the parsed rules in input order, each range once
     */
    private static List<FirewallIpRule> duplicatesAndOverlaps(FirewallIpRule[] parsedAt, boolean[] clean, long[] keys,
                                                              int count, Findings out) {
        java.util.Arrays.sort(keys, 0, count);
        boolean[] repeated = new boolean[parsedAt.length];
        long previous = -1;
        FirewallIpRule container = null;
        for (int k = 0; k < count; k++) {
            long key = keys[k];
            int i = (int) (key & ((1 << 25) - 1));
            repeated[i] = key >>> 25 == previous; // the same range as the rule before it, which comes earlier in the input
            previous = key >>> 25;
            if (!clean[i]) {
                continue;
            }
            FirewallIpRule e = parsedAt[i];
            if (container != null && e.range().start() <= container.range().end()) {
                if (e.range().equals(container.range())) {
                    out.add(Finding.of(Rule.IP_RULE_DUPLICATE, e.path()).value(e.text()).limit("each range once")
                            .because("IP rule '" + e.text() + "' names the same range (" + e.range().toCidr() + ") as '"
                                    + container.text() + "' at " + container.path() + ".", "Remove " + e.path() + "."));
                } else {
                    out.add(Finding.of(Rule.IP_RULE_OVERLAP, e.path()).value(e.text()).limit("no rule inside another")
                            .because("IP rule '" + e.text() + "' lies inside '" + container.text() + "' at "
                                    + container.path() + "; it admits nothing more.", "Remove " + e.path() + ", or narrow "
                                    + container.path() + "."));
                }
            } else {
                container = e;
            }
        }
        FirewallIpRule[] distinct = new FirewallIpRule[count];
        int n = 0;
        for (int i = 0; i < parsedAt.length; i++) {
            if (parsedAt[i] != null && !repeated[i]) {
                distinct[n++] = parsedAt[i];
            }
        }
        return List.of(n == count ? distinct : java.util.Arrays.copyOf(distinct, n)); // immutable: the model keeps it as is
    }

    /**
     * The rule as Azure stores it ({@link Ipv4Range#toRuleString()}). The strict grammar admits only the canonical
     * spelling, so a rule without host bits is its own text (less {@code /32}): no need to format it again.
     */
    private static String ruleString(String text, Ipv4Parser.Parsed parsed) {
        if (parsed.hostBitsSet()) {
            return parsed.range().toRuleString();
        }
        if (!parsed.hadPrefix()) {
            return text;
        }
        return parsed.range().prefixLength() == 32 ? text.substring(0, text.indexOf('/')) : text;
    }

    private static String joinAnd(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
