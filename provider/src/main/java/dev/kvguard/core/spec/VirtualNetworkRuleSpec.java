package dev.kvguard.core.spec;

/**
 * One virtual-network rule: either an existing subnet by resource id (its endpoint is someone else's job
 * and must already be on), or a subnet whose endpoint kvguard manages.
 *
 * @param subnetId resource id of an existing subnet, or null
 * @param subnet   a managed subnet, or null
 */
public record VirtualNetworkRuleSpec(String subnetId, ManagedSubnetSpec subnet) {

    /** Exactly one of the two: the binder reports and drops a rule that gives both or neither, so none is ever empty. */
    public VirtualNetworkRuleSpec {
        if ((subnetId == null) == (subnet == null)) {
            throw new IllegalArgumentException("a virtual-network rule names its subnet by id or as a managed subnet, "
                    + "exactly one of them");
        }
    }

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
