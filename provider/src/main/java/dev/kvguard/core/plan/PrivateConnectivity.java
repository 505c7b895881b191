package dev.kvguard.core.plan;

import dev.kvguard.core.model.PrivateEndpoint;
import dev.kvguard.core.model.ResolvedVault;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    static List<String> plan(ResolvedVault vault, List<Step> steps) {
        List<String> ids = new ArrayList<>();
        for (PrivateEndpoint endpoint : vault.privateEndpoints()) {
            String id = endpointId(endpoint.name());
            List<String> details = new ArrayList<>();
            details.add("subnet " + subnet(endpoint.subnet()));
            details.add("private-link service connection to the vault, group id " + GROUP_ID);
            details.add("IP address " + endpoint.staticIpAddress().map(ip -> ip + " (static)").orElse("assigned by Azure"));
            List<String> notes = new ArrayList<>();
            notes.add("Waits for the vault: the endpoint's connection names the vault's resource id.");
            List<String> zones = zones(vault, endpoint.dns());
            if (zones.isEmpty()) {
                notes.add(NO_ZONE_NOTE);
            }
            steps.add(new Step(id, Phase.PRIVATE_CONNECTIVITY, "Microsoft.Network/privateEndpoints " + endpoint.name()
                    + " (resource group " + vault.resourceGroupName() + ", " + vault.location() + ")",
                    "Create a private endpoint to the vault", List.of(Planner.VAULT), new Target.Endpoint(endpoint), details,
                    notes));
            ids.add(id);
            if (!zones.isEmpty()) {
                String group = zoneGroupId(endpoint.name());
                steps.add(new Step(group, Phase.PRIVATE_CONNECTIVITY, "Microsoft.Network/privateEndpoints/"
                        + "privateDnsZoneGroups " + endpoint.name() + "/default",
                        "Register the vault's name in " + Planner.plural(zones.size(), "private DNS zone"), List.of(id),
                        new Target.DnsZoneGroup(endpoint), zones.stream().map(z -> "zone " + z).toList(), List.of(DNS_NOTE)));
                ids.add(group);
            }
        }
        return ids;
    }

    /** The zones as the plan shows them; empty when the endpoint has no zone group. */
    private static List<String> zones(ResolvedVault vault, PrivateEndpoint.DnsRegistration dns) {
        if (dns instanceof PrivateEndpoint.DefaultZone zone) {
            return List.of(zone.cloud().keyVaultZone() + " in resource group " + zone.resourceGroupName()
                    + " (default for " + zone.cloud().label() + ")");
        }
        if (dns instanceof PrivateEndpoint.Zones given) {
            return given.zones().stream().map(PrivateEndpoint.DnsZone::resourceId).toList();
        }
        return List.of();
    }

    private static String subnet(PrivateEndpoint.EndpointSubnet subnet) {
        if (subnet instanceof PrivateEndpoint.SubnetByParts s) {
            return s.virtualNetworkName() + "/" + s.name() + " (resource group " + s.resourceGroupName()
                    + s.addressPrefix().map(p -> ", " + p).orElse("") + ")";
        }
        return ((PrivateEndpoint.SubnetById) subnet).resourceId();
    }
}
