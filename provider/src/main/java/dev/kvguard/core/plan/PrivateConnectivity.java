package dev.kvguard.core.plan;

import dev.kvguard.core.privatelink.AzureCloud;
import dev.kvguard.core.spec.EndpointSubnetSpec;
import dev.kvguard.core.spec.PrivateEndpointSpec;
import dev.kvguard.core.spec.VaultSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The private-connectivity phase: one private endpoint per entry, connected to the vault's {@code vault}
 * sub-resource once the vault exists, then its DNS zone group once the endpoint exists (Azure creates the
 * zone records from the endpoint's network interface, so the group needs the endpoint).
 */
final class PrivateConnectivity {

    /** The private-link sub-resource (group id) of a key vault. */
    static final String GROUP_ID = "vault";

    static final String DNS_NOTE = "The zone must already exist and be linked to every virtual network whose "
            + "clients resolve the vault (or to the DNS they forward to); kvguard only registers the vault's record.";
    static final String NO_ZONE_NOTE = "No DNS zone group: the vault's record must be registered by someone else "
            + "(e.g. an Azure Policy that creates zone groups), or clients keep resolving its public address.";

    private PrivateConnectivity() {
    }

    static String endpointId(String name) {
        return "private-endpoint/" + name.toLowerCase(Locale.ROOT);
    }

    static String zoneGroupId(String name) {
        return "private-dns/" + name.toLowerCase(Locale.ROOT);
    }

    /** Adds the phase's steps and returns their ids: what a data-plane consumer must also wait for. */
    static List<String> plan(VaultSpec spec, List<Step> steps) {
        List<String> ids = new ArrayList<>();
        Set<String> planned = new LinkedHashSet<>();
        AzureCloud cloud = AzureCloud.ofLocation(spec.location());
        for (PrivateEndpointSpec endpoint : spec.privateAccess().endpoints()) {
            String id = endpointId(endpoint.name());
            if (!planned.add(id)) {
                continue;
            }
            List<String> details = new ArrayList<>();
            details.add("subnet " + subnet(endpoint));
            details.add("private-link service connection to the vault, group id " + GROUP_ID);
            details.add("IP address " + (endpoint.staticIpAddress() == null ? "assigned by Azure"
                    : endpoint.staticIpAddress() + " (static)"));
            steps.add(new Step(id, Phase.PRIVATE_CONNECTIVITY, "Microsoft.Network/privateEndpoints " + endpoint.name()
                    + " (resource group " + spec.resourceGroupName() + ", " + spec.location() + ")",
                    "Create a private endpoint to the vault", List.of(Planner.VAULT), Applies.RESOURCE, details,
                    List.of("Waits for the vault: the endpoint's connection names the vault's resource id.")));
            ids.add(id);
            if (endpoint.hasZoneGroup()) {
                String group = zoneGroupId(endpoint.name());
                List<String> zones = endpoint.defaultZone()
                        ? List.of(cloud.keyVaultZone() + " in resource group " + spec.resourceGroupName()
                        + " (default for " + cloud.label() + ")")
                        : endpoint.privateDnsZoneIds();
                steps.add(new Step(group, Phase.PRIVATE_CONNECTIVITY, "Microsoft.Network/privateEndpoints/"
                        + "privateDnsZoneGroups " + endpoint.name() + "/default",
                        "Register the vault's name in " + Planner.plural(zones.size(), "private DNS zone"), List.of(id),
                        Applies.RESOURCE, zones.stream().map(z -> "zone " + z).toList(), List.of(DNS_NOTE)));
                ids.add(group);
            } else {
                steps.set(steps.size() - 1, withNote(steps.get(steps.size() - 1), NO_ZONE_NOTE));
            }
        }
        return ids;
    }

    private static Step withNote(Step step, String note) {
        List<String> notes = new ArrayList<>(step.notes());
        notes.add(note);
        return new Step(step.id(), step.phase(), step.resource(), step.action(), step.dependsOn(), step.applies(),
                step.details(), notes);
    }

    private static String subnet(PrivateEndpointSpec endpoint) {
        EndpointSubnetSpec s = endpoint.subnet();
        if (s == null) {
            return endpoint.subnetId();
        }
        return s.virtualNetworkName() + "/" + s.name() + " (resource group " + s.resourceGroupName()
                + (s.addressPrefix() == null ? "" : ", " + s.addressPrefix()) + ")";
    }
}
