package dev.kvguard.core.spec;

/**
 * Whether the vault answers on its public endpoint. {@code Disabled} leaves private endpoints (and the
 * trusted-service bypass) as the only ways to its data plane.
 */
public enum PublicNetworkAccess implements SpecEnum {
    ENABLED("Enabled"),
    DISABLED("Disabled");

    private final String specName;

    PublicNetworkAccess(String specName) {
        this.specName = specName;
    }

    @Override
    public String specName() {
        return specName;
    }
}
