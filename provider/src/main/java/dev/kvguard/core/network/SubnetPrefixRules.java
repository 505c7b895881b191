package dev.kvguard.core.network;

import dev.kvguard.core.azure.Ipv4Parser;
import dev.kvguard.core.check.Checking;
import dev.kvguard.core.check.RuleSet;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.spec.PrivateEndpointSpec;
import dev.kvguard.core.spec.SpecList;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.spec.VirtualNetworkRuleSpec;
import java.util.List;

/**
 * Subnet address prefixes, wherever the spec states one: on a managed subnet of a virtual-network rule, and on a
 * private endpoint's subnet given by its parts. Azure wants a network address in CIDR form.
 */
public final class SubnetPrefixRules extends RuleSet {

    /** Owns, and alone reports, these rules. */
    public SubnetPrefixRules() {
        super(Rule.SUBNET_ADDRESS_PREFIX);
    }

    @Override
    public void check(VaultSpec spec, Checking checking) {
        Findings out = checking.findings();
        List<VirtualNetworkRuleSpec> rules = spec.networkRules().virtualNetworkRules();
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).subnet() != null) {
                addressPrefix(VirtualNetworkRules.PATH.at(SpecList.position(rules, i)).child(Inputs.VirtualNetworkRule.SUBNET).child(Inputs.ManagedSubnet.ADDRESS_PREFIX),
                        rules.get(i).subnet().addressPrefix(), out);
            }
        }
        List<PrivateEndpointSpec> endpoints = spec.privateAccess().endpoints();
        for (int i = 0; i < endpoints.size(); i++) {
            if (endpoints.get(i).subnet() != null) {
                addressPrefix(InputPath.of(Inputs.SecureKeyVault.PRIVATE_ENDPOINTS).at(SpecList.position(endpoints, i)).child(Inputs.PrivateEndpoint.SUBNET).child(Inputs.PrivateEndpointSubnet.ADDRESS_PREFIX),
                        endpoints.get(i).subnet().addressPrefix(), out);
            }
        }
    }

    /**
     * Checks a subnet's address prefix, when given, as a network address in CIDR form; shared by managed subnets
     * and by private endpoints' subnets.
     */
    public static void addressPrefix(InputPath path, String prefix, Findings out) {
        if (prefix == null) {
            return;
        }
        if (!(Ipv4Parser.parse(prefix) instanceof Ipv4Parser.Parsed parsed) || !parsed.hadPrefix()) {
            out.add(Finding.of(Rule.SUBNET_ADDRESS_PREFIX, path).value(prefix)
                    .limit("an IPv4 CIDR range").because("Subnet address prefix '" + prefix
                            + "' is not an IPv4 CIDR range.", "Write the subnet's range, e.g. 10.1.0.0/24."));
            return;
        }
        if (parsed.hostBitsSet()) {
            out.add(Finding.of(Rule.SUBNET_ADDRESS_PREFIX, path).value(prefix)
                    .limit("a network address").because("Subnet address prefix '" + prefix
                            + "' has host bits set; Azure refuses it.", "Write " + parsed.range().toCidr() + "."));
        }
    }
}
