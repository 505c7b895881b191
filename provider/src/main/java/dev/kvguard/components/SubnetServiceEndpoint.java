package dev.kvguard.components;

import com.pulumi.azurenative.network.Subnet;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ResourceArgs;
import dev.kvguard.components.inputs.SubnetServiceEndpointArgs;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.model.ManagedSubnet;
import dev.kvguard.core.spec.ManagedSubnetSpec;
import dev.kvguard.pulumi.CheckedInputs;
import dev.kvguard.pulumi.PreviewGate;
import dev.kvguard.pulumi.PulumiLog;
import dev.kvguard.pulumi.SubnetTranslator;
import java.util.List;
import java.util.Map;

/**
 * Turns on the {@code Microsoft.KeyVault} service endpoint of a subnet this program manages. Updating
 * a subnet replaces it whole, so its address prefix, network security group, route table, delegations
 * and other endpoints are declared here and sent with the change: nothing the subnet had is dropped.
 *
 * <p>{@link SecureKeyVault} uses the same translation for the subnets its rules name; use this component
 * when the subnet's endpoint should be on independently of any one vault. Options' {@code dependsOn}
 * reach the subnet update itself, so updates of subnets in one virtual network can be chained (Azure
 * refuses concurrent ones with {@code AnotherOperationInProgress}).
 */
public final class SubnetServiceEndpoint extends ComponentResource {

    public static final String TYPE = "kvguard:index:SubnetServiceEndpoint";

    /** Resource id of the updated subnet. */
    @Export(name = "subnetId", refs = {String.class})
    private final Output<String> subnetId;

    /** The subnet's service endpoints after the update. */
    @Export(name = "serviceEndpoints", refs = {List.class, String.class}, tree = "[0,1]")
    private final Output<List<String>> serviceEndpoints;

    private final Subnet subnet;

    /**
     * @param name    logical name of the component
     * @param args    the subnet, with everything it already has
     * @param options component options (may be null); {@code dependsOn} also delays the subnet update
     */
    public SubnetServiceEndpoint(String name, SubnetServiceEndpointArgs args, ComponentResourceOptions options) {
        this(name, args, options, CheckedInputs.subnet(args), PulumiLog.ofRunningDeployment());
    }

    /**
     * Takes the inputs' snapshot once, so that the gate and the children see the same values; the log is
     * the deployment's that the component registers with (see {@link PulumiLog}).
     */
    private SubnetServiceEndpoint(String name, SubnetServiceEndpointArgs args, ComponentResourceOptions options,
                                  CheckedInputs<ManagedSubnetSpec> checked, PulumiLog log) {
        super(TYPE, name, ResourceArgs.Empty, admit(name, checked, options));
        checked.warnings().forEach(f -> log.warn(f, this));
        Output<ManagedSubnetSpec> spec = CheckedInputs.complete(args, checked, TYPE, name, CheckedInputs::subnet,
                f -> log.warn(f, this)).applyValue(CheckedInputs::value);
        this.subnet = new Subnet(name, SubnetTranslator.args(spec.applyValue(s -> ManagedSubnet.of(InputPath.of(Inputs.SubnetServiceEndpoint.SUBNET), s))), CustomResourceOptions.builder()
                .parent(this)
                .dependsOn(options == null ? null : options.getDependsOn())
                .build());
        this.subnetId = subnet.id();
        this.serviceEndpoints = spec.applyValue(ManagedSubnetSpec::endpointsWithKeyVault);
        registerOutputs(Map.of("subnetId", subnetId, "serviceEndpoints", serviceEndpoints));
    }

    /** Validates before the component is registered: an invalid subnet registers nothing. */
    private static ComponentResourceOptions admit(String name, CheckedInputs<ManagedSubnetSpec> checked,
                                                  ComponentResourceOptions options) {
        PreviewGate.stopOnErrors(TYPE, name, checked.findings());
        return options;
    }

    public Output<String> subnetId() {
        return subnetId;
    }

    public Output<List<String>> serviceEndpoints() {
        return serviceEndpoints;
    }

    /** The subnet resource, for {@code dependsOn} in the caller's own resources. */
    public Subnet subnet() {
        return subnet;
    }
}
