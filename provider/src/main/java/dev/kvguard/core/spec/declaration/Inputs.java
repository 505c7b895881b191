package dev.kvguard.core.spec.declaration;

import dev.kvguard.core.spec.Bypass;
import dev.kvguard.core.spec.CertificatePermission;
import dev.kvguard.core.spec.DefaultAction;
import dev.kvguard.core.spec.KeyPermission;
import dev.kvguard.core.spec.LogCategory;
import dev.kvguard.core.spec.LoggingSpec;
import dev.kvguard.core.spec.PublicNetworkAccess;
import dev.kvguard.core.spec.SecretPermission;
import dev.kvguard.core.spec.Sku;
import dev.kvguard.core.spec.Stage;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.spec.StoragePermission;
import java.util.List;
import java.util.Map;

/**
 * Every input kvguard accepts, declared once. Each nested class is one object type ({@code TYPE}) with a
 * typed handle per property, e.g. {@link NetworkRules#IP_RULES}; the binder is derived from these handles
 * (each spec record's component is read through the property of the same name), the component {@code Args}
 * are generated from them ({@code ArgsGenerator}, test scope) and the served schema takes their descriptions.
 *
 * <p>Adding a property means two edits: its handle here, and the component of the same name, of its kind's
 * Java type, in the spec record its type is bound to (e.g. {@code LoggingSpec} for {@link Logging}). There is
 * no binder line to write. A primitive component ({@code int}, {@code boolean}) needs a declared default,
 * which the description states in the same words. Then regenerate the {@code Args}, the schema and the spec
 * reference; {@code RecordBindingTest} fails while a record and its type do not correspond, and the drift
 * tests while anything generated is stale.
 *
 * <p>Within a type, properties are declared in the order the binder reads them, which is the order
 * spec findings list the known properties in.
 */
public final class Inputs {

    /** The package as a whole, for the schema. */
    public static final String PACKAGE_DESCRIPTION = "Azure Key Vault locked down to chosen networks, validated before anything is deployed: network "
            + "rules, service endpoints, access policies, trusted services and audit logging in the documented "
            + "order.";

    /** The fix when a mapping names neither a subnet id nor a subnet's parts. */
    private static final String ADD_A_SUBNET = "Add 'subnetId: /subscriptions/.../subnets/<name>' or a 'subnet:' mapping.";

    /** {@code SecureKeyVault}: the inputs of the component. */
    public static final class SecureKeyVault {
        public static final ObjectType TYPE = ObjectType.component("SecureKeyVault",
                "An Azure Key Vault locked down to chosen networks. Every input is validated before anything is "
                + "registered: an error fails the preview with every finding (rule id, path, value, fix), warnings "
                + "are logged against the component. Children are created in the plan's order: managed subnets' "
                + "service endpoints, the vault with its firewall, its diagnostic setting and private endpoints "
                + "(then their DNS zone groups), then role assignments.");

