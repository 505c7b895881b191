package dev.kvguard.core.plan;

import dev.kvguard.core.azure.Lower;
import dev.kvguard.core.model.AccessPolicy;
import dev.kvguard.core.model.DiagnosticSetting;
import dev.kvguard.core.model.ExistingSubnet;
import dev.kvguard.core.model.ManagedSubnet;
import dev.kvguard.core.model.ResolvedVault;
import dev.kvguard.core.model.SubnetRef;
import dev.kvguard.core.model.TrustedAdmission;
import dev.kvguard.core.spec.Bypass;
import dev.kvguard.core.spec.DefaultAction;
import dev.kvguard.core.spec.LogCategory;
import dev.kvguard.core.spec.Permissions;
import dev.kvguard.core.spec.Stage;
import dev.kvguard.core.spec.TrustedService;
import dev.kvguard.core.spec.VaultFlag;
import dev.kvguard.core.validate.ValidationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a resolved vault into the ordered deployment plan. Pure and deterministic.
 *
 * <p>Ordering rules: each subnet's endpoint update comes before the vault whose rules name it; updates of
 * subnets in the same virtual network are chained (Azure refuses concurrent ones); different networks
 * proceed in parallel, so the critical path is the largest number of managed subnets in one network,
 * plus the vault, plus its diagnostic setting. Azure cannot create a diagnostic setting before its
 * vault: kvguard creates it right after, and every step that uses the vault's data plane (role
 * assignments for trusted services) waits for it.
 */
public final class Planner {

    public static final String VAULT = "vault";
    public static final String DIAGNOSTIC_SETTING = "diagnostic-setting";

    /** What an inline step (and the diagnostic setting) waits for: one list for the thousand steps that do. */
    private static final List<String> AFTER_VAULT = List.of(VAULT);

    static final String DATA_PLANE_NOTE = "The firewall guards the data plane only (keys, secrets, certificates); "
            + "control-plane operations, including creating the vault, changing its rules and access policies and "
            + "ARM deployments that write secrets, are not affected by it.";
    static final String DEPLOYER_NOTE = "If the machine running the deployment reads or writes keys, secrets or "
            + "certificates, its own public IP must be in ipRules, or Azure answers ForbiddenByFirewall.";
    static final String PRIVATE_DEPLOYER_NOTE = "Public network access is disabled: IP and virtual-network rules "
            + "are not applied, and only private endpoints and trusted services reach the data plane. If the machine "
            + "running the deployment reads or writes keys, secrets or certificates, it must resolve and reach the "
            + "vault through a private endpoint.";
    static final String PRIVATE_CONSUMER_NOTE = "Waits for the diagnostic setting and for every private endpoint "
            + "and its DNS registration: it is a data-plane consumer of the vault.";
    static final String LOGGING_ORDER_NOTE = "Azure needs the vault before its diagnostic setting: kvguard creates "
            + "the setting immediately after the vault and makes every data-plane consumer wait for it, so no "
            + "firewall denial goes unlogged. To tighten a vault that already serves traffic, deploy with "
            + "'stage: observe' first (rules and logging live, default action still Allow), read the logs, then "
            + "deploy 'stage: enforce'.";
    static final String ENDPOINT_DELAY_NOTE = "A new service endpoint can take up to about 15 minutes to take "
            + "effect; requests from this subnet may be refused until then.";
    static final String PRECONDITION_NOTE = "Managed elsewhere: the vault's rule keeps Azure's own check "
            + "(ignoreMissingVnetServiceEndpoint false), so Azure refuses it with "
            + "SubnetsHaveNoServiceEndpointsConfigured unless this subnet already has the Microsoft.KeyVault endpoint.";

    /** The vault step's action when the vault already exists: Pulumi imports it instead of creating it. */
    public static final String ADOPT_ACTION = "Adopt (import) the existing vault and update it";
    static final String ADOPT_NOTE = "Adopted with Pulumi's import option: the first deployment reads the existing vault "
            + "into the stack and applies the differences reported above (Pulumi CLI 3.174.0 or later); once the vault is "
            + "in the stack's state the option is ignored, so later deployments (stage enforce) simply update it.";

