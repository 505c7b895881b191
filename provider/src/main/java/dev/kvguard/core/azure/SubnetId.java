package dev.kvguard.core.azure;

import java.util.Optional;

/**
 * An Azure subnet resource id, taken apart:
 * {@code /subscriptions/<guid>/resourceGroups/<rg>/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet>}.
 * ARM ids are case-insensitive, so comparisons use {@link #key()}.
 */
public record SubnetId(String subscriptionId, String resourceGroup, String virtualNetwork, String subnet) {

    /** The expected shape, for messages. */
    public static final String SHAPE = "/subscriptions/<subscription-guid>/resourceGroups/<resource-group>"
            + "/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet>";

    /** Fixed segments of the id, compared ignoring case (ARM ids are case-insensitive). */
    private static final String[] FIXED = {"subscriptions", null, "resourceGroups", null, "providers", "Microsoft.Network",
            "virtualNetworks", null, "subnets", null};

    /**
     * Splits the id on '/' and checks each segment; a loop rather than a regular expression because it
     * runs for every subnet of every plan.
     */
    public static Optional<SubnetId> parse(String text) {
        if (text == null || text.length() < 2 || text.charAt(0) != '/') {
            return Optional.empty();
        }
        String[] parts = new String[FIXED.length];
        int from = 1;
        for (int i = 0; i < FIXED.length; i++) {
            int to = text.indexOf('/', from);
            if ((to < 0) != (i == FIXED.length - 1)) {
                return Optional.empty(); // too few segments, or too many
            }
            to = to < 0 ? text.length() : to;
            if (FIXED[i] == null) {
                parts[i] = text.substring(from, to);
            } else if (to - from != FIXED[i].length() || !(text.startsWith(FIXED[i], from) // as Azure writes it: the common case
                    || text.regionMatches(true, from, FIXED[i], 0, to - from))) {
                return Optional.empty();
            }
            from = to + 1;
        }
        String subscription = parts[1];
        String group = parts[3];
        String network = parts[7];
        String subnet = parts[9];
        if (!Guid.isGuid(subscription) || !name(group, 90, true) || group.endsWith(".") || !name(network, 80, false)
                || !name(subnet, 80, false)) {
            return Optional.empty();
        }
        return Optional.of(new SubnetId(subscription, group, network, subnet));
    }

    /** 1 to max characters of letters, digits, '.', '_', '-' (and parentheses in resource group names). */
    private static boolean name(String s, int max, boolean parentheses) {
        if (s.isEmpty() || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                    || c == '-' || (parentheses && (c == '(' || c == ')'));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Identity of the subnet ignoring case and subscription, so a managed subnet and an id can be compared. */
    public String key() {
        return SubnetKey.of(resourceGroup, virtualNetwork, subnet);
    }

    /** Identity of the virtual network the subnet belongs to. */
    public String virtualNetworkKey() {
        return SubnetKey.network(resourceGroup, virtualNetwork);
    }

    /** Helpers for case-insensitive subnet and network identities. */
    public static final class SubnetKey {
        private SubnetKey() {
        }

        public static String of(String resourceGroup, String virtualNetwork, String subnet) {
            return lower(resourceGroup) + "/" + lower(virtualNetwork) + "/" + lower(subnet); // one concatenation, not two
        }

        public static String network(String resourceGroup, String virtualNetwork) {
            return lower(resourceGroup) + "/" + lower(virtualNetwork);
        }

        private static String lower(String s) {
            return s == null ? "" : Lower.of(s);
        }
    }
}