        public static final Property<String> VAULT_NAME = TYPE.requiredString("vaultName",
                "Globally unique vault name: 3 to 24 letters, digits and hyphens, starting with a letter, ending "
                + "with a letter or digit, without `--`.");
        public static final Property<String> RESOURCE_GROUP_NAME = TYPE.requiredString("resourceGroupName",
                "Resource group the vault is created in.");
        public static final Property<String> LOCATION = TYPE.requiredString("location",
                "Azure region of the vault, e.g. `westeurope`.");
        public static final Property<String> TENANT_ID = TYPE.requiredString("tenantId",
                "Microsoft Entra tenant id (a GUID) that authenticates requests to the vault.");
        public static final Property<Sku> SKU = TYPE.enumValue("sku", Sku.class,
                "`standard` (default) or `premium`.");
        public static final Property<Integer> SOFT_DELETE_RETENTION_IN_DAYS = TYPE.integer("softDeleteRetentionInDays",
                VaultSpec.DEFAULT_RETENTION_DAYS, "How many days deleted keys, secrets and certificates are kept: 7 to 90, default 90.");
        public static final Property<Boolean> ENABLE_PURGE_PROTECTION = TYPE.bool("enablePurgeProtection", VaultSpec.DEFAULT_PURGE_PROTECTION,
                "Purge protection; default `true` (Azure never lets it be switched off again).");
        public static final Property<Boolean> ENABLE_RBAC_AUTHORIZATION = TYPE.bool("enableRbacAuthorization", false,
                "Authorize data-plane access with Azure RBAC instead of access policies; default `false`. Must "
                + "be a plain value: it decides which resources exist.");
        public static final Property<Boolean> ENABLED_FOR_DEPLOYMENT = TYPE.bool("enabledForDeployment", false,
                "Lets virtual machines read certificates stored as secrets; default `false`.");
        public static final Property<Boolean> ENABLED_FOR_TEMPLATE_DEPLOYMENT = TYPE.bool("enabledForTemplateDeployment", false,
                "Lets ARM template deployments read secrets; default `false`.");
        public static final Property<Boolean> ENABLED_FOR_DISK_ENCRYPTION = TYPE.bool("enabledForDiskEncryption", false,
                "Lets Azure Disk Encryption read secrets and unwrap keys; default `false`.");
        public static final Property<Boolean> PROTECT = TYPE.bool("protect", VaultSpec.DEFAULT_PROTECT,
                "Protect the vault resource against deletion by Pulumi; default `true`.");
        public static final Property<Stage> STAGE = TYPE.enumValue("stage", Stage.class,
                "`enforce` (default) closes the firewall; `observe` puts rules and logging live but keeps the "
                + "default action `Allow`, for tightening a vault already in use.");
        public static final Property<ObjectType> LIMITS = TYPE.object("limits", Limits.TYPE,
                "Limits profile (`reference-2019` by default, or `current`) and single overrides.");
        public static final Property<ObjectType> NETWORK_RULES = TYPE.object("networkRules", NetworkRules.TYPE,
                "The vault's firewall: default action, bypass, public IPv4 rules and virtual-network rules.");
        public static final Property<List<ObjectType>> ACCESS_POLICIES = TYPE.objects("accessPolicies", AccessPolicy.TYPE,
                "Access policies, declared inline in the vault and owned by this component; do not also manage "
                + "them as separate resources.");
        public static final Property<ObjectType> LOGGING = TYPE.object("logging", Logging.TYPE,
                "Where the vault's diagnostic setting sends its audit logs; required on a firewalled vault "
                + "unless `waiver` gives a reason.");
        public static final Property<List<ObjectType>> TRUSTED_SERVICES = TYPE.objects("trustedServices", TrustedService.TYPE,
                "Trusted Microsoft services the vault admits through the firewall bypass.");
        public static final Property<Map<String, String>> TAGS = TYPE.stringMap("tags",
                "Tags set on the vault.");
        public static final Property<PublicNetworkAccess> PUBLIC_NETWORK_ACCESS = TYPE.enumValue("publicNetworkAccess", PublicNetworkAccess.class,
                "`Enabled` or `Disabled`. Disabled leaves private endpoints and trusted services as the only "
                + "ways to the data plane, and IP and virtual-network rules are then not applied. Disabled is sent "
                + "from `stage: enforce` on: under `stage: observe`, as when omitted, nothing is sent and Azure "
                + "keeps the current setting.");
        public static final Property<List<ObjectType>> PRIVATE_ENDPOINTS = TYPE.objects("privateEndpoints", PrivateEndpoint.TYPE,
                "Private endpoints to the vault's `vault` sub-resource, each registered in a private DNS zone. "
                + "They are created after the vault, and their zone groups after them. The list and each "
                + "endpoint's `name` and `privateDnsZoneIds` must be plain values: they decide which resources "
                + "exist.");
        public static final Property<String> PRIVATE_ENDPOINTS_WAIVER = TYPE.string("privateEndpointsWaiver",
                "Why public network access is disabled although this component creates no private endpoint, e.g. "
                + "because another team creates it. With a reason the finding is a warning instead of an error.");
        public static final Property<ObjectType> EXISTING = TYPE.object("existing", ExistingVault.TYPE,
                "A vault that already exists: the component adopts it with Pulumi's `import` resource option "
                + "instead of creating it, and warns about every property the adopting deployment changes. "
                + "`resourceId` must be a plain value.");

        static {
            TYPE.output("vaultId",
                    "Azure resource id of the vault.");
            TYPE.output("vaultUri",
                    "Data-plane URI of the vault, e.g. `https://kv-example.vault.azure.net/`.");
            TYPE.output("limitsProfile",
                    "The limits profile the inputs were validated against, overrides included (e.g. "
                    + "`current+maxIpRules=400`).");
            TYPE.output("plan",
                    "The deployment plan as JSON (the format of `kvguard plan --format json`), computed from the "
                    + "resolved inputs with every finding; secret when any input that shaped it is secret.");
        }