    private Planner() {
    }

    /** Plans a validated vault; a report with errors gives a plan with its findings and no steps. */
    public static Plan plan(ValidationReport report) {
        ResolvedVault vault = report.vault();
        if (report.hasErrors()) {
            return new Plan(vault.vaultName(), report.profile(), report.findings(), List.of(), List.of(), List.of());
        }
        List<Step> steps = new ArrayList<>(vault.subnets().size() + 2 + 2 * vault.privateEndpoints().size()
                + vault.trustedServices().size() + vault.accessPolicies().size());
        List<String> endpointSteps = endpoints(vault, steps);
        steps.add(vault(vault, endpointSteps));
        List<String> dataPlaneReady = new ArrayList<>();
        vault.diagnosticSetting().ifPresent(setting -> {
            steps.add(diagnosticSetting(vault, setting));
            dataPlaneReady.add(DIAGNOSTIC_SETTING);
        });
        dataPlaneReady.addAll(PrivateConnectivity.plan(vault, steps));
        trusted(vault, steps, dataPlaneReady);
        int[] level = Waves.levels(steps);
        int[] order = Waves.order(steps, level);
        return new Plan(vault.vaultName(), report.profile(), report.findings(), Waves.sorted(steps, order),
                Waves.group(steps, level, order), notes(vault));
    }

    /** One step per distinct subnet; managed subnets of one network are chained in input order. */
    private static List<String> endpoints(ResolvedVault vault, List<Step> steps) {
        Map<String, String> lastInNetwork = new HashMap<>();
        List<String> planned = new ArrayList<>(vault.subnets().size());
        for (SubnetRef ref : vault.subnets()) {
            String id = endpointId(ref.key());
            planned.add(id);
            if (ref instanceof ManagedSubnet s) {
                String previous = lastInNetwork.put(s.networkKey(), id);
                steps.add(Step.written(id, Phase.SERVICE_ENDPOINTS, previous == null ? List.of() : List.of(previous),
                        new Target.ServiceEndpoint(s), Planner::serviceEndpointText));
            } else if (ref instanceof ExistingSubnet s) {
                steps.add(Step.written(id, Phase.SERVICE_ENDPOINTS, List.of(), new Target.EndpointPrecondition(s),
                        (target, none) -> new Step.Text("Microsoft.Network/virtualNetworks/subnets "
                                + target.subnet().resourceId(), "Require the Microsoft.KeyVault service endpoint (already on)",
                                List.of(), List.of(PRECONDITION_NOTE))));
            }
        }
        return planned;
    }

    /** @param previous the step of the subnet before it in the same network, if any */
    private static Step.Text serviceEndpointText(Target.ServiceEndpoint target, List<String> previous) {
        ManagedSubnet s = target.subnet();
        return new Step.Text("Microsoft.Network/virtualNetworks/subnets " + s.virtualNetworkName() + "/" + s.name()
                + " (resource group " + s.resourceGroupName() + ")",
                "Turn on the Microsoft.KeyVault service endpoint, keeping the subnet's other settings", subnetDetails(s),
                previous.isEmpty() ? List.of(ENDPOINT_DELAY_NOTE) : List.of(ENDPOINT_DELAY_NOTE, "Waits for "
                        + previous.get(0) + ": Azure refuses concurrent updates of subnets in one virtual network "
                        + "(AnotherOperationInProgress)."));
    }

    static String endpointId(String subnetKey) {
        return "endpoint/" + subnetKey;
    }

    private static List<String> subnetDetails(ManagedSubnet s) {
        List<String> details = new ArrayList<>();
        details.add("service endpoints: " + String.join(", ", s.serviceEndpoints()));
        details.add("address prefix: " + s.addressPrefix());
        if (!s.delegations().isEmpty()) {
            details.add("delegations: " + String.join(", ", s.delegations()));
        }
        s.networkSecurityGroupId().ifPresent(id -> details.add("network security group: " + id));
        s.routeTableId().ifPresent(id -> details.add("route table: " + id));
        return details;
    }

