package dev.kvguard.core.importer;

import com.fasterxml.jackson.databind.JsonNode;

/** The kinds of document kvguard reads, told apart by their shape alone (file names prove nothing). */
public enum DocumentFormat {
    /** kvguard's own spec format. */
    SPEC("kvguard spec"),
    /** One vault resource as {@code az keyvault show}, {@code az resource show} or a REST GET return it. */
    AZURE_RESOURCE("Azure resource (az keyvault show)"),
    /** An ARM template (Bicep compiles to one): {@code resources[]} of type {@code Microsoft.KeyVault/vaults}. */
    ARM_TEMPLATE("ARM template"),
    /** A list of vault resources, as {@code az keyvault list} or {@code az resource list} print it. */
    AZURE_LIST("list of Azure resources (az keyvault list)"),
    /** A REST request body, {@code {location, properties: {...}}}. */
    REST_BODY("REST request body"),
    /** A REST API example of the azure-rest-api-specs repository: the request body under {@code parameters}. */
    REST_EXAMPLE("REST API example"),
    /** {@code terraform show -json} of a plan or of the state. */
    TERRAFORM("terraform show -json");

    private final String description;

    DocumentFormat(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The description with its indefinite article, for messages ("an ARM template"). */
    public String withArticle() {
        return ("AEIOU".indexOf(description.charAt(0)) >= 0 ? "an " : "a ") + description;
    }

    /**
     * Whether a document reports what Azure has, which adoption records as observed: a resource or a list as
     * Azure's tools print them, or a Terraform state. Templates, request bodies and Terraform plans hold the
     * desired values (a plan's are what apply would write), so they cannot tell what adopting would change.
     */
    public static boolean isObservedState(JsonNode root) {
        DocumentFormat format = detect(root);
        return format == AZURE_RESOURCE || format == AZURE_LIST || format == TERRAFORM && !root.has("planned_values");
    }

    /** Detects the format of a parsed document. */
    public static DocumentFormat detect(JsonNode root) {
        if (root.isArray()) {
            return AZURE_LIST;
        }
        if (root.has("format_version") && (root.has("values") || root.has("planned_values") || root.has("prior_state"))) {
            return TERRAFORM;
        }
        // languageVersion 2.0 templates key their resources by symbolic name.
        if ((root.path("resources").isArray() || root.path("resources").isObject()) && (root.has("$schema") || root.has("contentVersion"))) {
            return ARM_TEMPLATE;
        }
        if (root.path(ArmNames.PARAMETERS).path(ArmNames.REST_BODY).path(ArmNames.PROPERTIES).isObject()
                && root.path(ArmNames.PARAMETERS).has(ArmNames.REST_VAULT_NAME)) {
            return REST_EXAMPLE;
        }
        if (AzureVaults.VAULT_TYPE.equalsIgnoreCase(root.path("type").asText()) && root.path(ArmNames.PROPERTIES).isObject()) {
            return AZURE_RESOURCE;
        }
        JsonNode properties = root.path(ArmNames.PROPERTIES);
        if (properties.isObject() && (properties.has(ArmNames.TENANT_ID) || properties.has(ArmNames.SKU)
                || properties.has(ArmNames.NETWORK_ACLS) || properties.has(ArmNames.ACCESS_POLICIES))) {
            return REST_BODY;
        }
        return SPEC;
    }
}
