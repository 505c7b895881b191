package dev.kvguard.core.finding;

/**
 * Every check kvguard makes, with its stable id. Ids are part of the public contract: they appear in
 * CLI output, SARIF, Pulumi errors and users' suppression lists, so they never change once released.
 */
public enum Rule {
    // Spec structure: the input could not be bound to the model.
    SPEC_REQUIRED("spec-required", Severity.ERROR, "A required property is missing.", true),
    SPEC_TYPE("spec-type", Severity.ERROR, "A property has the wrong type.", true),
    SPEC_ENUM("spec-enum", Severity.ERROR, "A property has a value outside its allowed set.", true),
    SPEC_UNKNOWN_PROPERTY("spec-unknown-property", Severity.ERROR, "A property is not part of the kvguard format.", true),

    // Vault.
    VAULT_NAME("vault-name", Severity.ERROR, "The vault name breaks Azure's naming rules.", true),
    RESOURCE_GROUP_NAME("resource-group-name", Severity.ERROR, "A resource group name breaks Azure's naming rules.", true),
    VIRTUAL_NETWORK_NAME("virtual-network-name", Severity.ERROR, "A managed subnet's virtual network name breaks Azure's naming rules.", true),
    SUBNET_NAME("subnet-name", Severity.ERROR, "A managed subnet's name breaks Azure's naming rules.", true),
    TAG_NAME("tag-name", Severity.ERROR, "A tag name is too long or has a character Azure or kvguard refuses.", true),
    TAG_VALUE("tag-value", Severity.ERROR, "A tag value is too long or has a control or invisible character.", true),
    TENANT_ID("tenant-id", Severity.ERROR, "The tenant id is not a GUID.", true),
    SOFT_DELETE_RETENTION("soft-delete-retention", Severity.ERROR, "Soft-delete retention is outside 7-90 days.", true),
    LIMITS_OVERRIDE("limits-override", Severity.ERROR, "A limits override is not a usable number.", true),

    // IPv4 rules.
    IP_RULE_SYNTAX("ip-rule-syntax", Severity.ERROR, "An IP rule is not an IPv4 address or CIDR range.", true),
    IP_RULE_IPV6("ip-rule-ipv6", Severity.ERROR, "An IP rule is IPv6; Key Vault accepts IPv4 only.", true),
    IP_RULE_PREFIX("ip-rule-prefix", Severity.ERROR, "An IP rule uses a prefix length the profile refuses.", true),
    IP_RULE_NOT_PUBLIC("ip-rule-not-public", Severity.ERROR, "An IP rule covers private or other non-public space.", true),
    IP_RULE_DOCUMENTATION_RANGE("ip-rule-documentation-range", Severity.WARNING,
            "An IP rule is in documentation or benchmarking space, which no real client uses.", true),
    IP_RULE_HOST_BITS("ip-rule-host-bits", Severity.WARNING, "An IP rule has host bits set below its prefix.", true),
    IP_RULE_DUPLICATE("ip-rule-duplicate", Severity.WARNING, "Two IP rules name the same range.", false),
    IP_RULE_OVERLAP("ip-rule-overlap", Severity.WARNING, "An IP rule lies inside another one.", false),
    IP_RULE_COUNT("ip-rule-count", Severity.ERROR, "More IP rules than the profile allows.", true),

    // Virtual-network rules.
    VNET_RULE_SUBNET_ID("vnet-rule-subnet-id", Severity.ERROR, "A virtual-network rule does not name a subnet properly.", true),
    VNET_RULE_DUPLICATE("vnet-rule-duplicate", Severity.WARNING, "Two virtual-network rules name the same subnet.", false),
    VNET_RULE_COUNT("vnet-rule-count", Severity.ERROR, "More virtual-network rules than the profile allows.", true),
    SUBNET_ADDRESS_PREFIX("subnet-address-prefix", Severity.ERROR, "A managed subnet's, or a private endpoint subnet's, address prefix is not an IPv4 CIDR range.", true),
    DEFAULT_ACTION_ALLOW("default-action-allow", Severity.WARNING, "The default action lets every network in.", false),

    // Access policies.
    ACCESS_POLICY_OBJECT_ID("access-policy-object-id", Severity.ERROR, "An access policy's object or tenant id is not a GUID.", true),
    ACCESS_POLICY_COUNT("access-policy-count", Severity.ERROR, "More access policies than Key Vault allows.", true),
    ACCESS_POLICY_BROAD_PERMISSION("access-policy-broad-permission", Severity.WARNING,
            "An access policy grants 'all' or 'purge'.", true),
    ACCESS_POLICY_RBAC_CONFLICT("access-policy-rbac-conflict", Severity.ERROR,
            "Access policies are given while RBAC authorization is on; Azure ignores them.", false),

    // Trusted services.
    TRUSTED_SERVICE_BYPASS("trusted-service-bypass", Severity.ERROR,
            "Trusted services are listed but the firewall bypass is None.", false),
    TRUSTED_SERVICE_ACCESS_POLICY("trusted-service-access-policy", Severity.ERROR,
            "A trusted service has no access policy or role assignment for its identity.", false),
    TRUSTED_SERVICE_FLAG("trusted-service-flag", Severity.ERROR, "A trusted service needs an enabledFor... flag that is off.", false),
    TRUSTED_SERVICE_DUPLICATE("trusted-service-duplicate", Severity.WARNING, "A trusted service is listed twice.", false),

