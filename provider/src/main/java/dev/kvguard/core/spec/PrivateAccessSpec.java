package dev.kvguard.core.spec;

import java.util.List;

/**
 * Private connectivity: the vault's public network access and its private endpoints.
 *
 * @param publicNetworkAccess {@code Enabled}, {@code Disabled}, or null to send nothing (Azure's default, enabled)
 * @param endpoints           private endpoints kvguard creates
 * @param waiver              why public access is disabled with no endpoint here (e.g. another team owns
 *                            them); null unless waived
 */
public record PrivateAccessSpec(PublicNetworkAccess publicNetworkAccess, List<PrivateEndpointSpec> endpoints,
                                String waiver) {

    public static final PrivateAccessSpec NONE = new PrivateAccessSpec(null, List.of(), null);

    public PrivateAccessSpec {
        endpoints = SpecList.copyOf(endpoints);
    }

    public boolean publicAccessDisabled() {
        return publicNetworkAccess == PublicNetworkAccess.DISABLED;
    }

    public boolean isWaived() {
        return waiver != null && !waiver.isBlank();
    }
}
