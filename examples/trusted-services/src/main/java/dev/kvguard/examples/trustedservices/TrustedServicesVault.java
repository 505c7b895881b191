package dev.kvguard.examples.trustedservices;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.azurenative.authorization.AuthorizationFunctions;
import com.pulumi.azurenative.authorization.outputs.GetClientConfigResult;
import com.pulumi.azurenative.network.VirtualNetwork;
import com.pulumi.azurenative.network.VirtualNetworkArgs;
import com.pulumi.azurenative.network.inputs.AddressSpaceArgs;
import com.pulumi.azurenative.operationalinsights.Workspace;
import com.pulumi.azurenative.operationalinsights.WorkspaceArgs;
import com.pulumi.azurenative.operationalinsights.inputs.WorkspaceSkuArgs;
import com.pulumi.azurenative.resources.ResourceGroup;
import com.pulumi.azurenative.resources.ResourceGroupArgs;
import com.pulumi.resources.ComponentResourceOptions;
import dev.kvguard.components.SecureKeyVault;
import dev.kvguard.components.inputs.AccessPolicyArgs;
import dev.kvguard.components.inputs.LoggingArgs;
import dev.kvguard.components.inputs.ManagedSubnetArgs;
import dev.kvguard.components.inputs.NetworkRulesArgs;
import dev.kvguard.components.inputs.PermissionsArgs;
import dev.kvguard.components.inputs.SecureKeyVaultArgs;
import dev.kvguard.components.inputs.TrustedServiceArgs;
import dev.kvguard.components.inputs.VirtualNetworkRuleArgs;
import dev.kvguard.core.spec.KeyPermission;
import dev.kvguard.core.spec.SecretPermission;
import dev.kvguard.core.spec.TrustedService;

/**
 * A vault that Azure Backup, ARM template deployments and Azure Disk Encryption reach through the
 * firewall. Each needs the bypass (kvguard sets it because services are listed); Azure Backup also
 * needs an access policy for its own identity, the other two their {@code enabledFor...} switch.
 *
 * <p>Configuration: {@code backupObjectId}, the object id of the Backup Management Service principal
 * in your tenant ({@code az ad sp list --display-name "Backup Management Service" --query [].id}).
 */
public final class TrustedServicesVault {

    static final String EXAMPLE_BACKUP_OBJECT_ID = "5e1a7c2b-9d3f-4e8a-b6c1-0f2e3d4c5b6a";

    private TrustedServicesVault() {
    }

    public static void main(String[] args) {
        Pulumi.run(TrustedServicesVault::stack);
    }

    /** The program; {@code kvguard preview --program} runs it without the Pulumi CLI. */
    public static void stack(Context ctx) {
        String backup = ctx.config().get("backupObjectId").orElse(EXAMPLE_BACKUP_OBJECT_ID);
        var client = AuthorizationFunctions.getClientConfig();
        var group = new ResourceGroup("vmfleet", ResourceGroupArgs.builder()
                .resourceGroupName("rg-vmfleet-prod").location("westeurope").build());
        var network = new VirtualNetwork("vmfleet", VirtualNetworkArgs.builder()
                .resourceGroupName(group.name()).virtualNetworkName("vnet-vmfleet").location("westeurope")
                .addressSpace(AddressSpaceArgs.builder().addressPrefixes("10.50.0.0/16").build()).build());
        var logs = new Workspace("vmfleet", WorkspaceArgs.builder()
                .resourceGroupName(group.name()).workspaceName("law-vmfleet").location("westeurope")
                .sku(WorkspaceSkuArgs.builder().name("PerGB2018").build()).retentionInDays(30).build());

        var vault = new SecureKeyVault("vmfleet", SecureKeyVaultArgs.builder()
                .vaultName("kv-vmfleet-prod")
                .resourceGroupName(group.name())
                .location("westeurope")
                .tenantId(client.applyValue(GetClientConfigResult::tenantId))
                .enabledForTemplateDeployment(true)
                .enabledForDiskEncryption(true)
                .networkRules(NetworkRulesArgs.builder()
                        .ipRules("52.168.0.7")
                        .virtualNetworkRules(VirtualNetworkRuleArgs.builder().subnet(ManagedSubnetArgs.builder()
                                .resourceGroupName("rg-vmfleet-prod").virtualNetworkName("vnet-vmfleet")
                                .name("snet-vms").addressPrefix("10.50.0.0/23").build()).build())
                        .build())
                .accessPolicies(
                        AccessPolicyArgs.builder().objectId(backup).description("Backup Management Service")
                                .permissions(PermissionsArgs.builder()
                                        .keys(KeyPermission.GET, KeyPermission.LIST, KeyPermission.BACKUP)
                                        .secrets(SecretPermission.GET, SecretPermission.LIST, SecretPermission.BACKUP)
                                        .build())
                                .build())
                .trustedServices(
                        TrustedServiceArgs.builder().service(TrustedService.AZURE_BACKUP).objectId(backup).build(),
                        TrustedServiceArgs.builder().service(TrustedService.TEMPLATE_DEPLOYMENT).build(),
                        TrustedServiceArgs.builder().service(TrustedService.DISK_ENCRYPTION).build())
                .logging(LoggingArgs.builder().logAnalyticsWorkspaceId(logs.id()).build())
                .build(), ComponentResourceOptions.builder().dependsOn(network).build());

        ctx.export("vaultUri", vault.vaultUri());
        ctx.export("plan", vault.plan());
    }
}
