package dev.kvguard.core.spec;

import static dev.kvguard.core.spec.KeyPermission.BACKUP;
import static dev.kvguard.core.spec.KeyPermission.GET;
import static dev.kvguard.core.spec.KeyPermission.LIST;
import static dev.kvguard.core.spec.KeyPermission.UNWRAP_KEY;
import static dev.kvguard.core.spec.KeyPermission.WRAP_KEY;

import java.util.List;

/**
 * The trusted Microsoft services of the reference document's table, with what each needs to reach a
 * firewalled vault. Every one of them needs the firewall bypass ({@code AzureServices}). Services that
 * act with their own identity also need an access policy (or, under RBAC, a role assignment) for it;
 * the minimum permissions below are the ones their documentation asks for. Three services act through
 * a vault switch instead: VM deployment, ARM template deployment and Azure Disk Encryption.
 */
public enum TrustedService implements SpecEnum {
    VIRTUAL_MACHINES_DEPLOYMENT("virtualMachinesDeployment", "Azure Virtual Machines deployment service",
            "deploy certificates to VMs from the vault", VaultFlag.ENABLED_FOR_DEPLOYMENT, null),
    TEMPLATE_DEPLOYMENT("templateDeployment", "Azure Resource Manager template deployment service",
            "pass secure values during deployment", VaultFlag.ENABLED_FOR_TEMPLATE_DEPLOYMENT, null),
    DISK_ENCRYPTION("diskEncryption", "Azure Disk Encryption volume encryption service",
            "BitLocker keys, DM passphrases and key-encryption keys at VM deployment",
            VaultFlag.ENABLED_FOR_DISK_ENCRYPTION, null),
    AZURE_BACKUP("azureBackup", "Azure Backup", "back up and restore keys and secrets of backed-up VMs", null,
            new Permissions(List.of(GET, LIST, BACKUP),
                    List.of(SecretPermission.GET, SecretPermission.LIST, SecretPermission.BACKUP), List.of(), List.of())),
    EXCHANGE_SHAREPOINT_ONLINE("exchangeSharePointOnline", "Exchange Online & SharePoint Online",
            "customer key for service encryption", null, Permissions.keys(GET, WRAP_KEY, UNWRAP_KEY)),
    AZURE_INFORMATION_PROTECTION("azureInformationProtection", "Azure Information Protection",
            "tenant key for Azure Information Protection", null,
            Permissions.keys(GET, KeyPermission.DECRYPT, KeyPermission.SIGN)),
    APP_SERVICE("appService", "Azure App Service", "deploy web app certificates from the vault", null,
            Permissions.secrets(SecretPermission.GET)),
    SQL_DATABASE("sqlDatabase", "Azure SQL Database", "transparent data encryption with your own key", null,
            Permissions.keys(GET, WRAP_KEY, UNWRAP_KEY)),
    STORAGE("storage", "Azure Storage", "storage service encryption with customer-managed keys", null,
            Permissions.keys(GET, WRAP_KEY, UNWRAP_KEY)),
    DATA_LAKE_STORE("dataLakeStore", "Azure Data Lake Store", "encryption with a customer-managed key", null,
            Permissions.keys(GET, WRAP_KEY, UNWRAP_KEY)),
    DATABRICKS("databricks", "Azure Databricks", "customer-managed keys for the workspace", null,
            Permissions.keys(GET, WRAP_KEY, UNWRAP_KEY)),
    API_MANAGEMENT("apiManagement", "Azure API Management", "custom-domain certificates through managed identity",
            null, Permissions.secrets(SecretPermission.GET, SecretPermission.LIST)),
    DATA_FACTORY("dataFactory", "Azure Data Factory", "data store credentials kept in the vault", null,
            Permissions.secrets(SecretPermission.GET, SecretPermission.LIST)),
    EVENT_HUBS("eventHubs", "Azure Event Hubs", "customer-managed keys", null,
            Permissions.keys(GET, WRAP_KEY, UNWRAP_KEY)),
    SERVICE_BUS("serviceBus", "Azure Service Bus", "customer-managed keys", null,
            Permissions.keys(GET, WRAP_KEY, UNWRAP_KEY)),
    IMPORT_EXPORT("importExport", "Azure Import/Export", "customer-managed keys for import/export jobs", null,
            Permissions.keys(GET, WRAP_KEY, UNWRAP_KEY)),
    CONTAINER_REGISTRY("containerRegistry", "Azure Container Registry", "registry encryption with customer-managed keys",
            null, Permissions.keys(GET, WRAP_KEY, UNWRAP_KEY));

    private final String specName;
    private final String displayName;
    private final String scenario;
    private final VaultFlag requiredFlag;
    private final Permissions minimumPermissions;

    TrustedService(String specName, String displayName, String scenario, VaultFlag requiredFlag,
                   Permissions minimumPermissions) {
        this.specName = specName;
        this.displayName = displayName;
        this.scenario = scenario;
        this.requiredFlag = requiredFlag;
        this.minimumPermissions = minimumPermissions;
    }

    @Override
    public String specName() {
        return specName;
    }

    public String displayName() {
        return displayName;
    }

    public String scenario() {
        return scenario;
    }

    /** The vault switch this service needs, or null when it acts through its own identity. */
    public VaultFlag requiredFlag() {
        return requiredFlag;
    }

    /** Whether the service acts with its own identity and so needs an access policy or role assignment. */
    public boolean needsIdentity() {
        return minimumPermissions != null;
    }

    /** The least an access policy for this service must grant; null for flag-only services. */
    public Permissions minimumPermissions() {
        return minimumPermissions;
    }
}
