package dev.kvguard.core.plan;

/** The documented order of a Key Vault lockdown; each step belongs to one. */
public enum Phase {
    LOGGING("logging", "Logging"),
    SERVICE_ENDPOINTS("service-endpoints", "Service endpoints"),
    NETWORK_RULES("network-rules", "Firewall and virtual-network rules"),
    PRIVATE_CONNECTIVITY("private-connectivity", "Private endpoints and DNS"),
    TRUSTED_SERVICES("trusted-services", "Trusted services and access");

    private final String id;
    private final String title;

    Phase(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }
}