    // Logging.
    LOGGING_MISSING("logging-missing", Severity.ERROR,
            "A firewalled vault has no diagnostic setting for its audit logs.", false),
    LOGGING_DESTINATION("logging-destination", Severity.ERROR, "A logging destination is incomplete or malformed.", false),

    // Private endpoints and public network access.
    PRIVATE_ENDPOINT_NAME("private-endpoint-name", Severity.ERROR, "A private endpoint's name breaks Azure's naming rules.", true),
    PRIVATE_ENDPOINT_SUBNET_ID("private-endpoint-subnet-id", Severity.ERROR,
            "A private endpoint's subnet id is not a subnet resource id.", true),
    PRIVATE_ENDPOINT_SUBSCRIPTION("private-endpoint-subscription", Severity.WARNING,
            "A private endpoint's subnet is in another subscription than the existing vault, where kvguard creates the endpoint.", false),
    PRIVATE_ENDPOINT_DNS_ZONE("private-endpoint-dns-zone", Severity.ERROR,
            "A private DNS zone is not a private DNS zone id, not the Key Vault zone of the vault's cloud, or named twice on one endpoint.", false),
    PRIVATE_ENDPOINT_STATIC_IP("private-endpoint-static-ip", Severity.ERROR,
            "A private endpoint's static IP is not an IPv4 address, lies outside its subnet, or is reserved by Azure.", false),
    PRIVATE_ENDPOINT_DUPLICATE("private-endpoint-duplicate", Severity.ERROR,
            "Two private endpoints share a name or a static IP in one virtual network (an error), or a subnet (a warning).", false),
    PUBLIC_ACCESS_RULES_IGNORED("public-access-rules-ignored", Severity.WARNING,
            "IP or virtual-network rules, or the default action Allow, are given while public network access is disabled; Azure does not apply them.", false),
    PUBLIC_ACCESS_NO_PRIVATE_ENDPOINT("public-access-no-private-endpoint", Severity.ERROR,
            "Public network access is disabled and no private endpoint leads to the data plane.", false),
    PUBLIC_ACCESS_TRUSTED_SERVICES("public-access-trusted-services", Severity.WARNING,
            "Trusted services are listed while public network access is disabled; the bypass is then the only public way in.", false),

    // Documents imported from Azure's tools (az, ARM templates, REST bodies, Terraform).
    IMPORT_EXPRESSION("import-expression", Severity.ERROR,
            "A template expression cannot be resolved from literal parameter defaults.", true),
    IMPORT_UNKNOWN("import-unknown", Severity.ERROR,
            "A Terraform plan value is known only after apply (after_unknown).", true),

    // Adopting a vault that already exists (the 'existing' block).
    ADOPT_RESOURCE_ID("adopt-resource-id", Severity.ERROR,
            "The existing vault's resource id is malformed or names another vault or resource group.", true),
    ADOPT_PROPERTY_DIFFERS("adopt-property-differs", Severity.WARNING,
            "Adopting the existing vault changes a property from the value observed in Azure.", false),
    ADOPT_IMMUTABLE_PROPERTY("adopt-immutable-property", Severity.ERROR,
            "Adopting the existing vault would change a property Azure does not let change.", false),

    // Component inputs that must be known when the preview plans the resources.
    INPUT_UNKNOWN_AT_PREVIEW("input-unknown-at-preview", Severity.ERROR,
            "An input that decides which resources exist is only known after deployment.", false),

    // More names and identifiers Azure refuses (added after the others, so that existing rules keep their SARIF index).
    LOCATION_NAME("location-name", Severity.ERROR, "The location is not an Azure region name (letters and digits, or a display name with spaces).", true),
    DIAGNOSTIC_SETTING_NAME("diagnostic-setting-name", Severity.ERROR,
            "The diagnostic setting's name breaks Azure's naming rules.", true),
    SUBNET_SERVICE_ENDPOINT("subnet-service-endpoint", Severity.ERROR,
            "A managed subnet's service endpoint is not a Microsoft service name such as Microsoft.Storage.", true),
    SUBNET_DELEGATION("subnet-delegation", Severity.ERROR,
            "A managed subnet's delegation is not a resource type such as Microsoft.Web/serverFarms.", true),

    // Added later, so last: SARIF names rules by their position, which must not move for rules already released.
    LIMITS_PROFILE("limits-profile", Severity.ERROR, "The limits profile is not one kvguard knows.", true);

    private final String id;
    private final Severity defaultSeverity;
    private final String summary;
    private final boolean local;

    /**
     * @param local whether the verdict depends only on the value at the finding's own path (and, for counts,
     *              on the length of that list). When some inputs are not known yet, only local rules can be
     *              trusted; the others are checked again once every value is known.
     */
    Rule(String id, Severity defaultSeverity, String summary, boolean local) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.summary = summary;
        this.local = local;
    }

    /** The stable, kebab-case rule id, e.g. {@code ip-rule-prefix}. */
    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** Whether the verdict depends only on the value at the finding's path (see the constructor). */
    public boolean isLocal() {
        return local;
    }

    /** Finds a rule by its id. */
    public static java.util.Optional<Rule> byId(String id) {
        return java.util.Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    /** One sentence describing what the rule catches; used for SARIF rule descriptors and docs. */
    public String summary() {
        return summary;
    }
}
