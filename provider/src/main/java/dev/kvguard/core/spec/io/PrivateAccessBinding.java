package dev.kvguard.core.spec.io;

import dev.kvguard.core.spec.EndpointSubnetSpec;
import dev.kvguard.core.spec.PrivateAccessSpec;
import dev.kvguard.core.spec.PrivateEndpointSpec;
import dev.kvguard.core.spec.PublicNetworkAccess;
import java.util.List;

/** Binds {@code publicNetworkAccess}, {@code privateEndpoints} and {@code privateEndpointsWaiver} of a vault. */
final class PrivateAccessBinding {

    private PrivateAccessBinding() {
    }

    static PrivateAccessSpec bind(ObjectBinder in) {
        PublicNetworkAccess access = in.enumValue("publicNetworkAccess", PublicNetworkAccess.class, false);
        List<PrivateEndpointSpec> endpoints = in.objects("privateEndpoints", PrivateAccessBinding::endpoint,
                new PrivateEndpointSpec(null, null, null, null, null));
        return new PrivateAccessSpec(access, endpoints, in.string("privateEndpointsWaiver", false));
    }

    private static PrivateEndpointSpec endpoint(ObjectBinder in) {
        String name = in.string("name", true);
        String subnetId = in.string("subnetId", false);
        EndpointSubnetSpec subnet = in.object("subnet", PrivateAccessBinding::subnet);
        boolean hasId = in.has("subnetId");
        if (hasId == in.has("subnet")) {
            in.require("'" + in.path() + "' must name exactly one of 'subnetId' (a subnet by resource id) or 'subnet' "
                            + "(a subnet by resource group, network and name)" + (hasId ? ", not both." : "."),
                    hasId ? "Keep either 'subnetId' or 'subnet'."
                            : "Add 'subnetId: /subscriptions/.../subnets/<name>' or a 'subnet:' mapping.",
                    in.path());
            subnetId = null;
            subnet = null;
        }
        // Absent means kvguard's default zone; an explicit empty list means no zone group at all.
        List<String> zones = in.has("privateDnsZoneIds") ? in.strings("privateDnsZoneIds") : null;
        return new PrivateEndpointSpec(name, subnetId, subnet, zones, in.string("staticIpAddress", false));
    }

    private static EndpointSubnetSpec subnet(ObjectBinder in) {
        return new EndpointSubnetSpec(in.string("resourceGroupName", true), in.string("virtualNetworkName", true),
                in.string("name", true), in.string("addressPrefix", false));
    }
}
