package dev.kvguard.core.azure;

import java.util.Locale;

/**
 * The Azure cloud a vault lives in, derived from its region, and the private DNS zone its private endpoints
 * register in. Zones per cloud are those of Microsoft's "Azure Private Endpoint private DNS zone values"
 * (https://learn.microsoft.com/azure/private-link/private-endpoint-dns, Key Vault rows of the commercial,
 * Government and China tables). Regions: US Government regions are named {@code usgov...} and
 * {@code usdod...}, Azure operated by 21Vianet's {@code china...}; every other region is the public cloud.
 */
public enum AzureCloud {
    PUBLIC("AzureCloud", "privatelink.vaultcore.azure.net"),
    US_GOVERNMENT("AzureUSGovernment", "privatelink.vaultcore.usgovcloudapi.net"),
    CHINA("AzureChinaCloud", "privatelink.vaultcore.azure.cn");

    private final String label;
    private final String keyVaultZone;

    AzureCloud(String label, String keyVaultZone) {
        this.label = label;
        this.keyVaultZone = keyVaultZone;
    }

    /** The cloud's name as {@code az cloud list} prints it. */
    public String label() {
        return label;
    }

    /** The private DNS zone Key Vault's private endpoints register in, in this cloud. */
    public String keyVaultZone() {
        return keyVaultZone;
    }

    /** The cloud of a region, written as Azure's name ({@code usgovvirginia}) or display name ({@code US Gov Virginia}). */
    public static AzureCloud ofLocation(String location) {
        String region = location == null ? "" : location.replace(" ", "").toLowerCase(Locale.ROOT);
        if (region.startsWith("usgov") || region.startsWith("usdod")) {
            return US_GOVERNMENT;
        }
        return region.startsWith("china") ? CHINA : PUBLIC;
    }
}