        private SecureKeyVault() {
        }
    }

    /** {@code SubnetServiceEndpoint}: the inputs of the component. */
    public static final class SubnetServiceEndpoint {
        public static final ObjectType TYPE = ObjectType.component("SubnetServiceEndpoint",
                "Turns on the `Microsoft.KeyVault` service endpoint of one subnet this program manages, keeping "
                + "everything else the subnet declares (prefix, other endpoints, delegations, network security "
                + "group, route table).");

        public static final Property<ObjectType> SUBNET = TYPE.requiredObject("subnet", ManagedSubnet.TYPE,
                "The subnet to update, with everything it already has.");

        static {
            TYPE.output("subnetId",
                    "Azure resource id of the updated subnet.");
            TYPE.output("serviceEndpoints",
                    "The subnet's service endpoints after the update, `Microsoft.KeyVault` included.");
        }

        private SubnetServiceEndpoint() {
        }
    }

    /** {@code Limits}. */
    public static final class Limits {
        public static final ObjectType TYPE = ObjectType.type("Limits",
                "The limits profile the inputs are validated against, with single overrides.");

        public static final Property<String> PROFILE = TYPE.string("profile",
                "`reference-2019` (default: 127 IPv4 and 127 virtual-network rules, `/31` and `/32` refused) or "
                + "`current` (1000 and 200, `/32` accepted).");
        public static final Property<Integer> MAX_IP_RULES = TYPE.integer("maxIpRules",
                "Override of the maximum number of IPv4 rules.");
        public static final Property<Integer> MAX_VIRTUAL_NETWORK_RULES = TYPE.integer("maxVirtualNetworkRules",
                "Override of the maximum number of virtual-network rules.");
        public static final Property<List<Integer>> REFUSED_PREFIX_LENGTHS = TYPE.integers("refusedPrefixLengths",
                "Override of the prefix lengths IPv4 rules may not use.");

        private Limits() {
        }
    }

    /** {@code NetworkRules}. */
    public static final class NetworkRules {
        public static final ObjectType TYPE = ObjectType.type("NetworkRules",
                "The vault's firewall.");

        public static final Property<DefaultAction> DEFAULT_ACTION = TYPE.enumValue("defaultAction", DefaultAction.class,
                "`Deny` (default) or `Allow`.");
        public static final Property<Bypass> BYPASS = TYPE.enumValue("bypass", Bypass.class,
                "`AzureServices` or `None`; default `AzureServices` when trusted services are listed, else "
                + "`None`.");
        public static final Property<List<String>> IP_RULES = TYPE.strings("ipRules",
                "Public IPv4 addresses (`a.b.c.d`) and CIDR ranges (`a.b.c.d/n`) admitted.");
        public static final Property<List<ObjectType>> VIRTUAL_NETWORK_RULES = TYPE.objects("virtualNetworkRules", VirtualNetworkRule.TYPE,
                "Subnets admitted through their `Microsoft.KeyVault` service endpoint.");

        private NetworkRules() {
        }
    }

    /** {@code VirtualNetworkRule}. */
    public static final class VirtualNetworkRule {
        public static final ObjectType TYPE = ObjectType.type("VirtualNetworkRule",
                "A subnet the vault admits: either `subnetId` (managed elsewhere) or `subnet` (kvguard turns its "
                + "endpoint on).");

        public static final Property<String> SUBNET_ID = TYPE.string("subnetId",
                "Resource id of an existing subnet whose `Microsoft.KeyVault` endpoint is already on.");
        public static final Property<ObjectType> SUBNET = TYPE.object("subnet", ManagedSubnet.TYPE,
                "A subnet whose `Microsoft.KeyVault` endpoint kvguard turns on before the vault names it.");

        static {
            TYPE.exactlyOne(new OneOf(SUBNET_ID, "an existing subnet", SUBNET, "a subnet whose endpoint kvguard manages",
                    "Keep 'subnetId' for a subnet managed elsewhere, or 'subnet' for one kvguard manages.", ADD_A_SUBNET,
                    OneOf.WhenUnusable.DROP_ITEM));
        }

        private VirtualNetworkRule() {
        }
    }

    /** {@code ManagedSubnet}. */
    public static final class ManagedSubnet {
        public static final ObjectType TYPE = ObjectType.type("ManagedSubnet",
                "A subnet kvguard updates, declared with everything it has, so that the update drops nothing.");

