package dev.kvguard.core.importer;

/**
 * Names in the azurerm provider's resources as {@code terraform show -json} writes them: the source side of
 * a Terraform import, kept apart from kvguard's spec names (see {@link ArmNames}).
 */
final class TerraformNames {
    static final String KEY_VAULT = "azurerm_key_vault";
    static final String ACCESS_POLICY = "azurerm_key_vault_access_policy";
    static final String DIAGNOSTIC_SETTING = "azurerm_monitor_diagnostic_setting";

    // azurerm_key_vault.
    static final String NAME = "name";
    static final String ID = "id";
    static final String RESOURCE_GROUP_NAME = "resource_group_name";
    static final String LOCATION = "location";
    static final String TAGS = "tags";
    static final String TENANT_ID = "tenant_id";
    static final String SKU_NAME = "sku_name";
    static final String SOFT_DELETE_RETENTION_DAYS = "soft_delete_retention_days";
    static final String PURGE_PROTECTION_ENABLED = "purge_protection_enabled";
    static final String ENABLE_RBAC_AUTHORIZATION = "enable_rbac_authorization";
    /** azurerm 4's name for {@link #ENABLE_RBAC_AUTHORIZATION}. */
    static final String RBAC_AUTHORIZATION_ENABLED = "rbac_authorization_enabled";
    static final String ENABLED_FOR_DEPLOYMENT = "enabled_for_deployment";
    static final String ENABLED_FOR_TEMPLATE_DEPLOYMENT = "enabled_for_template_deployment";
    static final String ENABLED_FOR_DISK_ENCRYPTION = "enabled_for_disk_encryption";
    static final String PUBLIC_NETWORK_ACCESS_ENABLED = "public_network_access_enabled";
    static final String NETWORK_ACLS = "network_acls";
    static final String DEFAULT_ACTION = "default_action";
    static final String BYPASS = "bypass";
    static final String IP_RULES = "ip_rules";
    static final String VIRTUAL_NETWORK_SUBNET_IDS = "virtual_network_subnet_ids";
    static final String ACCESS_POLICY_BLOCK = "access_policy";

    // An access policy (block or resource).
    static final String KEY_VAULT_ID = "key_vault_id";
    static final String OBJECT_ID = "object_id";
    static final String APPLICATION_ID = "application_id";
    static final String KEY_PERMISSIONS = "key_permissions";
    static final String SECRET_PERMISSIONS = "secret_permissions";
    static final String CERTIFICATE_PERMISSIONS = "certificate_permissions";
    static final String STORAGE_PERMISSIONS = "storage_permissions";

    // azurerm_monitor_diagnostic_setting.
    static final String TARGET_RESOURCE_ID = "target_resource_id";
    static final String LOG_ANALYTICS_WORKSPACE_ID = "log_analytics_workspace_id";
    static final String STORAGE_ACCOUNT_ID = "storage_account_id";
    static final String EVENTHUB_AUTHORIZATION_RULE_ID = "eventhub_authorization_rule_id";
    static final String EVENTHUB_NAME = "eventhub_name";
    static final String ENABLED_LOG = "enabled_log";
    static final String LOG = "log";
    static final String ENABLED_METRIC = "enabled_metric";
    static final String METRIC = "metric";
    static final String CATEGORY = "category";
    static final String CATEGORY_GROUP = "category_group";
    static final String ENABLED = "enabled";

    private TerraformNames() {
    }
}
