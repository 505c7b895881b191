package dev.kvguard.core.plan;

import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.net.Ipv4Parser;
import dev.kvguard.core.net.Ipv4Range;
import dev.kvguard.core.net.SubnetId;
import dev.kvguard.core.privatelink.PublicAccess;
import dev.kvguard.core.spec.AccessPolicySpec;
import dev.kvguard.core.spec.Bypass;
import dev.kvguard.core.spec.DefaultAction;
import dev.kvguard.core.spec.LogCategory;
import dev.kvguard.core.spec.LoggingSpec;
import dev.kvguard.core.spec.ManagedSubnetSpec;
import dev.kvguard.core.spec.Stage;
import dev.kvguard.core.spec.TrustedServiceSpec;
import dev.kvguard.core.spec.VaultFlag;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.spec.VirtualNetworkRuleSpec;
import dev.kvguard.core.validate.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a validated spec into the ordered deployment plan. Pure and deterministic.
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

    /** Plans a spec that has been validated; a report with errors gives a plan with findings and no steps. */
    public static Plan plan(VaultSpec spec, ValidationReport report) {
        if (report.hasErrors()) {
            return new Plan(spec.vaultName(), report.profile(), report.findings(), List.of(), List.of(), List.of());
        }
        List<Step> steps = new ArrayList<>();
        List<String> endpointSteps = endpoints(spec, steps);
        steps.add(vault(spec, report.profile(), endpointSteps));
        boolean logged = spec.logging().hasDestination();
        if (logged) {
            steps.add(diagnosticSetting(spec));
        }
        List<String> dataPlaneReady = new ArrayList<>();
        if (logged) {
            dataPlaneReady.add(DIAGNOSTIC_SETTING);
        }
        dataPlaneReady.addAll(PrivateConnectivity.plan(spec, steps));
        trusted(spec, steps, dataPlaneReady);
        int[] level = Waves.levels(steps);
        Integer[] order = Waves.order(steps, level);
        return new Plan(spec.vaultName(), report.profile(), report.findings(), Waves.sorted(steps, order),
                Waves.group(steps, level, order), notes(spec));
    }

    /** One step per distinct subnet; managed subnets of one network are chained in input order. */
    private static List<String> endpoints(VaultSpec spec, List<Step> steps) {
        Map<String, String> lastInNetwork = new LinkedHashMap<>();
        Set<String> planned = new LinkedHashSet<>();
        for (VirtualNetworkRuleSpec rule : spec.networkRules().virtualNetworkRules()) {
            if (rule.isManaged()) {
                ManagedSubnetSpec s = rule.subnet();
                String id = endpointId(SubnetId.SubnetKey.of(s.resourceGroupName(), s.virtualNetworkName(), s.name()));
                if (!planned.add(id)) {
                    continue;
                }
                String network = SubnetId.SubnetKey.network(s.resourceGroupName(), s.virtualNetworkName());
                String previous = lastInNetwork.put(network, id);
                List<String> notes = new ArrayList<>();
                notes.add(ENDPOINT_DELAY_NOTE);
                if (previous != null) {
                    notes.add("Waits for " + previous + ": Azure refuses concurrent updates of subnets in one "
                            + "virtual network (AnotherOperationInProgress).");
                }
                steps.add(new Step(id, Phase.SERVICE_ENDPOINTS,
                        "Microsoft.Network/virtualNetworks/subnets " + s.virtualNetworkName() + "/" + s.name()
                                + " (resource group " + s.resourceGroupName() + ")",
                        "Turn on the Microsoft.KeyVault service endpoint, keeping the subnet's other settings",
                        previous == null ? List.of() : List.of(previous), Applies.RESOURCE, subnetDetails(s), notes));
            } else {
                SubnetId.parse(rule.subnetId()).ifPresent(subnet -> {
                    String id = endpointId(subnet.key());
                    if (planned.add(id)) {
                        steps.add(new Step(id, Phase.SERVICE_ENDPOINTS, "Microsoft.Network/virtualNetworks/subnets "
                                + rule.subnetId(), "Require the Microsoft.KeyVault service endpoint (already on)",
                                List.of(), Applies.PRECONDITION, List.of(), List.of(PRECONDITION_NOTE)));
                    }
                });
            }
        }
        return List.copyOf(planned);
    }

    static String endpointId(String subnetKey) {
        return "endpoint/" + subnetKey;
    }

    private static List<String> subnetDetails(ManagedSubnetSpec s) {
        List<String> details = new ArrayList<>();
        details.add("service endpoints: " + String.join(", ", s.endpointsWithKeyVault()));
        details.add("address prefix: " + s.addressPrefix());
        if (!s.delegations().isEmpty()) {
            details.add("delegations: " + String.join(", ", s.delegations()));
        }
        if (s.networkSecurityGroupId() != null) {
            details.add("network security group: " + s.networkSecurityGroupId());
        }
        if (s.routeTableId() != null) {
            details.add("route table: " + s.routeTableId());
        }
        return details;
    }

    private static Step vault(VaultSpec spec, LimitsProfile profile, List<String> endpointSteps) {
        DefaultAction action = spec.effectiveDefaultAction();
        List<String> ipRules = firewallIpRules(spec, profile);
        List<String> details = new ArrayList<>();
        details.add("sku " + spec.sku().specName() + ", soft-delete retention " + spec.softDeleteRetentionInDays()
                + " days, purge protection " + onOff(spec.enablePurgeProtection()) + ", authorization "
                + (spec.enableRbacAuthorization() ? "RBAC" : "access policies"));
        details.add("default action " + action.specName()
                + (spec.stage() == Stage.OBSERVE ? " (stage observe; Deny once deployed with stage enforce)" : ""));
        details.add("bypass " + spec.effectiveBypass().specName());
        if (PublicAccess.heldBack(spec)) {
            details.add("public network access unchanged (stage observe; Disabled once deployed with stage enforce)");
        } else if (spec.privateAccess().publicNetworkAccess() != null) {
            details.add("public network access " + spec.privateAccess().publicNetworkAccess().specName());
        }
        ipRules.forEach(r -> details.add("IPv4 rule " + r));
        for (String endpoint : endpointSteps) {
            details.add("virtual-network rule " + endpoint.substring("endpoint/".length()));
        }
        for (VaultFlag flag : VaultFlag.values()) {
            if (spec.flag(flag)) {
                details.add(flag.specName() + " true");
            }
        }
        String summary = (spec.isAdopted() ? ADOPT_ACTION : "Create or update the vault") + " with default action "
                + action.specName() + ", " + plural(ipRules.size(), "IPv4 rule") + " and "
                + plural(endpointSteps.size(), "virtual-network rule");
        List<String> notes = new ArrayList<>();
        if (spec.isAdopted()) {
            details.add(0, "existing vault " + spec.existing().resourceId());
            notes.add(ADOPT_NOTE);
        }
        if (spec.protect()) {
            notes.add("Protected: Pulumi refuses to delete it until 'protect' is set to false.");
        }
        return new Step(VAULT, Phase.NETWORK_RULES, "Microsoft.KeyVault/vaults " + spec.vaultName()
                + " (resource group " + spec.resourceGroupName() + ", " + spec.location() + ")", summary,
                endpointSteps, Applies.RESOURCE, details, notes);
    }

    /**
     * The IPv4 rules as Azure is sent them, in spec order: parsed, normalised, duplicates (same range) once,
     * and each single address in the form the profile decides ({@code a.b.c.d/32} where it accepts /32, as Azure
     * stores it). The plan shows and materialisation sends this same list.
     */
    public static List<String> firewallIpRules(VaultSpec spec, LimitsProfile profile) {
        Set<Ipv4Range> seen = new java.util.HashSet<>(spec.networkRules().ipRules().size() * 2);
        List<String> out = new ArrayList<>();
        for (String text : spec.networkRules().ipRules()) {
            if (text != null && Ipv4Parser.parse(text) instanceof Ipv4Parser.Parsed parsed && seen.add(parsed.range())) {
                out.add(profile.azureIpRule(parsed.range().toRuleString()));
            }
        }
        return List.copyOf(out);
    }

    private static Step diagnosticSetting(VaultSpec spec) {
        LoggingSpec logging = spec.logging();
        List<String> details = new ArrayList<>();
        details.add("categories: " + String.join(", ", logging.categories().stream().map(LogCategory::specName).toList())
                + (logging.metrics() ? "; metrics: AllMetrics" : ""));
        if (logging.logAnalyticsWorkspaceId() != null) {
            details.add("Log Analytics workspace " + logging.logAnalyticsWorkspaceId());
        }
        if (logging.storageAccountId() != null) {
            details.add("storage account " + logging.storageAccountId());
        }
        if (logging.eventHubAuthorizationRuleId() != null) {
            details.add("event hub " + (logging.eventHubName() == null ? "(namespace default)" : logging.eventHubName())
                    + " via " + logging.eventHubAuthorizationRuleId());
        }
        return new Step(DIAGNOSTIC_SETTING, Phase.LOGGING, "Microsoft.Insights/diagnosticSettings "
                + logging.diagnosticSettingName() + " on vault " + spec.vaultName(),
                "Send the vault's audit logs to " + plural(destinations(logging), "destination")
                        + " as soon as the vault exists", List.of(VAULT), Applies.RESOURCE, details,
                List.of("Created right after the vault and before any data-plane consumer, so firewall denials "
                        + "are logged from the first request."));
    }

    private static int destinations(LoggingSpec logging) {
        int n = 0;
        n += logging.logAnalyticsWorkspaceId() != null ? 1 : 0;
        n += logging.storageAccountId() != null ? 1 : 0;
        n += logging.eventHubAuthorizationRuleId() != null ? 1 : 0;
        return n;
    }

    /** @param dataPlaneReady what a data-plane consumer waits for besides the vault: logging and private connectivity */
    private static void trusted(VaultSpec spec, List<Step> steps, List<String> dataPlaneReady) {
        Set<String> servicePrincipals = new LinkedHashSet<>();
        Set<String> plannedServices = new LinkedHashSet<>();
        for (TrustedServiceSpec entry : spec.trustedServices()) {
            if (!plannedServices.add(entry.service().specName())) {
                continue;
            }
            String id = "trusted/" + entry.service().specName();
            List<String> details = new ArrayList<>();
            details.add("bypass " + Bypass.AZURE_SERVICES.specName());
            String action;
            if (entry.service().requiredFlag() != null) {
                details.add(entry.service().requiredFlag().specName() + " true");
                action = "Admit " + entry.service().displayName() + " through the bypass and "
                        + entry.service().requiredFlag().specName();
                steps.add(new Step(id, Phase.TRUSTED_SERVICES, vaultResource(spec), action, List.of(VAULT),
                        Applies.INLINE, details, List.of()));
            } else if (spec.enableRbacAuthorization()) {
                details.add("role " + entry.roleDefinitionId() + " for principal " + entry.objectId());
                action = "Admit " + entry.service().displayName() + ": assign its identity a role on the vault";
                steps.add(new Step(id, Phase.TRUSTED_SERVICES, "Microsoft.Authorization/roleAssignments on vault "
                        + spec.vaultName(), action, concat(VAULT, dataPlaneReady),
                        Applies.RESOURCE, details, List.of(dataPlaneReady.stream().anyMatch(ready -> !ready.equals(DIAGNOSTIC_SETTING))
                        ? PRIVATE_CONSUMER_NOTE : "Waits for the diagnostic setting: it is the first data-plane consumer "
                        + "of the vault.")));
            } else {
                servicePrincipals.add(entry.objectId().toLowerCase(Locale.ROOT));
                policyFor(spec, entry.objectId()).ifPresent(p -> details.add("access policy for " + p.objectId()
                        + ": " + p.permissions().describe()));
                action = "Admit " + entry.service().displayName() + " through the bypass and its access policy";
                steps.add(new Step(id, Phase.TRUSTED_SERVICES, vaultResource(spec), action, List.of(VAULT),
                        Applies.INLINE, details, List.of()));
            }
        }
        Set<String> plannedPolicies = new java.util.HashSet<>();
        for (AccessPolicySpec policy : spec.accessPolicies()) {
            String objectId = policy.objectId().toLowerCase(Locale.ROOT);
            if (servicePrincipals.contains(objectId) || !plannedPolicies.add(objectId)) {
                continue; // shown with its trusted service, or already planned
            }
            String id = "access-policy/" + objectId;
            steps.add(new Step(id, Phase.TRUSTED_SERVICES, vaultResource(spec),
                    "Grant " + policy.label() + " " + policy.permissions().describe(), List.of(VAULT), Applies.INLINE,
                    List.of("object id " + policy.objectId() + (policy.tenantId() == null ? "" : ", tenant " + policy.tenantId())),
                    List.of()));
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static java.util.Optional<AccessPolicySpec> policyFor(VaultSpec spec, String objectId) {
        return spec.accessPolicies().stream().filter(p -> objectId.equalsIgnoreCase(p.objectId())).findFirst();
    }

    private static String vaultResource(VaultSpec spec) {
        return "Microsoft.KeyVault/vaults " + spec.vaultName() + " (inline)";
    }

    private static List<String> notes(VaultSpec spec) {
        List<String> notes = new ArrayList<>();
        notes.add(DATA_PLANE_NOTE);
        notes.add(PublicAccess.disabledOnDeploy(spec) ? PRIVATE_DEPLOYER_NOTE : DEPLOYER_NOTE);
        if (spec.logging().hasDestination()) {
            notes.add(LOGGING_ORDER_NOTE);
        } else if (spec.logging().isWaived()) {
            notes.add("Logging is waived (\"" + spec.logging().waiver() + "\"): firewall denials leave no audit trail.");
        }
        if (spec.stage() == Stage.OBSERVE) {
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
