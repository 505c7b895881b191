package dev.kvguard.core.spec;

import java.util.List;

/**
 * A private endpoint to the vault's {@code vault} sub-resource.
 *
 * @param name              name of the endpoint resource (also names its DNS zone group's parent)
 * @param subnetId          resource id of the subnet it is placed in, or null
 * @param subnet            the subnet by its parts, or null; at most one of subnetId and subnet is given, and
 *                          neither only when the user's was unusable (binding has reported it: the endpoint's
 *                          other properties are still checked)
 * @param privateDnsZoneIds private DNS zones (resource ids) to register the vault's name in; null means
 *                          the cloud's Key Vault zone in the vault's resource group; empty means no zone
 *                          group (DNS is registered by someone else, e.g. a policy)
 * @param staticIpAddress   the endpoint's private IP, or null for one Azure assigns
 */
public record PrivateEndpointSpec(String name, String subnetId, EndpointSubnetSpec subnet, List<String> privateDnsZoneIds,
                                  String staticIpAddress) {

    /** At most one subnet form: the binder reports an endpoint that gives both, and keeps it with neither. */
    public PrivateEndpointSpec {
        if (subnetId != null && subnet != null) {
            throw new IllegalArgumentException("a private endpoint names its subnet by id or by its parts, not both");
        }
        privateDnsZoneIds = privateDnsZoneIds == null ? null : SpecList.copyOf(privateDnsZoneIds);
    }

    /** Whether the zones were left to kvguard's default. */
    public boolean defaultZone() {
        return privateDnsZoneIds == null;
    }

    /** Whether kvguard creates a DNS zone group for this endpoint. */
    public boolean hasZoneGroup() {
        return privateDnsZoneIds == null || !privateDnsZoneIds.isEmpty();
    }
}
