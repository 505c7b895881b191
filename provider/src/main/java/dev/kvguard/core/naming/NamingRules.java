package dev.kvguard.core.naming;

import dev.kvguard.core.check.Checking;
import dev.kvguard.core.check.RuleSet;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.spec.ManagedSubnetSpec;
import dev.kvguard.core.spec.SpecList;
import dev.kvguard.core.spec.VaultSpec;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The names kvguard passes to Azure besides the vault's own: resource groups, the virtual networks and
 * subnets of managed subnets, and tags. A name Azure would refuse fails at deployment, half-way through a
 * plan; a name with a backtick, pipe or line break also has no place in a review.
 */
public final class NamingRules extends RuleSet {

    /** Owns, and alone reports, these rules. */
    public NamingRules() {
        super(Rule.DIAGNOSTIC_SETTING_NAME, Rule.LOCATION_NAME, Rule.PRIVATE_ENDPOINT_NAME, Rule.RESOURCE_GROUP_NAME,
                Rule.SUBNET_DELEGATION, Rule.SUBNET_NAME, Rule.SUBNET_SERVICE_ENDPOINT, Rule.TAG_NAME,
                Rule.TAG_VALUE, Rule.VIRTUAL_NETWORK_NAME);
    }

    @Override
    public void check(VaultSpec spec, Checking checking) {
        Findings out = checking.findings();
        name(Rule.RESOURCE_GROUP_NAME, AzureName.RESOURCE_GROUP, InputPath.of(Inputs.SecureKeyVault.RESOURCE_GROUP_NAME), spec.resourceGroupName(), out);
        name(Rule.LOCATION_NAME, AzureName.LOCATION, InputPath.of(Inputs.SecureKeyVault.LOCATION), spec.location(), out);
        name(Rule.DIAGNOSTIC_SETTING_NAME, AzureName.DIAGNOSTIC_SETTING, InputPath.of(Inputs.SecureKeyVault.LOGGING).child(Inputs.Logging.DIAGNOSTIC_SETTING_NAME),
                spec.logging().diagnosticSettingName(), out);
        List<dev.kvguard.core.spec.VirtualNetworkRuleSpec> rules = spec.networkRules().virtualNetworkRules();
        for (int i = 0; i < rules.size(); i++) {
            ManagedSubnetSpec subnet = rules.get(i).subnet();
            if (subnet != null) {
                InputPath at = InputPath.of(Inputs.SecureKeyVault.NETWORK_RULES).child(Inputs.NetworkRules.VIRTUAL_NETWORK_RULES).at(SpecList.position(rules, i)).child(Inputs.VirtualNetworkRule.SUBNET);
                name(Rule.RESOURCE_GROUP_NAME, AzureName.RESOURCE_GROUP, at.child(Inputs.ManagedSubnet.RESOURCE_GROUP_NAME), subnet.resourceGroupName(), out);
                name(Rule.VIRTUAL_NETWORK_NAME, AzureName.VIRTUAL_NETWORK, at.child(Inputs.ManagedSubnet.VIRTUAL_NETWORK_NAME), subnet.virtualNetworkName(), out);
                name(Rule.SUBNET_NAME, AzureName.SUBNET, at.child(Inputs.ManagedSubnet.NAME), subnet.name(), out);
                services(subnet, at, out);
            }
        }
        List<dev.kvguard.core.spec.PrivateEndpointSpec> endpoints = spec.privateAccess().endpoints();
        for (int i = 0; i < endpoints.size(); i++) {
            InputPath at = InputPath.of(Inputs.SecureKeyVault.PRIVATE_ENDPOINTS).at(SpecList.position(endpoints, i));
            name(Rule.PRIVATE_ENDPOINT_NAME, AzureName.PRIVATE_ENDPOINT, at.child(Inputs.PrivateEndpoint.NAME), endpoints.get(i).name(), out);
            var subnet = endpoints.get(i).subnet();
            if (subnet != null) {
                name(Rule.RESOURCE_GROUP_NAME, AzureName.RESOURCE_GROUP, at.child(Inputs.PrivateEndpoint.SUBNET).child(Inputs.PrivateEndpointSubnet.RESOURCE_GROUP_NAME), subnet.resourceGroupName(), out);
                name(Rule.VIRTUAL_NETWORK_NAME, AzureName.VIRTUAL_NETWORK, at.child(Inputs.PrivateEndpoint.SUBNET).child(Inputs.PrivateEndpointSubnet.VIRTUAL_NETWORK_NAME), subnet.virtualNetworkName(), out);
                name(Rule.SUBNET_NAME, AzureName.SUBNET, at.child(Inputs.PrivateEndpoint.SUBNET).child(Inputs.PrivateEndpointSubnet.NAME), subnet.name(), out);
            }
        }
        for (Map.Entry<String, String> tag : spec.tags().entrySet()) {
            InputPath at = InputPath.of(Inputs.SecureKeyVault.TAGS).child(tag.getKey());
            name(Rule.TAG_NAME, AzureName.TAG_NAME, at, tag.getKey(), out);
            name(Rule.TAG_VALUE, AzureName.TAG_VALUE, at, tag.getValue(), out);
        }
    }

