package dev.kvguard.pulumi;

import com.pulumi.azurenative.authorization.RoleAssignment;
import com.pulumi.azurenative.authorization.RoleAssignmentArgs;
import com.pulumi.azurenative.insights.DiagnosticSetting;
import com.pulumi.azurenative.keyvault.Vault;
import com.pulumi.azurenative.network.PrivateDnsZoneGroup;
import com.pulumi.azurenative.network.PrivateEndpoint;
import com.pulumi.azurenative.network.Subnet;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import dev.kvguard.core.net.SubnetId;
import dev.kvguard.core.plan.Applies;
import dev.kvguard.core.plan.Phase;
import dev.kvguard.core.plan.Plan;
import dev.kvguard.core.plan.Step;
import dev.kvguard.core.spec.ManagedSubnetSpec;
import dev.kvguard.core.spec.TrustedServiceSpec;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.spec.VirtualNetworkRuleSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Registers the Azure resources of a plan, in the plan's order and with its dependencies: each step
 * that is its own resource becomes one child of the component; inline steps travel in the vault's
 * request; preconditions create nothing. Structure comes from the values known at preview, values
 * from {@code full}, which resolves once every input is known.
 */
public final class VaultMaterialiser {

    /** What was registered, by plan step id. */
    public record Children(Vault vault, Map<String, Subnet> subnets, DiagnosticSetting diagnosticSetting,
                           Map<String, RoleAssignment> roleAssignments, Map<String, PrivateEndpoint> privateEndpoints,
                           Map<String, PrivateDnsZoneGroup> privateDnsZoneGroups) {

        /**
         * Resources a data-plane consumer must wait for: the vault, its diagnostic setting, and its private
         * endpoints with their DNS registrations.
         */
        public List<Resource> dataPlaneReady() {
            List<Resource> ready = new ArrayList<>();
            ready.add(vault);
            if (diagnosticSetting != null) {
                ready.add(diagnosticSetting);
            }
            ready.addAll(privateEndpoints.values());
            ready.addAll(privateDnsZoneGroups.values());
            return List.copyOf(ready);
        }
    }

    private VaultMaterialiser() {
    }

    /**
     * @param inherited the component's own {@code dependsOn} (may be null): every child waits for it too,
     *                  e.g. for the virtual network a managed subnet lives in
     */
    public static Children materialise(Resource parent, String name, Plan plan, CheckedInputs<VaultSpec> checked,
                                       Output<VaultSpec> full, Output<List<Resource>> inherited) {
        VaultSpec known = checked.value();
        Map<String, Resource> byStep = new LinkedHashMap<>();
        Map<String, Subnet> subnets = new LinkedHashMap<>();
        Map<String, RoleAssignment> roles = new LinkedHashMap<>();
        Map<String, PrivateEndpoint> endpoints = new LinkedHashMap<>();
        Map<String, PrivateDnsZoneGroup> zoneGroups = new LinkedHashMap<>();
        Vault vault = null;
        DiagnosticSetting diagnostics = null;
        Map<String, Long> sameNetworkAndSubnet = plan.steps().stream()
                .filter(s -> s.phase() == Phase.SERVICE_ENDPOINTS && s.applies() == Applies.RESOURCE)
                .collect(java.util.stream.Collectors.groupingBy(s -> withoutGroup(s.id()), java.util.stream.Collectors.counting()));
        for (Step step : plan.steps()) {
            if (step.applies() != Applies.RESOURCE) {
                continue;
            }
            List<Resource> before = step.dependsOn().stream().map(byStep::get).filter(Objects::nonNull).toList();
            CustomResourceOptions options = CustomResourceOptions.builder().parent(parent)
                    .dependsOn(inherited == null ? Output.of(before) : inherited.applyValue(outer -> concat(outer, before)))
                    .protect(step.phase() == Phase.NETWORK_RULES && known.protect())
                    .importId(step.phase() == Phase.NETWORK_RULES ? importId(known) : null)
                    .build();
            Resource created;
            if (step.phase() == Phase.SERVICE_ENDPOINTS) {
                String key = step.id().substring("endpoint/".length());
                // <component>-<vnet>-<subnet>, with the resource group only when two managed subnets would clash.
                String logical = sameNetworkAndSubnet.get(withoutGroup(step.id())) > 1 ? key : withoutGroup(step.id());
                Subnet subnet = new Subnet(name + "-" + logical.replace('/', '-'),
                        AzureResources.subnet(full.applyValue(s -> managedSubnet(s, key))), options);
                subnets.put(step.id(), subnet);
                created = subnet;
            } else if (step.phase() == Phase.NETWORK_RULES) {
                vault = new Vault(name + "-vault", AzureResources.vault(checked, full, subnetIds(subnets)), options);
                created = vault;
            } else if (step.phase() == Phase.PRIVATE_CONNECTIVITY) {
                created = privateConnectivity(name, step, full, Objects.requireNonNull(vault, "vault before endpoints"),
                        options, endpoints, zoneGroups);
            } else if (step.phase() == Phase.LOGGING) {
                diagnostics = new DiagnosticSetting(name + "-audit",
                        AzureResources.diagnosticSetting(full, Objects.requireNonNull(vault, "vault before logging").id()), options);
                created = diagnostics;
            } else {
                String service = step.id().substring("trusted/".length());
                Output<String> vaultId = Objects.requireNonNull(vault, "vault before role assignments").id();
                Output<TrustedServiceSpec> entry = full.applyValue(s -> trusted(s, service));
                RoleAssignment role = new RoleAssignment(name + "-" + service, RoleAssignmentArgs.builder()
                        .principalId(entry.applyValue(TrustedServiceSpec::objectId))
                        .principalType("ServicePrincipal")
                        .roleDefinitionId(Output.tuple(entry, vaultId)
                                .applyValue(t -> AzureResources.roleDefinitionId(t.t1.roleDefinitionId(), t.t2)))
                        .scope(vaultId)
                        .build(), options);
                roles.put(step.id(), role);
                created = role;
            }
            byStep.put(step.id(), created);
        }
        return new Children(Objects.requireNonNull(vault, "every plan has a vault step"), subnets, diagnostics, roles,
                endpoints, zoneGroups);
    }