        public static final Property<String> RESOURCE_GROUP_NAME = TYPE.requiredString("resourceGroupName",
                "Resource group of the virtual network. Must be a plain value: it names a resource kvguard "
                + "creates.");
        public static final Property<String> VIRTUAL_NETWORK_NAME = TYPE.requiredString("virtualNetworkName",
                "The virtual network. Must be a plain value.");
        public static final Property<String> NAME = TYPE.requiredString("name",
                "The subnet. Must be a plain value.");
        public static final Property<String> ADDRESS_PREFIX = TYPE.requiredString("addressPrefix",
                "The subnet's IPv4 range, a network CIDR such as `10.0.1.0/24`.");
        public static final Property<List<String>> SERVICE_ENDPOINTS = TYPE.strings("serviceEndpoints",
                "Service endpoints the subnet keeps besides `Microsoft.KeyVault`.");
        public static final Property<String> NETWORK_SECURITY_GROUP_ID = TYPE.string("networkSecurityGroupId",
                "Resource id of the network security group the subnet keeps.");
        public static final Property<String> ROUTE_TABLE_ID = TYPE.string("routeTableId",
                "Resource id of the route table the subnet keeps.");
        public static final Property<List<String>> DELEGATIONS = TYPE.strings("delegations",
                "Services the subnet stays delegated to, e.g. `Microsoft.Web/serverFarms`.");

        private ManagedSubnet() {
        }
    }

    /** {@code AccessPolicy}. */
    public static final class AccessPolicy {
        public static final ObjectType TYPE = ObjectType.type("AccessPolicy",
                "An access policy: an identity and what it may do with the vault's keys, secrets, certificates "
                + "and storage accounts.");

        public static final Property<String> OBJECT_ID = TYPE.requiredString("objectId",
                "Object id (a GUID) of the user, group, service principal or managed identity.");
        public static final Property<String> TENANT_ID = TYPE.string("tenantId",
                "Tenant of the identity; default the vault's tenant.");
        public static final Property<String> APPLICATION_ID = TYPE.string("applicationId",
                "Application id, for compound identities only.");
        public static final Property<String> DESCRIPTION = TYPE.string("description",
                "A label shown in plans and findings.");
        public static final Property<ObjectType> PERMISSIONS = TYPE.object("permissions", Permissions.TYPE,
                "The permissions granted.");

        private AccessPolicy() {
        }
    }

    /** {@code Permissions}. */
    public static final class Permissions {
        public static final ObjectType TYPE = ObjectType.type("Permissions",
                "Permissions an access policy grants, by kind of object.");

        public static final Property<List<KeyPermission>> KEYS = TYPE.enums("keys", KeyPermission.class,
                "Key permissions, e.g. `get`, `wrapKey`, `unwrapKey`.");
        public static final Property<List<SecretPermission>> SECRETS = TYPE.enums("secrets", SecretPermission.class,
                "Secret permissions, e.g. `get`, `list`.");
        public static final Property<List<CertificatePermission>> CERTIFICATES = TYPE.enums("certificates", CertificatePermission.class,
                "Certificate permissions, e.g. `get`, `import`.");
        public static final Property<List<StoragePermission>> STORAGE = TYPE.enums("storage", StoragePermission.class,
                "Storage-account permissions.");

        private Permissions() {
        }
    }

    /** {@code Logging}. */
    public static final class Logging {
        public static final ObjectType TYPE = ObjectType.type("Logging",
                "The vault's diagnostic setting: which audit logs go where.");

        public static final Property<Boolean> METRICS = TYPE.bool("metrics", LoggingSpec.DEFAULT_METRICS,
                "Also send `AllMetrics`; default `true`.");
        public static final Property<String> LOG_ANALYTICS_WORKSPACE_ID = TYPE.string("logAnalyticsWorkspaceId",
                "Resource id of a Log Analytics workspace that receives the logs.");
        public static final Property<String> STORAGE_ACCOUNT_ID = TYPE.string("storageAccountId",
                "Resource id of a storage account that receives the logs.");
        public static final Property<String> EVENT_HUB_AUTHORIZATION_RULE_ID = TYPE.string("eventHubAuthorizationRuleId",
                "Resource id of an event hub namespace authorization rule; give `eventHubName` with it.");
        public static final Property<String> EVENT_HUB_NAME = TYPE.string("eventHubName",
                "Name of the event hub that receives the logs.");
        public static final Property<List<LogCategory>> CATEGORIES = TYPE.enums("categories", LogCategory.class,
                "Log categories to send; default `AuditEvent`.");
        public static final Property<String> DIAGNOSTIC_SETTING_NAME = TYPE.string("diagnosticSettingName",
                "Name of the diagnostic setting; default `kvguard-audit`.");
        public static final Property<String> WAIVER = TYPE.string("waiver",
                "Why this vault has no audit logs; only with a waiver may every destination be left out (the "
                + "finding becomes a warning).");

