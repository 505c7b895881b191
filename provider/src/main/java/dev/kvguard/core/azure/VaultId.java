package dev.kvguard.core.azure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ARM id of a Key Vault, taken apart:
 * {@code /subscriptions/<guid>/resourceGroups/<rg>/providers/Microsoft.KeyVault/vaults/<name>}. The fixed
 * segments compare ignoring case, as ARM does; the vault name's own rules are checked by {@code vault-name}.
 */
public record VaultId(String subscriptionId, String resourceGroup, String vaultName) {

    /** The expected shape, for messages. */
    public static final String SHAPE = "/subscriptions/<subscription-guid>/resourceGroups/<resource-group>"
            + "/providers/Microsoft.KeyVault/vaults/<vault-name>";

    // Resource group names: 1-90 letters, digits, '.', '_', '-', parentheses, not ending in '.'.
    private static final Pattern ID = Pattern.compile("/subscriptions/([^/]+)/resourceGroups/([-\\w.()]{0,89}[-\\w()])"
            + "/providers/Microsoft\\.KeyVault/vaults/([A-Za-z0-9-]{1,24})", Pattern.CASE_INSENSITIVE);

    public static Optional<VaultId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ID.matcher(text);
        if (!m.matches() || !Guid.isGuid(m.group(1))) {
            return Optional.empty();
        }
        return Optional.of(new VaultId(m.group(1), m.group(2), m.group(3)));
    }

    /** The id in Azure's canonical casing of the fixed segments. */
    public static String of(String subscriptionId, String resourceGroup, String vaultName) {
        return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup
                + "/providers/Microsoft.KeyVault/vaults/" + vaultName;
    }
}
