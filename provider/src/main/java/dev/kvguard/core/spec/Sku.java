package dev.kvguard.core.spec;

/** Key Vault pricing tier; {@code premium} adds HSM-backed keys. */
public enum Sku implements SpecEnum {
    STANDARD("standard"),
    PREMIUM("premium");

    private final String specName;

    Sku(String specName) {
        this.specName = specName;
    }

    @Override
    public String specName() {
        return specName;
    }
}
