package dev.kvguard.core.spec;

import java.util.List;

/**
 * Private connectivity: the vault's public network access and its private endpoints, three top-level
 * inputs of the vault taken together ({@link VaultSpec#privateAccess()}).
 *
 * @param publicNetworkAccess {@code Enabled}, {@code Disabled}, or null to send nothing (Azure's default, enabled)
 * @param endpoints           private endpoints kvguard creates
 * @param waiver              why public access is disabled with no endpoint here (e.g. another team owns
 *                            them); null unless waived
 */
public record PrivateAccessSpec(PublicNetworkAccess publicNetworkAccess, List<PrivateEndpointSpec> endpoints,
                                String waiver) {

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