    private static void name(Rule rule, AzureName kind, InputPath path, String name, Findings out) {
        if (name == null) {
            return;
        }
        kind.problems(name).ifPresent(problems -> out.add(Finding.of(rule, path).value(name).limit(kind.rules())
                .because("The " + kind.what() + " at '" + path + "' " + problems + ". Azure requires " + kind.rules() + ".",
                        "Rename it to meet the rule, e.g. '" + suggest(name, kind) + "'.")));
    }

    /**
     * A service endpoint names a Microsoft service ({@code Microsoft.Storage}, {@code Microsoft.Storage.Global});
     * a delegation names a resource type, provider namespace and type ({@code Microsoft.Web/serverFarms}). Other
     * spellings ("Storage", "Microsoft.Web") reach Azure only to be refused, half-way through a deployment.
     */
    private static void services(ManagedSubnetSpec subnet, InputPath at, Findings out) {
        for (int j = 0; j < subnet.serviceEndpoints().size(); j++) {
            String endpoint = subnet.serviceEndpoints().get(j);
            if (!SERVICE_ENDPOINT.matcher(endpoint).matches()) {
                InputPath path = at.child(Inputs.ManagedSubnet.SERVICE_ENDPOINTS).at(SpecList.position(subnet.serviceEndpoints(), j));
                out.add(Finding.of(Rule.SUBNET_SERVICE_ENDPOINT, path).value(endpoint).limit("Microsoft.<Service>")
                        .because("The service endpoint at '" + path + "' is not of the form Microsoft.<Service>.",
                                "Write the service's name as Azure lists it, e.g. 'Microsoft.Storage' or 'Microsoft.Sql'."));
            }
        }
        for (int j = 0; j < subnet.delegations().size(); j++) {
            String delegation = subnet.delegations().get(j);
            if (!DELEGATION.matcher(delegation).matches()) {
                InputPath path = at.child(Inputs.ManagedSubnet.DELEGATIONS).at(SpecList.position(subnet.delegations(), j));
                out.add(Finding.of(Rule.SUBNET_DELEGATION, path).value(delegation).limit("<Provider namespace>/<resource type>")
                        .because("The delegation at '" + path + "' is not a resource type of the form "
                                        + "Microsoft.<Provider>/<type>.",
                                "Write the resource type the subnet is delegated to, e.g. 'Microsoft.Web/serverFarms'."));
            }
        }
    }

    /** {@code Microsoft.} and one or more dot-separated words. */
    private static final Pattern SERVICE_ENDPOINT = Pattern.compile("Microsoft(\\.[A-Za-z][A-Za-z0-9]*)+");

    /**
     * A provider namespace (two or more dot-separated words: Microsoft's, or a partner's such as
     * {@code GitHub.Network}) and a resource type (one or more slash-separated words).
     */
    private static final Pattern DELEGATION = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)+(/[A-Za-z][A-Za-z0-9]*)+");

    /** A name close to the given one that meets the rule: unusable characters become '-', then the ends are fixed. */
    static String suggest(String name, AzureName kind) {
        if (kind == AzureName.LOCATION) {
            // A display name ("West Europe") becomes the region's name (westeurope).
            String region = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
            return region.isEmpty() ? "westeurope" : region;
        }
        StringBuilder b = new StringBuilder();
        name.codePoints().limit(kind.max()).forEach(c -> b.appendCodePoint(kind.allowed().test(c) ? c : '-'));
        while (b.length() > 0 && !kind.last().test(b.codePointBefore(b.length()))) {
            b.setLength(b.length() - Character.charCount(b.codePointBefore(b.length())));
        }
        while (b.length() > 0 && !kind.first().test(b.codePointAt(0))) {
            b.deleteCharAt(0);
        }
        while (b.length() < kind.min()) {
            b.append('0');
        }
        return b.toString();
    }
}