        private Logging() {
        }
    }

    /** {@code TrustedService}. */
    public static final class TrustedService {
        public static final ObjectType TYPE = ObjectType.type("TrustedService",
                "A trusted Microsoft service the vault admits, with the identity it acts as.");

        public static final Property<dev.kvguard.core.spec.TrustedService> SERVICE = TYPE.requiredEnum("service",
                dev.kvguard.core.spec.TrustedService.class,
                "The service, e.g. `azureBackup`, `templateDeployment`, `diskEncryption`.");
        public static final Property<String> OBJECT_ID = TYPE.string("objectId",
                "Object id of the service's identity in your tenant, for services that act with their own "
                + "identity.");
        public static final Property<String> ROLE_DEFINITION_ID = TYPE.string("roleDefinitionId",
                "Under RBAC authorization: the role assigned to `objectId` on the vault.");

        private TrustedService() {
        }
    }

    /** {@code PrivateEndpoint}. */
    public static final class PrivateEndpoint {
        public static final ObjectType TYPE = ObjectType.type("PrivateEndpoint",
                "A private endpoint to the vault, in a subnet named by `subnetId` or by `subnet`, with the DNS "
                + "zones it registers the vault in.");

        public static final Property<String> NAME = TYPE.requiredString("name",
                "Name of the private endpoint resource: 2 to 64 letters, digits, underscores, periods and "
                + "hyphens. Must be a plain value.");
        public static final Property<String> SUBNET_ID = TYPE.string("subnetId",
                "Resource id of the subnet the endpoint is placed in.");
        public static final Property<ObjectType> SUBNET = TYPE.object("subnet", PrivateEndpointSubnet.TYPE,
                "The subnet by resource group, network and name, instead of `subnetId`; the vault's subscription "
                + "completes its id.");
        public static final Property<List<String>> PRIVATE_DNS_ZONE_IDS = TYPE.strings("privateDnsZoneIds",
                "Resource ids of the private DNS zones to register the vault in; each must be the Key Vault zone "
                + "of the vault's cloud (`privatelink.vaultcore.azure.net`, "
                + "`privatelink.vaultcore.usgovcloudapi.net` or `privatelink.vaultcore.azure.cn`). Omitted: that "
                + "zone in the vault's resource group. Empty: no zone group, DNS is registered elsewhere.");
        public static final Property<String> STATIC_IP_ADDRESS = TYPE.string("staticIpAddress",
                "The endpoint's private IPv4 address, inside the subnet and not one of the five Azure reserves; "
                + "omitted, Azure assigns one.");

        static {
            TYPE.exactlyOne(new OneOf(SUBNET_ID, "a subnet by resource id", SUBNET, "a subnet by resource group, network and name",
                    "Keep either 'subnetId' or 'subnet'.", ADD_A_SUBNET,
                    // Its name, zones and address still mean something, and are still checked.
                    OneOf.WhenUnusable.KEEP_WITHOUT_CHOICE));
        }

        private PrivateEndpoint() {
        }
    }

    /** {@code PrivateEndpointSubnet}. */
    public static final class PrivateEndpointSubnet {
        public static final ObjectType TYPE = ObjectType.type("PrivateEndpointSubnet",
                "A subnet a private endpoint is placed in, named by its parts; kvguard does not change it.");

        public static final Property<String> RESOURCE_GROUP_NAME = TYPE.requiredString("resourceGroupName",
                "Resource group of the virtual network.");
        public static final Property<String> VIRTUAL_NETWORK_NAME = TYPE.requiredString("virtualNetworkName",
                "The virtual network.");
        public static final Property<String> NAME = TYPE.requiredString("name",
                "The subnet.");
        public static final Property<String> ADDRESS_PREFIX = TYPE.string("addressPrefix",
                "The subnet's IPv4 range, when known: a static IP is checked against it.");

        private PrivateEndpointSubnet() {
        }
    }