    /** A private endpoint ({@code private-endpoint/<name>}) or its DNS zone group ({@code private-dns/<name>}). */
    private static Resource privateConnectivity(String name, Step step, Output<VaultSpec> full, Vault vault,
                                                CustomResourceOptions options, Map<String, PrivateEndpoint> endpoints,
                                                Map<String, PrivateDnsZoneGroup> zoneGroups) {
        String endpointName = step.id().substring(step.id().indexOf('/') + 1);
        if (step.id().startsWith("private-endpoint/")) {
            PrivateEndpoint endpoint = new PrivateEndpoint(name + "-" + endpointName,
                    PrivateEndpoints.endpoint(full, endpointName, vault.id()), options);
            endpoints.put(step.id(), endpoint);
            return endpoint;
        }
        // The plan makes the group depend on its endpoint, so the options hold the endpoint resource.
        PrivateDnsZoneGroup group = new PrivateDnsZoneGroup(name + "-" + endpointName + "-dns",
                PrivateEndpoints.zoneGroup(full, endpointName, vault.id()), options);
        zoneGroups.put(step.id(), group);
        return group;
    }

    /**
     * The id Pulumi imports the vault from when the spec adopts an existing one. The engine imports only while
     * the stack has no vault imported from that id, so later deployments update the vault as usual.
     */
    private static String importId(VaultSpec known) {
        return known.isAdopted() ? known.existing().resourceId() : null;
    }

    /** {@code endpoint/<rg>/<vnet>/<subnet>} to {@code <vnet>/<subnet>}. */
    private static String withoutGroup(String endpointStepId) {
        String key = endpointStepId.substring("endpoint/".length());
        return key.substring(key.indexOf('/') + 1);
    }

    private static List<Resource> concat(List<Resource> outer, List<Resource> before) {
        List<Resource> all = new ArrayList<>(outer == null ? List.of() : outer);
        all.addAll(before);
        return all;
    }

    /** Subnet identity (resource group/network/subnet) to the id of the subnet resource. */
    private static Output<Map<String, String>> subnetIds(Map<String, Subnet> subnets) {
        List<String> keys = subnets.keySet().stream().map(id -> id.substring("endpoint/".length())).toList();
        List<Output<String>> ids = subnets.values().stream().map(Subnet::id).toList();
        return Output.all(ids).applyValue(values -> {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                map.put(keys.get(i), values.get(i));
            }
            return map;
        });
    }

    private static ManagedSubnetSpec managedSubnet(VaultSpec spec, String key) {
        return spec.networkRules().virtualNetworkRules().stream().filter(VirtualNetworkRuleSpec::isManaged)
                .map(VirtualNetworkRuleSpec::subnet)
                .filter(s -> SubnetId.SubnetKey.of(s.resourceGroupName(), s.virtualNetworkName(), s.name()).equals(key))
                .findFirst().orElseThrow(() -> new IllegalStateException("planned subnet " + key + " not in the spec"));
    }

    private static TrustedServiceSpec trusted(VaultSpec spec, String service) {
        return spec.trustedServices().stream().filter(t -> t.service().specName().equals(service)).findFirst()
                .orElseThrow(() -> new IllegalStateException("planned trusted service " + service + " not in the spec"));
    }
}