    private static Step vault(ResolvedVault vault, List<String> endpointSteps) {
        return Step.written(VAULT, Phase.NETWORK_RULES, endpointSteps, new Target.Vault(),
                (target, endpoints) -> vaultText(vault, endpoints.size()));
    }

    private static Step.Text vaultText(ResolvedVault vault, int endpointSteps) {
        DefaultAction action = vault.defaultAction();
        List<String> details = new ArrayList<>(8 + vault.ipRules().size() + vault.subnets().size());
        vault.importId().ifPresent(id -> details.add("existing vault " + id));
        details.add("sku " + vault.sku().specName() + ", soft-delete retention " + vault.softDeleteRetentionInDays()
                + " days, purge protection " + onOff(vault.purgeProtection()) + ", authorization "
                + (vault.rbacAuthorization() ? "RBAC" : "access policies"));
        details.add("default action " + action.specName()
                + (vault.stage() == Stage.OBSERVE ? " (stage observe; Deny once deployed with stage enforce)" : ""));
        details.add("bypass " + vault.bypass().specName());
        if (vault.publicAccessHeldBack()) {
            details.add("public network access unchanged (stage observe; Disabled once deployed with stage enforce)");
        } else {
            vault.publicNetworkAccess().ifPresent(p -> details.add("public network access " + p.specName()));
        }
        vault.ipRules().forEach(r -> details.add("IPv4 rule " + r.azureValue()));
        vault.subnets().forEach(s -> details.add("virtual-network rule " + s.key()));
        for (VaultFlag flag : VaultFlag.values()) {
            if (vault.flag(flag)) {
                details.add(flag.specName() + " true");
            }
        }
        String summary = (vault.isAdopted() ? ADOPT_ACTION : "Create or update the vault") + " with default action "
                + action.specName() + ", " + plural(vault.ipRules().size(), "IPv4 rule") + " and "
                + plural(endpointSteps, "virtual-network rule");
        List<String> notes = new ArrayList<>();
        if (vault.isAdopted()) {
            notes.add(ADOPT_NOTE);
        }
        if (vault.protect()) {
            notes.add("Protected: Pulumi refuses to delete it until 'protect' is set to false.");
        }
        return new Step.Text("Microsoft.KeyVault/vaults " + vault.vaultName() + " (resource group "
                + vault.resourceGroupName() + ", " + vault.location() + ")", summary, details, notes);
    }

    private static Step diagnosticSetting(ResolvedVault vault, DiagnosticSetting setting) {
        List<String> details = new ArrayList<>();
        details.add("categories: " + String.join(", ", setting.categories().stream().map(LogCategory::specName).toList())
                + (setting.metrics() ? "; metrics: AllMetrics" : ""));
        setting.logAnalyticsWorkspaceId().ifPresent(id -> details.add("Log Analytics workspace " + id));
        setting.storageAccountId().ifPresent(id -> details.add("storage account " + id));
        setting.eventHubAuthorizationRuleId().ifPresent(id -> details.add("event hub "
                + setting.eventHubName().orElse("(namespace default)") + " via " + id));
        return new Step(DIAGNOSTIC_SETTING, Phase.LOGGING, "Microsoft.Insights/diagnosticSettings "
                + setting.name() + " on vault " + vault.vaultName(),
                "Send the vault's audit logs to " + plural(setting.destinations(), "destination")
                        + " as soon as the vault exists", AFTER_VAULT, new Target.Diagnostics(setting), details,
                List.of("Created right after the vault and before any data-plane consumer, so firewall denials "
                        + "are logged from the first request."));
    }

