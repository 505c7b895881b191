package dev.kvguard.core.network;

import dev.kvguard.core.azure.SubnetId;
import dev.kvguard.core.check.Checking;
import dev.kvguard.core.check.RuleSet;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.model.ExistingSubnet;
import dev.kvguard.core.model.ManagedSubnet;
import dev.kvguard.core.model.SubnetRef;
import dev.kvguard.core.spec.ManagedSubnetSpec;
import dev.kvguard.core.spec.SpecList;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.spec.VirtualNetworkRuleSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Virtual-network rules: well-formed subnet ids, managed subnets' prefixes, duplicates and the rule count. */
public final class VirtualNetworkRules extends RuleSet {

    static final InputPath PATH = InputPath.of(Inputs.SecureKeyVault.NETWORK_RULES).child(Inputs.NetworkRules.VIRTUAL_NETWORK_RULES);

    /** Owns, and alone reports, these rules. */
    public VirtualNetworkRules() {
        super(Rule.VNET_RULE_SUBNET_ID, Rule.VNET_RULE_DUPLICATE, Rule.VNET_RULE_COUNT);
    }

    @Override
    public void check(VaultSpec spec, Checking checking) {
        LimitsProfile profile = checking.profile();
        Findings out = checking.findings();
        List<VirtualNetworkRuleSpec> rules = spec.networkRules().virtualNetworkRules();
        Map<String, InputPath> firstPathByKey = new HashMap<>();
        List<SubnetRef> resolved = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            VirtualNetworkRuleSpec rule = rules.get(i);
            InputPath path = PATH.at(SpecList.position(rules, i));
            Optional<? extends SubnetRef> ref = rule.isManaged() ? managed(path, rule.subnet(), out)
                    : existingSubnet(path, rule.subnetId(), out);
            if (ref.isEmpty()) {
                continue;
            }
            String key = ref.get().key();
            InputPath first = firstPathByKey.putIfAbsent(key, path);
            if (first == null) {
                resolved.add(ref.get()); // Azure gets each subnet once, in the order of the spec
            } else {
                out.add(Finding.of(Rule.VNET_RULE_DUPLICATE, path).value(key).limit("each subnet once")
                        .because("Virtual-network rule " + path + " names the same subnet (" + key + ") as " + first + ".",
                                "Remove " + path + "; kvguard would send the subnet once anyway."));
            }
        }
        checking.subnets(resolved);
        int given = SpecList.written(rules); // the limit counts what the user listed, unusable items too
        if (given > profile.maxVirtualNetworkRules()) {
            out.add(Finding.of(Rule.VNET_RULE_COUNT, PATH).value(given)
                    .limit("at most " + profile.maxVirtualNetworkRules() + " virtual-network rules (" + profile.name() + ")")
                    .because(given + " virtual-network rules exceed the limit of " + profile.maxVirtualNetworkRules()
                                    + " in the '" + profile.name() + "' profile.",
                            "Admit whole address spaces through fewer, larger subnets or a private endpoint; if your vault "
                                    + "follows Microsoft's current limits, use profile 'current' ("
                                    + LimitsProfile.CURRENT.maxVirtualNetworkRules() + ")."));
        }
    }

    private static Optional<ExistingSubnet> existingSubnet(InputPath rule, String id, Findings out) {
        Optional<SubnetId> parsed = SubnetId.parse(id);
        if (parsed.isEmpty()) {
            out.add(Finding.of(Rule.VNET_RULE_SUBNET_ID, rule.child(Inputs.VirtualNetworkRule.SUBNET_ID)).value(id).limit(SubnetId.SHAPE)
                    .because("'" + id + "' is not a subnet resource id.",
                            "Use the subnet's full id: " + SubnetId.SHAPE
                                    + " (e.g. 'az network vnet subnet show ... --query id')."));
        }
        return parsed.map(subnet -> new ExistingSubnet(rule, subnet, id));
    }

    /** A managed subnet, checked, as the model holds it; empty when its names are missing (reported by binding). */
    private static Optional<ManagedSubnet> managed(InputPath rule, ManagedSubnetSpec subnet, Findings out) {
        if (subnet.resourceGroupName() == null || subnet.virtualNetworkName() == null || subnet.name() == null) {
            return Optional.empty();
        }
        return Optional.of(ManagedSubnet.of(rule, subnet)); // which builds the subnet's key, once
    }
}