    /** {@code ExistingVault}. */
    public static final class ExistingVault {
        public static final ObjectType TYPE = ObjectType.type("ExistingVault",
                "A vault that already exists and is adopted (imported) rather than created; written by `kvguard "
                + "import --adopt`.");

        public static final Property<String> RESOURCE_ID = TYPE.requiredString("resourceId",
                "Full resource id of the vault, "
                + "`/subscriptions/<guid>/resourceGroups/<rg>/providers/Microsoft.KeyVault/vaults/<name>`; its "
                + "resource group and name must be those of the component's inputs. Must be a plain value.");
        public static final Property<ObjectType> OBSERVED = TYPE.object("observed", ObservedVault.TYPE,
                "The vault's settings as Azure reported them; kvguard warns about every one the inputs change.");

        private ExistingVault() {
        }
    }

    /** {@code ObservedVault}. */
    public static final class ObservedVault {
        public static final ObjectType TYPE = ObjectType.type("ObservedVault",
                "Settings of an existing vault as Azure reported them; an absent property was not observed and "
                + "is not compared.");

        public static final Property<ObjectType> NETWORK_RULES = TYPE.object("networkRules", NetworkRules.TYPE,
                "The firewall: default action, bypass, IPv4 rules and virtual-network rules (by `subnetId`).");
        public static final Property<Sku> SKU = TYPE.enumValue("sku", Sku.class,
                "`standard` or `premium`.");
        public static final Property<Integer> SOFT_DELETE_RETENTION_IN_DAYS = TYPE.integer("softDeleteRetentionInDays",
                "Soft-delete retention in days (Azure does not let it change).");
        public static final Property<Boolean> ENABLE_PURGE_PROTECTION = TYPE.bool("enablePurgeProtection",
                "Whether purge protection is on (Azure never turns it off again).");
        public static final Property<Boolean> ENABLE_RBAC_AUTHORIZATION = TYPE.bool("enableRbacAuthorization",
                "Whether Azure RBAC authorizes data-plane requests.");
        public static final Property<Boolean> ENABLED_FOR_DEPLOYMENT = TYPE.bool("enabledForDeployment",
                "The `enabledForDeployment` switch.");
        public static final Property<Boolean> ENABLED_FOR_TEMPLATE_DEPLOYMENT = TYPE.bool("enabledForTemplateDeployment",
                "The `enabledForTemplateDeployment` switch.");
        public static final Property<Boolean> ENABLED_FOR_DISK_ENCRYPTION = TYPE.bool("enabledForDiskEncryption",
                "The `enabledForDiskEncryption` switch.");
        public static final Property<Integer> ACCESS_POLICY_COUNT = TYPE.integer("accessPolicyCount",
                "How many access policies the vault has (written by older imports; compared only when "
                + "`accessPolicies` is absent).");
        public static final Property<String> LOCATION = TYPE.string("location",
                "The vault's region; a different `location` would replace the vault, so adopting refuses it.");
        public static final Property<String> TENANT_ID = TYPE.string("tenantId",
                "The tenant (directory) id the vault trusts.");
        public static final Property<PublicNetworkAccess> PUBLIC_NETWORK_ACCESS = TYPE.enumValue("publicNetworkAccess", PublicNetworkAccess.class,
                "`Enabled` or `Disabled`; recorded even when `Enabled`, so that changing it either way is "
                + "reported.");
        public static final Property<Map<String, String>> TAGS = TYPE.stringMap("tags",
                "The vault's tags; tags the spec adds, removes or changes are reported.");
        public static final Property<List<ObjectType>> ACCESS_POLICIES = TYPE.objects("accessPolicies", AccessPolicy.TYPE,
                "Each access policy's object id and permissions; a principal the spec drops or whose permissions "
                + "it changes is reported.");

        private ObservedVault() {
        }
    }

    /** Every declared type: the components first, then the nested types. */
    public static List<ObjectType> types() {
        return List.of(SecureKeyVault.TYPE,
                SubnetServiceEndpoint.TYPE,
                Limits.TYPE,
                NetworkRules.TYPE,
                VirtualNetworkRule.TYPE,
                ManagedSubnet.TYPE,
                AccessPolicy.TYPE,
                Permissions.TYPE,
                Logging.TYPE,
                TrustedService.TYPE,
                PrivateEndpoint.TYPE,
                PrivateEndpointSubnet.TYPE,
                ExistingVault.TYPE,
                ObservedVault.TYPE);
    }

    private Inputs() {
    }
}
