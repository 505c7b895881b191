package dev.kvguard.core.plan;

/** How a step reaches Azure. */
public enum Applies {
    /** Its own Azure resource (a subnet update, the vault, a diagnostic setting, a role assignment). */
    RESOURCE("resource"),
    /** Part of the vault's own request (network ACLs, inline access policies, bypass, switches). */
    INLINE("inline"),
    /** Nothing is changed; a condition someone else must already have met (an existing subnet's endpoint). */
    PRECONDITION("precondition");

    private final String id;

    Applies(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
