package dev.kvguard.pulumi;

import com.pulumi.azurenative.authorization.RoleAssignment;
import com.pulumi.azurenative.insights.DiagnosticSetting;
import com.pulumi.azurenative.keyvault.Vault;
import com.pulumi.azurenative.network.PrivateDnsZoneGroup;
import com.pulumi.azurenative.network.PrivateEndpoint;
import com.pulumi.azurenative.network.Subnet;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import dev.kvguard.core.model.ManagedSubnet;
import dev.kvguard.core.model.ResolvedVault;
import dev.kvguard.core.plan.Plan;
import dev.kvguard.core.plan.Step;
import dev.kvguard.core.plan.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Registers the Azure resources of a plan, in the plan's order and with its dependencies: each step
 * that is its own resource becomes one child of the component, made by the translator of its target;
 * inline steps travel in the vault's request; preconditions create nothing. Structure comes from the
 * plan of the values known at preview; values from {@code full}, the resolved vault once every input is
 * known, looked up by the target's own key (subnet key, service, endpoint name).
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
    public static Children materialise(Resource parent, String name, Plan plan, CheckedInputs<ResolvedVault> checked,
                                       Output<ResolvedVault> full, Output<List<Resource>> inherited) {
        Registrar registrar = new Registrar(name, plan, checked, full);
        Map<String, Resource> byStep = new LinkedHashMap<>();
        for (Step step : plan.steps()) {
            if (!(step.target() instanceof Target.AzureResource target)) {
                continue; // inline steps travel in the vault's request; preconditions create nothing
            }
            List<Resource> before = step.dependsOn().stream().map(byStep::get).filter(Objects::nonNull).toList();
            boolean isVault = target instanceof Target.Vault;
            CustomResourceOptions options = CustomResourceOptions.builder().parent(parent)
                    .dependsOn(inherited == null ? Output.of(before) : inherited.applyValue(outer -> concat(outer, before)))
                    .protect(isVault && checked.value().protect())
                    // Pulumi imports only while the stack has no vault imported from that id; later deployments update it.
                    .importId(isVault ? checked.value().importId().orElse(null) : null)
                    .build();
            byStep.put(step.id(), target.accept(registrar, new Registration(step.id(), options)));
        }
        return registrar.children();
    }

    /** What registering one step's resource needs besides its target. */
    private record Registration(String stepId, CustomResourceOptions options) {
    }

    /**
     * One translator per kind of resource target, and the resources registered so far. A visitor rather than
     * a chain of {@code instanceof}: a new kind of resource target does not compile until it is handled here.
     */
    private static final class Registrar implements Target.ResourceVisitor<Resource, Registration> {
        private final String name;
        private final Plan plan;
        private final CheckedInputs<ResolvedVault> checked;
        private final Output<ResolvedVault> full;
        private final Map<String, Long> sameNetworkAndSubnet;
        private final Map<String, Subnet> subnets = new LinkedHashMap<>();
        private final Map<String, RoleAssignment> roles = new LinkedHashMap<>();
        private final Map<String, PrivateEndpoint> endpoints = new LinkedHashMap<>();
        private final Map<String, PrivateDnsZoneGroup> zoneGroups = new LinkedHashMap<>();
        private Vault vault;
        private DiagnosticSetting diagnostics;

        Registrar(String name, Plan plan, CheckedInputs<ResolvedVault> checked, Output<ResolvedVault> full) {
            this.name = name;
            this.plan = plan;
            this.checked = checked;
            this.full = full;
            this.sameNetworkAndSubnet = plan.steps().stream()
                    .filter(s -> s.target() instanceof Target.ServiceEndpoint)
                    .collect(Collectors.groupingBy(s -> networkAndSubnet(((Target.ServiceEndpoint) s.target()).subnet()),
                            Collectors.counting()));
        }

        @Override
        public Resource serviceEndpoint(Target.ServiceEndpoint target, Registration at) {
            ManagedSubnet s = target.subnet();
            // <component>-<vnet>-<subnet>, with the resource group only when two managed subnets would clash.
            String logical = sameNetworkAndSubnet.get(networkAndSubnet(s)) > 1 ? s.key() : networkAndSubnet(s);
            Subnet subnet = new Subnet(name + "-" + logical.replace('/', '-'),
                    SubnetTranslator.args(full.applyValue(v -> v.managedSubnet(s.key()))), at.options());
            subnets.put(at.stepId(), subnet);
            return subnet;
        }

        @Override
        public Resource vault(Target.Vault target, Registration at) {
            vault = new Vault(name + "-vault", VaultTranslator.args(checked, full, subnetIds(plan, subnets)), at.options());
            return vault;
        }

        @Override
        public Resource diagnostics(Target.Diagnostics target, Registration at) {
            diagnostics = new DiagnosticSetting(name + "-audit", DiagnosticSettingTranslator.args(
                    full.applyValue(v -> v.diagnosticSetting().orElseThrow()),
                    Objects.requireNonNull(vault, "vault before logging").id()), at.options());
            return diagnostics;
        }

        @Override
        public Resource endpoint(Target.Endpoint target, Registration at) {
            String endpointName = target.endpoint().name();
            PrivateEndpoint endpoint = new PrivateEndpoint(name + "-" + endpointName.toLowerCase(Locale.ROOT),
                    PrivateEndpointTranslator.args(full, full.applyValue(v -> v.privateEndpoint(endpointName)),
                            Objects.requireNonNull(vault, "vault before endpoints").id()), at.options());
            endpoints.put(at.stepId(), endpoint);
            return endpoint;
        }

        @Override
        public Resource dnsZoneGroup(Target.DnsZoneGroup target, Registration at) {
            String endpointName = target.endpoint().name();
            // The plan makes the group depend on its endpoint, so the options hold the endpoint resource.
            PrivateDnsZoneGroup group = new PrivateDnsZoneGroup(name + "-" + endpointName.toLowerCase(Locale.ROOT) + "-dns",
                    DnsZoneGroupTranslator.args(full, full.applyValue(v -> v.privateEndpoint(endpointName)),
                            Objects.requireNonNull(vault, "vault before DNS").id()), at.options());
            zoneGroups.put(at.stepId(), group);
            return group;
        }

        @Override
        public Resource roleAssignment(Target.RoleAssignment target, Registration at) {
            var service = target.admission().service();
            RoleAssignment role = new RoleAssignment(name + "-" + service.specName(), RoleAssignmentTranslator.args(
                    full.applyValue(v -> v.role(service)),
                    Objects.requireNonNull(vault, "vault before role assignments").id()), at.options());
            roles.put(at.stepId(), role);
            return role;
        }

        Children children() {
            return new Children(Objects.requireNonNull(vault, "every plan has a vault step"), subnets, diagnostics,
                    roles, endpoints, zoneGroups);
        }
    }

    /** {@code <vnet>/<subnet>} in lower case: how a managed subnet's resource is named unless two would clash. */
    private static String networkAndSubnet(ManagedSubnet subnet) {
        return (subnet.virtualNetworkName() + "/" + subnet.name()).toLowerCase(Locale.ROOT);
    }

    private static List<Resource> concat(List<Resource> outer, List<Resource> before) {
        List<Resource> all = new ArrayList<>(outer == null ? List.of() : outer);
        all.addAll(before);
        return all;
    }

    /** Each managed subnet's key (from its step's target) to the id of the subnet resource kvguard updates. */
    private static Output<Map<String, String>> subnetIds(Plan plan, Map<String, Subnet> subnets) {
        // The subnets were registered in plan order, one per service-endpoint step.
        List<String> keys = plan.steps().stream().filter(s -> s.target() instanceof Target.ServiceEndpoint)
                .map(s -> ((Target.ServiceEndpoint) s.target()).subnet().key()).toList();
        List<Output<String>> ids = subnets.values().stream().map(Subnet::id).toList();
        return Output.all(ids).applyValue(values -> {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                map.put(keys.get(i), values.get(i));
            }
            return map;
        });
    }
}
