package dev.kvguard.core.spec.io;

import dev.kvguard.core.spec.EndpointSubnetSpec;
import dev.kvguard.core.spec.PrivateAccessSpec;
import dev.kvguard.core.spec.PrivateEndpointSpec;
import dev.kvguard.core.spec.PublicNetworkAccess;
import dev.kvguard.core.spec.declaration.Inputs.PrivateEndpoint;
import dev.kvguard.core.spec.declaration.Inputs.PrivateEndpointSubnet;
import dev.kvguard.core.spec.declaration.Inputs.SecureKeyVault;
import java.util.List;

/** Binds {@code publicNetworkAccess}, {@code privateEndpoints} and {@code privateEndpointsWaiver} of a vault. */
final class PrivateAccessBinding {

    private PrivateAccessBinding() {
    }

    static PrivateAccessSpec bind(ObjectBinder in) {
        PublicNetworkAccess access = in.enumValue(SecureKeyVault.PUBLIC_NETWORK_ACCESS);
        List<PrivateEndpointSpec> endpoints = in.objects(SecureKeyVault.PRIVATE_ENDPOINTS, PrivateAccessBinding::endpoint);
        return new PrivateAccessSpec(access, endpoints, in.string(SecureKeyVault.PRIVATE_ENDPOINTS_WAIVER));
    }

    /** An endpoint, or null when it names its subnet neither or both ways, or unusably (reported). */
    private static PrivateEndpointSpec endpoint(ObjectBinder in) {
        String name = in.string(PrivateEndpoint.NAME);
        String subnetId = in.string(PrivateEndpoint.SUBNET_ID);
        EndpointSubnetSpec subnet = in.object(PrivateEndpoint.SUBNET, PrivateAccessBinding::subnet);
        // Absent means kvguard's default zone; an explicit empty list means no zone group at all.
        List<String> zones = in.has(PrivateEndpoint.PRIVATE_DNS_ZONE_IDS) ? in.strings(PrivateEndpoint.PRIVATE_DNS_ZONE_IDS) : null;
        String staticIp = in.string(PrivateEndpoint.STATIC_IP_ADDRESS);
        boolean hasId = in.has(PrivateEndpoint.SUBNET_ID);
        if (hasId == in.has(PrivateEndpoint.SUBNET)) {
            in.require("'" + in.path() + "' must name exactly one of 'subnetId' (a subnet by resource id) or 'subnet' "
                            + "(a subnet by resource group, network and name)" + (hasId ? ", not both." : "."),
                    hasId ? "Keep either 'subnetId' or 'subnet'."
                            : "Add 'subnetId: /subscriptions/.../subnets/<name>' or a 'subnet:' mapping.",
                    in.path());
            return null;
        }
        return subnetId == null && subnet == null ? null : new PrivateEndpointSpec(name, subnetId, subnet, zones, staticIp);
    }

    private static EndpointSubnetSpec subnet(ObjectBinder in) {
        return new EndpointSubnetSpec(in.string(PrivateEndpointSubnet.RESOURCE_GROUP_NAME),
                in.string(PrivateEndpointSubnet.VIRTUAL_NETWORK_NAME), in.string(PrivateEndpointSubnet.NAME),
                in.string(PrivateEndpointSubnet.ADDRESS_PREFIX));
    }
}
