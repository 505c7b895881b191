package dev.kvguard.core.net;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Azure subnet resource id, taken apart:
 * {@code /subscriptions/<guid>/resourceGroups/<rg>/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet>}.
 * ARM ids are case-insensitive, so comparisons use {@link #key()}.
 */
public record SubnetId(String subscriptionId, String resourceGroup, String virtualNetwork, String subnet) {

    /** The expected shape, for messages. */
    public static final String SHAPE = "/subscriptions/<subscription-guid>/resourceGroups/<resource-group>"
            + "/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet>";

    private static final Pattern ID = Pattern.compile(
            "/subscriptions/(" + Guid.PATTERN + ")"
                    + "/resourceGroups/([A-Za-z0-9._()\\-]{1,90})"
                    + "/providers/Microsoft\\.Network/virtualNetworks/([A-Za-z0-9._\\-]{1,80})"
                    + "/subnets/([A-Za-z0-9._\\-]{1,80})",
            Pattern.CASE_INSENSITIVE);

    public static Optional<SubnetId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ID.matcher(text);
        if (!m.matches() || m.group(2).endsWith(".")) {
            return Optional.empty();
        }
        return Optional.of(new SubnetId(m.group(1), m.group(2), m.group(3), m.group(4)));
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
            return network(resourceGroup, virtualNetwork) + "/" + lower(subnet);
        }

        public static String network(String resourceGroup, String virtualNetwork) {
            return lower(resourceGroup) + "/" + lower(virtualNetwork);
        }

        private static String lower(String s) {
            return s == null ? "" : s.toLowerCase(Locale.ROOT);
        }
    }
}
