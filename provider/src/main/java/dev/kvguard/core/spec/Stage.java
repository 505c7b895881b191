package dev.kvguard.core.spec;

/** Rollout stage. {@code enforce} closes the vault; {@code observe} applies rules and logging but keeps the default action {@code Allow}, for tightening a vault that is in use today. */
public enum Stage implements SpecEnum {
    ENFORCE("enforce"),
    OBSERVE("observe");

    private final String specName;

    Stage(String specName) {
        this.specName = specName;
    }

    @Override
    public String specName() {
        return specName;
    }
}
