package dev.kvguard.core.spec;

/** What the firewall does with a request that matches no rule. */
public enum DefaultAction implements SpecEnum {
    ALLOW("Allow"),
    DENY("Deny");

    private final String specName;

    DefaultAction(String specName) {
        this.specName = specName;
    }

    @Override
    public String specName() {
        return specName;
    }
}
