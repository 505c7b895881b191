package dev.kvguard.core.spec;

/** The vault's {@code enabledFor...} switches that some trusted services need. */
public enum VaultFlag implements SpecEnum {
    ENABLED_FOR_DEPLOYMENT("enabledForDeployment"),
    ENABLED_FOR_TEMPLATE_DEPLOYMENT("enabledForTemplateDeployment"),
    ENABLED_FOR_DISK_ENCRYPTION("enabledForDiskEncryption");

    private final String specName;

    VaultFlag(String specName) {
        this.specName = specName;
    }

    @Override
    public String specName() {
        return specName;
    }
}
