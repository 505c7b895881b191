package dev.kvguard.core.privatelink;

import dev.kvguard.core.azure.AzureCloud;
import dev.kvguard.core.azure.Ipv4Parser;
import dev.kvguard.core.azure.Ipv4Range;
import dev.kvguard.core.azure.PrivateDnsZoneId;
import dev.kvguard.core.azure.SubnetId;
import dev.kvguard.core.azure.VaultId;
import dev.kvguard.core.check.Checking;
import dev.kvguard.core.check.RuleSet;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.finding.Severity;
import dev.kvguard.core.model.PrivateEndpoint;
import dev.kvguard.core.spec.DefaultAction;
import dev.kvguard.core.spec.EndpointSubnetSpec;
import dev.kvguard.core.spec.ManagedSubnetSpec;
import dev.kvguard.core.spec.PrivateAccessSpec;
import dev.kvguard.core.spec.PrivateEndpointSpec;
import dev.kvguard.core.spec.SpecList;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.spec.VirtualNetworkRuleSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Private endpoints and public network access. The Azure behaviour encoded here:
 * <ul>
 * <li>A Key Vault private endpoint connects to the vault's {@code vault} sub-resource and registers the vault's
 * name in the cloud's {@code privatelink.vaultcore...} zone ("Integrate Key Vault with Azure Private Link",
 * https://learn.microsoft.com/azure/key-vault/general/private-link-service; zones per cloud in
 * https://learn.microsoft.com/azure/private-link/private-endpoint-dns).</li>
 * <li>With {@code publicNetworkAccess: Disabled} the vault refuses all traffic except private-endpoint traffic
 * and traffic from trusted services, and ignores its IP and virtual-network rules even when they are set
 * (the description of {@code VaultProperties.publicNetworkAccess} in the Key Vault management REST API,
 * https://learn.microsoft.com/rest/api/keyvault/keyvault/vaults/create-or-update, and "Azure Key Vault network
 * security", https://learn.microsoft.com/azure/key-vault/general/network-security).</li>
 * <li>Azure reserves the first four addresses and the last address of every subnet, so none of them can be
 * an endpoint's static IP (Azure Virtual Network FAQ, "Are there any restrictions on using IP addresses
 * within these subnets?", https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq).</li>
 * </ul>
 */
public final class PrivateEndpointRules extends RuleSet {

    static final InputPath PATH = InputPath.of(Inputs.SecureKeyVault.PRIVATE_ENDPOINTS);

    /** Azure keeps the network address, the gateway and two DNS addresses at the start of each subnet. */
    static final int RESERVED_AT_START = 4;

    /** Owns, and alone reports, these rules. */
    public PrivateEndpointRules() {
        super(Rule.PRIVATE_ENDPOINT_DNS_ZONE, Rule.PRIVATE_ENDPOINT_DUPLICATE, Rule.PRIVATE_ENDPOINT_STATIC_IP,
                Rule.PRIVATE_ENDPOINT_SUBNET_ID, Rule.PRIVATE_ENDPOINT_SUBSCRIPTION,
                Rule.PUBLIC_ACCESS_NO_PRIVATE_ENDPOINT, Rule.PUBLIC_ACCESS_RULES_IGNORED,
                Rule.PUBLIC_ACCESS_TRUSTED_SERVICES);
    }

    @Override
    public void check(VaultSpec spec, Checking checking) {
        Findings out = checking.findings();
        PrivateAccessSpec access = spec.privateAccess();
        AzureCloud cloud = AzureCloud.ofLocation(spec.location());
        Map<String, InputPath> firstByName = new HashMap<>();
        Map<String, InputPath> firstByIp = new HashMap<>();
        Map<String, InputPath> firstBySubnet = new HashMap<>();
        List<PrivateEndpointSpec> endpoints = access.endpoints();
        for (int i = 0; i < endpoints.size(); i++) {
            PrivateEndpointSpec endpoint = endpoints.get(i);
            InputPath path = PATH.at(SpecList.position(endpoints, i));
            String subnetKey = subnet(path, endpoint, out);
            subscription(spec, path, endpoint, out);
            zones(path, endpoint, cloud, out);
            staticIp(path, endpoint, prefixOf(spec, endpoint, path, out), out);
            if (endpoint.name() != null) {
                duplicate(firstByName, endpoint.name().toLowerCase(Locale.ROOT), path.child(Inputs.PrivateEndpoint.NAME), endpoint.name(),
                        Severity.ERROR, "the same name", "Give each endpoint its own name; Azure would overwrite one with the other.", out);
            }
            if (endpoint.staticIpAddress() != null && (endpoint.subnetId() != null || endpoint.subnet() != null)) {
                // An address is unique within a virtual network only: two networks may use the same range. Without a
                // usable subnet (reported) the network is unknown, so no clash can be told.
                duplicate(firstByIp, virtualNetworkOf(endpoint) + " " + endpoint.staticIpAddress(), path.child(Inputs.PrivateEndpoint.STATIC_IP_ADDRESS), endpoint.staticIpAddress(),
                        Severity.ERROR, "the same static IP in the same virtual network", "Give each endpoint its own address, or leave 'staticIpAddress' out.", out);
            }
            if (subnetKey != null) {
                duplicate(firstBySubnet, subnetKey, path, subnetKey, Severity.WARNING, "a private endpoint in the same subnet",
                        "Remove " + path + ": one endpoint per subnet serves every client that can reach the subnet.", out);
            }
        }
        publicAccess(spec, access, out);
        checking.privateEndpoints(resolve(spec, endpoints, cloud));
    }

    /** The endpoints as the model holds them: each name once, with a usable subnet, zones parsed once. */
    private static List<PrivateEndpoint> resolve(VaultSpec spec, List<PrivateEndpointSpec> endpoints, AzureCloud cloud) {
        List<PrivateEndpoint> out = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < endpoints.size(); i++) {
            PrivateEndpointSpec e = endpoints.get(i);
            if (e.name() == null || !names.add(e.name().toLowerCase(Locale.ROOT))) {
                continue;
            }
            PrivateEndpoint.EndpointSubnet subnet;
            if (e.subnet() != null) {
                EndpointSubnetSpec s = e.subnet();
                subnet = new PrivateEndpoint.SubnetByParts(s.resourceGroupName(), s.virtualNetworkName(), s.name(),
                        Optional.ofNullable(s.addressPrefix()));
            } else if (e.subnetId() != null) {
                subnet = new PrivateEndpoint.SubnetById(e.subnetId());
            } else {
                continue; // no usable subnet: binding reported it, and a spec in error is not planned
            }
            PrivateEndpoint.DnsRegistration dns;
            if (e.defaultZone()) {
                dns = new PrivateEndpoint.DefaultZone(cloud, spec.resourceGroupName());
            } else if (e.privateDnsZoneIds().isEmpty()) {
                dns = new PrivateEndpoint.NoZoneGroup();
            } else {
                dns = new PrivateEndpoint.Zones(e.privateDnsZoneIds().stream()
                        .map(id -> new PrivateEndpoint.DnsZone(id, PrivateDnsZoneId.parse(id).map(PrivateDnsZoneId::zone)
                                .orElse(id))).toList());
            }
            out.add(new PrivateEndpoint(PATH.at(SpecList.position(endpoints, i)), e.name(), subnet, Optional.ofNullable(e.staticIpAddress()), dns));
        }
        return out;
    }

    /** The subnet's identity, or null when it is missing or malformed (reported). */
    private static String subnet(InputPath path, PrivateEndpointSpec endpoint, Findings out) {
        if (endpoint.subnet() != null) {
            var s = endpoint.subnet();
            return s.resourceGroupName() == null || s.virtualNetworkName() == null || s.name() == null ? null
                    : SubnetId.SubnetKey.of(s.resourceGroupName(), s.virtualNetworkName(), s.name());
        }
        if (endpoint.subnetId() == null) {
            return null;
        }
        Optional<SubnetId> id = SubnetId.parse(endpoint.subnetId());
        if (id.isEmpty()) {
            out.add(Finding.of(Rule.PRIVATE_ENDPOINT_SUBNET_ID, path.child(Inputs.PrivateEndpoint.SUBNET_ID)).value(endpoint.subnetId())
                    .limit(SubnetId.SHAPE)
                    .because("'" + endpoint.subnetId() + "' is not a subnet resource id.",
                            "Use the subnet's full id: " + SubnetId.SHAPE + " (e.g. 'az network vnet subnet show ... --query id')."));
            return null;
        }
        return id.get().key();
    }

    /**
     * kvguard creates the endpoint in the vault's subscription, and "the private endpoint must be deployed in the same
     * region and subscription as the virtual network" ("What is a private endpoint?",
     * https://learn.microsoft.com/azure/private-link/private-endpoint-overview). The vault's subscription is known
     * only from an existing vault's id; the subnet's region is never known here.
     */
    private static void subscription(VaultSpec spec, InputPath path, PrivateEndpointSpec endpoint, Findings out) {
        if (spec.existing() == null || endpoint.subnetId() == null) {
            return;
        }
        Optional<String> vault = VaultId.parse(spec.existing().resourceId()).map(VaultId::subscriptionId);
        Optional<String> subnet = SubnetId.parse(endpoint.subnetId()).map(SubnetId::subscriptionId);
        if (vault.isPresent() && subnet.isPresent() && !vault.get().equalsIgnoreCase(subnet.get())) {
            out.add(Finding.of(Rule.PRIVATE_ENDPOINT_SUBSCRIPTION, path.child(Inputs.PrivateEndpoint.SUBNET_ID)).value(endpoint.subnetId())
                    .limit("subscription " + vault.get())
                    .because("The subnet is in subscription " + subnet.get() + ", the vault in " + vault.get()
                                    + ": kvguard creates the endpoint in the vault's subscription, and Azure wants an "
                                    + "endpoint in its virtual network's subscription.",
                            "Use a subnet of a virtual network in subscription " + vault.get() + ", or create this "
                                    + "endpoint from a stack in subscription " + subnet.get() + " and remove it here."));
        }
    }

    private static void zones(InputPath path, PrivateEndpointSpec endpoint, AzureCloud cloud, Findings out) {
        if (endpoint.defaultZone()) {
            return;
        }
        List<String> zones = endpoint.privateDnsZoneIds();
        Map<String, InputPath> firstByZone = new HashMap<>();
        for (int j = 0; j < zones.size(); j++) {
            String text = zones.get(j);
            InputPath at = path.child(Inputs.PrivateEndpoint.PRIVATE_DNS_ZONE_IDS).at(SpecList.position(zones, j));
            Optional<PrivateDnsZoneId> zone = PrivateDnsZoneId.parse(text);
            if (zone.isEmpty()) {
                out.add(Finding.of(Rule.PRIVATE_ENDPOINT_DNS_ZONE, at).value(text).limit(PrivateDnsZoneId.SHAPE)
                        .because("'" + text + "' is not the resource id of a private DNS zone.",
                                "Use the zone's id: " + PrivateDnsZoneId.of("<subscription-guid>", "<resource-group>",
                                        cloud.keyVaultZone()) + "."));
            } else if (firstByZone.putIfAbsent(zone.get().zone().toLowerCase(Locale.ROOT), at) != null) {
                // A zone group holds one zone config per zone name (its configs are named after the zone).
                InputPath first = firstByZone.get(zone.get().zone().toLowerCase(Locale.ROOT));
                out.add(Finding.of(Rule.PRIVATE_ENDPOINT_DNS_ZONE, at).value(text).limit("each zone name once per endpoint")
                        .because("Zone '" + zone.get().zone() + "' is also named by " + first + ": an endpoint's DNS zone "
                                        + "group can register in only one zone of each name.",
                                "Remove " + at + "; to resolve the vault from more networks, link the one zone to each of "
                                        + "their virtual networks."));
            } else if (!zone.get().isKeyVaultZoneOf(cloud)) {
                out.add(Finding.of(Rule.PRIVATE_ENDPOINT_DNS_ZONE, at).value(text)
                        .limit(cloud.keyVaultZone() + " (" + cloud.label() + ")")
                        .because("Zone '" + zone.get().zone() + "' is not where Key Vault's private endpoints register in "
                                        + cloud.label() + " (the vault's region makes it " + cloud.label() + "): clients "
                                        + "would keep resolving the vault's public address.",
                                "Use the zone named " + cloud.keyVaultZone() + ", e.g. "
                                        + PrivateDnsZoneId.of(zone.get().subscriptionId(), zone.get().resourceGroup(),
                                        cloud.keyVaultZone()) + "."));
            }
        }
    }

    /**
     * The subnet's prefix when the spec states it: on the endpoint's subnet (SubnetPrefixRules reports a bad one), or on a managed subnet with its id (checked with that subnet).
     */
    private static Optional<Ipv4Range> prefixOf(VaultSpec spec, PrivateEndpointSpec endpoint, InputPath path, Findings out) {
        String prefix = null;
        if (endpoint.subnet() != null) {
            prefix = endpoint.subnet().addressPrefix(); // its own findings come from SubnetPrefixRules
        } else if (endpoint.subnetId() != null) {
            Optional<String> key = SubnetId.parse(endpoint.subnetId()).map(SubnetId::key);
            prefix = key.flatMap(k -> spec.networkRules().virtualNetworkRules().stream()
                    .filter(VirtualNetworkRuleSpec::isManaged).map(VirtualNetworkRuleSpec::subnet)
                    .filter(s -> SubnetId.SubnetKey.of(s.resourceGroupName(), s.virtualNetworkName(), s.name()).equals(k))
                    .map(ManagedSubnetSpec::addressPrefix).findFirst()).orElse(null);
        }
        if (prefix != null && Ipv4Parser.parse(prefix) instanceof Ipv4Parser.Parsed parsed && parsed.hadPrefix()) {
            return Optional.of(parsed.range());
        }
        return Optional.empty();
    }

    /** The endpoint's virtual network, ignoring case; the raw id when it is malformed (reported elsewhere). */
    private static String virtualNetworkOf(PrivateEndpointSpec endpoint) {
        EndpointSubnetSpec s = endpoint.subnet();
        if (s != null) {
            return SubnetId.SubnetKey.network(s.resourceGroupName(), s.virtualNetworkName());
        }
        return endpoint.subnetId() == null ? "" : SubnetId.parse(endpoint.subnetId()).map(SubnetId::virtualNetworkKey)
                .orElse(endpoint.subnetId());
    }

    private static void staticIp(InputPath path, PrivateEndpointSpec endpoint, Optional<Ipv4Range> prefix, Findings out) {
        String ip = endpoint.staticIpAddress();
        if (ip == null) {
            return;
        }
        InputPath at = path.child(Inputs.PrivateEndpoint.STATIC_IP_ADDRESS);
        if (!(Ipv4Parser.parse(ip) instanceof Ipv4Parser.Parsed parsed) || parsed.hadPrefix()) {
            out.add(Finding.of(Rule.PRIVATE_ENDPOINT_STATIC_IP, at).value(ip).limit("one IPv4 address")
                    .because("Static IP '" + ip + "' is not a single IPv4 address.",
                            "Write one address from the subnet's range, e.g. 10.0.2.10, or leave 'staticIpAddress' out."));
            return;
        }
        if (prefix.isEmpty()) {
            return;
        }
        Ipv4Range subnet = prefix.get();
        long address = parsed.range().start();
        String usable = Ipv4Range.containing(subnet.start() + RESERVED_AT_START, 32).address() + " to "
                + Ipv4Range.containing(subnet.end() - 1, 32).address();
        if (!subnet.contains(parsed.range())) {
            out.add(Finding.of(Rule.PRIVATE_ENDPOINT_STATIC_IP, at).value(ip).limit("inside " + subnet.toCidr())
                    .because("Static IP '" + ip + "' is outside the subnet's prefix " + subnet.toCidr() + ".",
                            "Use an address from " + usable + "."));
        } else if (address - subnet.start() < RESERVED_AT_START || address == subnet.end()) {
            out.add(Finding.of(Rule.PRIVATE_ENDPOINT_STATIC_IP, at).value(ip).limit(usable)
                    .because("Static IP '" + ip + "' is one of the five addresses Azure reserves in " + subnet.toCidr()
                                    + " (the first four and the last).",
                            "Use an address from " + usable + "."));
        }
    }

    private static void duplicate(Map<String, InputPath> firstByKey, String key, InputPath path, String value, Severity severity,
                                  String what, String fix, Findings out) {
        InputPath first = firstByKey.putIfAbsent(key, path);
        if (first != null) {
            out.add(Finding.of(Rule.PRIVATE_ENDPOINT_DUPLICATE, path).severity(severity).value(value)
                    .limit("each private endpoint once")
                    .because(path + " has " + what + " as " + first + " (" + value + ").", fix));
        }
    }

    private static void publicAccess(VaultSpec spec, PrivateAccessSpec access, Findings out) {
        if (!access.publicAccessDisabled()) {
            return;
        }
        var rules = spec.networkRules();
        // Counts and presence are of what the user listed: an unusable item (reported) was still meant.
        int ipRules = SpecList.written(rules.ipRules());
        int subnets = SpecList.written(rules.virtualNetworkRules());
        int services = SpecList.written(spec.trustedServices());
        // Under stage observe Disabled is not sent yet (VaultSpec.publicNetworkAccessSent): say when the verdicts start to hold.
        String until = spec.publicAccessHeldBack() ? " Stage 'observe' does not disable it yet: this holds from the "
                + "'stage: enforce' deployment on." : "";
        if (ipRules > 0) {
            out.add(ignoredRules(InputPath.of(Inputs.SecureKeyVault.NETWORK_RULES).child(Inputs.NetworkRules.IP_RULES), ipRules, "IP rule", until));
        }
        if (spec.effectiveDefaultAction() == DefaultAction.ALLOW && spec.publicAccessDisabledOnDeploy()) {
            // Not "open to every network": with public access disabled Azure never consults the firewall.
            out.add(Finding.of(Rule.PUBLIC_ACCESS_RULES_IGNORED, InputPath.of(Inputs.SecureKeyVault.NETWORK_RULES).child(Inputs.NetworkRules.DEFAULT_ACTION))
                    .value("Allow").limit("public network access Disabled")
                    .because("The default action Allow has no effect while public network access is disabled: Azure "
                            + "refuses every public caller whatever the firewall says, and only private endpoints and "
                            + "trusted services (through the bypass) reach the data plane.",
                            "Set 'defaultAction: Deny', so the firewall still holds if public network access is "
                                    + "enabled again."));
        }
        if (subnets > 0) {
            out.add(ignoredRules(InputPath.of(Inputs.SecureKeyVault.NETWORK_RULES).child(Inputs.NetworkRules.VIRTUAL_NETWORK_RULES), subnets,
                    "virtual-network rule", until));
        }
        if (SpecList.written(access.endpoints()) == 0) {
            if (access.isWaived()) {
                out.add(Finding.of(Rule.PUBLIC_ACCESS_NO_PRIVATE_ENDPOINT, PATH).severity(Severity.WARNING)
                        .value(access.waiver()).limit("a private endpoint when public network access is Disabled")
                        .because("Public network access is disabled and kvguard creates no private endpoint; waived (\""
                                        + access.waiver() + "\"). The data plane is reachable only through endpoints made elsewhere.",
                                "Check that an approved private endpoint to this vault exists before anything reads it."));
            } else {
                out.add(Finding.of(Rule.PUBLIC_ACCESS_NO_PRIVATE_ENDPOINT, PATH).value("")
                        .limit("a private endpoint when public network access is Disabled")
                        .because("Public network access is disabled and no private endpoint is listed: nothing but trusted "
                                        + "services could reach the vault's keys, secrets and certificates." + until,
                                "Add a private endpoint under 'privateEndpoints', or, if another team creates it, say so with "
                                        + "'privateEndpointsWaiver: <reason>'."));
            }
        }
        if (services > 0) {
            out.add(Finding.of(Rule.PUBLIC_ACCESS_TRUSTED_SERVICES, InputPath.of(Inputs.SecureKeyVault.TRUSTED_SERVICES)).value(services)
                    .limit("public network access Disabled")
                    .because("Public network access is disabled: the listed trusted services still reach the vault through "
                                    + "the '" + spec.effectiveBypass().specName() + "' bypass, but every other caller, the "
                                    + "deployment machine included, must come through a private endpoint." + until,
                            "Keep them if they need the vault; run data-plane work (secrets, keys) from a network that "
                                    + "resolves the vault through the private DNS zone."));
        }
    }

    private static Finding ignoredRules(InputPath path, int count, String what, String until) {
        return Finding.of(Rule.PUBLIC_ACCESS_RULES_IGNORED, path).value(count).limit("public network access Disabled")
                .because(count + " " + what + (count == 1 ? " is" : "s are") + " given while public network access is "
                                + "disabled; Azure does not apply IP or virtual-network rules then." + until,
                        "Remove them, or set 'publicNetworkAccess: Enabled' if those networks must reach the public endpoint.");
    }
}
