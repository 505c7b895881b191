package dev.kvguard.core.azure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A private DNS zone's resource id,
 * {@code /subscriptions/<guid>/resourceGroups/<rg>/providers/Microsoft.Network/privateDnsZones/<zone>}.
 * ARM ids are case-insensitive, and so are DNS names.
 */
public record PrivateDnsZoneId(String subscriptionId, String resourceGroup, String zone) {

    public static final String SHAPE = "/subscriptions/<subscription-guid>/resourceGroups/<resource-group>"
            + "/providers/Microsoft.Network/privateDnsZones/<zone>";

    private static final Pattern ID = Pattern.compile(
            // A resource group name may not end with a period, as VaultId also says.
            "/subscriptions/([^/]+)/resourceGroups/([-\\w.()]{0,89}[-\\w()])/providers/Microsoft\\.Network/privateDnsZones/([^/]+)",
            Pattern.CASE_INSENSITIVE);

    public static Optional<PrivateDnsZoneId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ID.matcher(text);
        if (!m.matches() || !Guid.isGuid(m.group(1))) {
            return Optional.empty();
        }
        return Optional.of(new PrivateDnsZoneId(m.group(1), m.group(2), m.group(3)));
    }

    /** The id of a zone in a subscription and resource group. */
    public static String of(String subscriptionId, String resourceGroup, String zone) {
        return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup
                + "/providers/Microsoft.Network/privateDnsZones/" + zone;
    }

    /** Whether this is the zone Key Vault's private endpoints register in for the given cloud. */
    public boolean isKeyVaultZoneOf(AzureCloud cloud) {
        return zone.equalsIgnoreCase(cloud.keyVaultZone());
    }
}
