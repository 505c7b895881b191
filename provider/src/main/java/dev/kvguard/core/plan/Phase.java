package dev.kvguard.core.plan;

/** The documented order of a Key Vault lockdown; each step belongs to one. */
public enum Phase {
    LOGGING("logging", "Logging"),
    SERVICE_ENDPOINTS("service-endpoints", "Service endpoints"),
    NETWORK_RULES("network-rules", "Firewall and virtual-network rules"),
    PRIVATE_CONNECTIVITY("private-connectivity", "Private endpoints and DNS", true),
    TRUSTED_SERVICES("trusted-services", "Trusted services and access");

    private final String id;
    private final String title;
    private final boolean optional;

    Phase(String id, String title) {
        this(id, title, false);
    }

    /** @param optional shown only when it has steps: a vault without private endpoints has no such phase */
    Phase(String id, String title, boolean optional) {
        this.id = id;
        this.title = title;
        this.optional = optional;
    }

    /** Whether renderings leave the phase out when it has no steps. */
    public boolean isOptional() {
        return optional;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }
}
