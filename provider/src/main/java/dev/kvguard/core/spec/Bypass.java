package dev.kvguard.core.spec;

/** Whether trusted Microsoft services may pass the firewall ({@code AzureServices}) or not ({@code None}). */
public enum Bypass implements SpecEnum {
    AZURE_SERVICES("AzureServices"),
    NONE("None");

    private final String specName;

    Bypass(String specName) {
        this.specName = specName;
    }

    @Override
    public String specName() {
        return specName;
    }
}
