package dev.kvguard.core.spec;

/**
 * One virtual-network rule: either an existing subnet by resource id (its endpoint is someone else's job
 * and must already be on), or a subnet whose endpoint kvguard manages.
 *
 * @param subnetId resource id of an existing subnet, or null
 * @param subnet   a managed subnet, or null
 */
public record VirtualNetworkRuleSpec(String subnetId, ManagedSubnetSpec subnet) {

    public static VirtualNetworkRuleSpec existing(String subnetId) {
        return new VirtualNetworkRuleSpec(subnetId, null);
    }

    public static VirtualNetworkRuleSpec managed(ManagedSubnetSpec subnet) {
        return new VirtualNetworkRuleSpec(null, subnet);
    }

    public boolean isManaged() {
        return subnet != null;
    }
}