    /** @param dataPlaneReady what a data-plane consumer waits for besides the vault: logging and private connectivity */
    private static void trusted(ResolvedVault vault, List<Step> steps, List<String> dataPlaneReady) {
        String inline = vaultResource(vault);
        Set<String> servicePrincipals = new HashSet<>();
        for (TrustedAdmission admission : vault.trustedServices()) {
            TrustedService service = admission.service();
            String id = "trusted/" + service.specName();
            List<String> details = new ArrayList<>();
            details.add("bypass " + Bypass.AZURE_SERVICES.specName());
            if (admission.means() instanceof TrustedAdmission.Switch on) {
                details.add(on.flag().specName() + " true");
                steps.add(new Step(id, Phase.TRUSTED_SERVICES, inline, "Admit " + service.displayName()
                        + " through the bypass and " + on.flag().specName(), AFTER_VAULT,
                        new Target.InlineAdmission(admission), details, List.of()));
            } else if (admission.means() instanceof TrustedAdmission.Role role) {
                details.add("role " + role.roleDefinitionId() + " for principal " + role.principalId());
                boolean privateReady = dataPlaneReady.stream().anyMatch(ready -> !ready.equals(DIAGNOSTIC_SETTING));
                steps.add(new Step(id, Phase.TRUSTED_SERVICES, "Microsoft.Authorization/roleAssignments on vault "
                        + vault.vaultName(), "Admit " + service.displayName() + ": assign its identity a role on the vault",
                        concat(VAULT, dataPlaneReady), new Target.RoleAssignment(admission), details,
                        List.of(privateReady ? PRIVATE_CONSUMER_NOTE : "Waits for the diagnostic setting: it is the first "
                                + "data-plane consumer of the vault.")));
            } else if (admission.means() instanceof TrustedAdmission.Policy policy) {
                servicePrincipals.add(Lower.of(policy.objectId()));
                policy.policy().ifPresent(p -> details.add("access policy for " + p.objectId() + ": "
                        + p.permissions().describe()));
                steps.add(new Step(id, Phase.TRUSTED_SERVICES, inline, "Admit " + service.displayName()
                        + " through the bypass and its access policy", AFTER_VAULT,
                        new Target.InlineAdmission(admission), details, List.of()));
            }
        }
        Set<String> plannedPolicies = new HashSet<>(vault.accessPolicies().size() * 2);
        // Teams grant the same few permission sets to many identities: each set is described once per plan.
        Map<Permissions, String> described = new ConcurrentHashMap<>();
        Step.Words<Target.InlineAccessPolicy> policyWords = (target, after) -> accessPolicyText(inline, target.policy(),
                described.computeIfAbsent(target.policy().permissions(), Permissions::describe));
        for (AccessPolicy policy : vault.accessPolicies()) {
            String objectId = Lower.of(policy.objectId());
            if (!plannedPolicies.add(objectId) || servicePrincipals.contains(objectId)) {
                continue; // shown with its trusted service, or already planned
            }
            steps.add(Step.written("access-policy/" + objectId, Phase.TRUSTED_SERVICES, AFTER_VAULT,
                    new Target.InlineAccessPolicy(policy), policyWords));
        }
    }

    private static Step.Text accessPolicyText(String vaultResource, AccessPolicy policy, String permissions) {
        String tenant = policy.declaredTenantId().isPresent() ? ", tenant " + policy.declaredTenantId().get() : "";
        return new Step.Text(vaultResource, "Grant " + policy.label() + " " + permissions,
                List.of("object id " + policy.objectId() + tenant), List.of());
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static String vaultResource(ResolvedVault vault) {
        return "Microsoft.KeyVault/vaults " + vault.vaultName() + " (inline)";
    }

    private static List<String> notes(ResolvedVault vault) {
        List<String> notes = new ArrayList<>();
        notes.add(DATA_PLANE_NOTE);
        notes.add(vault.publicAccessDisabled() ? PRIVATE_DEPLOYER_NOTE : DEPLOYER_NOTE);
        if (vault.diagnosticSetting().isPresent()) {
            notes.add(LOGGING_ORDER_NOTE);
        } else {
            vault.loggingWaiver().ifPresent(w -> notes.add("Logging is waived (\"" + w + "\"): firewall denials leave no audit trail."));
        }
        if (vault.stage() == Stage.OBSERVE) {
            notes.add("Stage observe: the default action stays Allow while rules and logging go live. Deploy again "
                    + "with 'stage: enforce' to switch it to Deny.");
        }
        return notes;
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
