package dev.kvguard.core.importer;

import java.util.List;
import java.util.Set;

/**
 * Names in Azure's own shape of a Key Vault and its diagnostic setting: ARM templates, REST bodies and
 * {@code az keyvault show}. This is the source side of an import. Many are spelled like kvguard's spec
 * properties, since kvguard took its names from Azure's, but they are a different vocabulary: the spec side
 * is named only through {@code Inputs}' handles, and {@code ImporterVocabularyTest} fails when a spec name
 * is spelled as a literal anywhere else in the importer.
 */
final class ArmNames {
    // Resource types.
    static final String ACCESS_POLICIES_TYPE = "Microsoft.KeyVault/vaults/accessPolicies";
    static final String DIAGNOSTIC_TYPE = "Microsoft.Insights/diagnosticSettings";
    static final String NESTED_DIAGNOSTIC_TYPE = "Microsoft.KeyVault/vaults/providers/diagnosticSettings";

    // The resource.
    static final String NAME = "name";
    static final String ID = "id";
    static final String RESOURCE_GROUP = "resourceGroup";
    static final String LOCATION = "location";
    static final String TAGS = "tags";
    static final String PROPERTIES = "properties";
    /** A template resource's flag: it refers to a vault rather than deploying it. */
    static final String EXISTING = "existing";

    // A REST API example: the request's URL parameters and its body.
    static final String PARAMETERS = "parameters";
    static final String REST_VAULT_NAME = "vaultName";
    static final String REST_RESOURCE_GROUP_NAME = "resourceGroupName";
    static final String REST_BODY = "parameters";

    // The vault's properties.
    static final String TENANT_ID = "tenantId";
    static final String SKU = "sku";
    static final String SKU_NAME = "name";
    static final String SOFT_DELETE_RETENTION_IN_DAYS = "softDeleteRetentionInDays";
    static final String ENABLE_PURGE_PROTECTION = "enablePurgeProtection";
    static final String ENABLE_RBAC_AUTHORIZATION = "enableRbacAuthorization";
    static final String ENABLED_FOR_DEPLOYMENT = "enabledForDeployment";
    static final String ENABLED_FOR_TEMPLATE_DEPLOYMENT = "enabledForTemplateDeployment";
    static final String ENABLED_FOR_DISK_ENCRYPTION = "enabledForDiskEncryption";
    static final String ENABLE_SOFT_DELETE = "enableSoftDelete";
    static final String PUBLIC_NETWORK_ACCESS = "publicNetworkAccess";
    static final String PRIVATE_ENDPOINT_CONNECTIONS = "privateEndpointConnections";
    static final String CONNECTION_STATE = "privateLinkServiceConnectionState";
    static final String CONNECTION_STATUS = "status";
    static final String NETWORK_ACLS = "networkAcls";
    static final String ACCESS_POLICIES = "accessPolicies";

    // networkAcls.
    static final String DEFAULT_ACTION = "defaultAction";
    static final String BYPASS = "bypass";
    static final String IP_RULES = "ipRules";
    static final String IP_RULE_VALUE = "value";
    static final String VIRTUAL_NETWORK_RULES = "virtualNetworkRules";
    static final String VIRTUAL_NETWORK_RULE_ID = "id";
    static final String IGNORE_MISSING_ENDPOINT = "ignoreMissingVnetServiceEndpoint";

    // accessPolicies[].
    static final String OBJECT_ID = "objectId";
    static final String APPLICATION_ID = "applicationId";
    static final String PERMISSIONS = "permissions";
    static final String KEYS = "keys";
    static final String SECRETS = "secrets";
    static final String CERTIFICATES = "certificates";
    static final String STORAGE = "storage";

    // A diagnostic setting's properties.
    static final String WORKSPACE_ID = "workspaceId";
    static final String STORAGE_ACCOUNT_ID = "storageAccountId";
    static final String EVENT_HUB_AUTHORIZATION_RULE_ID = "eventHubAuthorizationRuleId";
    static final String EVENT_HUB_NAME = "eventHubName";
    static final String LOGS = "logs";
    static final String METRICS = "metrics";
    static final String CATEGORY = "category";
    static final String CATEGORY_GROUP = "categoryGroup";
    static final String ENABLED = "enabled";
    static final String RETENTION_POLICY = "retentionPolicy";
    static final String LOG_ANALYTICS_DESTINATION_TYPE = "logAnalyticsDestinationType";

    /** Output-only vault properties Azure returns; nothing to carry and nothing lost. */
    static final Set<String> READ_ONLY = Set.of("vaultUri", "provisioningState", "hsmPoolResourceId",
            PRIVATE_ENDPOINT_CONNECTIONS);

    /** Switches carried as they are, in the order the spec lists them. */
    static final List<String> FLAGS = List.of(SOFT_DELETE_RETENTION_IN_DAYS, ENABLE_RBAC_AUTHORIZATION,
            ENABLED_FOR_DEPLOYMENT, ENABLED_FOR_TEMPLATE_DEPLOYMENT, ENABLED_FOR_DISK_ENCRYPTION);

    private ArmNames() {
    }
}
