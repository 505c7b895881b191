package dev.kvguard.core.spec.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.spec.ManagedSubnetSpec;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.spec.declaration.Inputs.SecureKeyVault;
import java.util.List;
import java.util.Set;

/**
 * Binds a spec tree (parsed from YAML or JSON, or built from component inputs) to a {@link VaultSpec}.
 * There is no code per property: the declaration ({@link Inputs}) decides what each mapping may hold, and
 * {@link RecordBinding} reads each declared property into the spec record's component of the same name.
 * The Pulumi components feed their inputs through it too, so a spec file and a component produce the
 * same spec.
 */
public final class SpecBinder {

    /** The rules binding reports (also for component inputs bound off the wire): the shape of the input. */
    public static final Set<Rule> RULES = Set.of(Rule.SPEC_REQUIRED, Rule.SPEC_TYPE, Rule.SPEC_ENUM,
            Rule.SPEC_UNKNOWN_PROPERTY);

    private static final RecordBinding<VaultSpec> VAULT = RecordBinding.of(SecureKeyVault.TYPE, VaultSpec.class);
    private static final RecordBinding<ManagedSubnetSpec> MANAGED_SUBNET = RecordBinding.of(Inputs.ManagedSubnet.TYPE,
            ManagedSubnetSpec.class);

    private SpecBinder() {
    }

    /** Binds the tree; structural problems come back as findings, never as exceptions. */
    public static BoundSpec bind(JsonNode root) {
        Bound<VaultSpec> bound = VAULT.bindTree(root, InputPath.ROOT);
        return new BoundSpec(bound.value(), bound.findings());
    }

    /** Binds a tree holding one managed subnet (the inputs of the subnet service-endpoint component). */
    public static Bound<ManagedSubnetSpec> bindManagedSubnet(JsonNode root, InputPath path) {
        return MANAGED_SUBNET.bindTree(root, path);
    }

    /**
     * Binds the inputs of the subnet service-endpoint component: one managed subnet under {@code subnet},
     * with any other property reported as unknown (with a "did you mean").
     */
    public static Bound<ManagedSubnetSpec> bindSubnetComponent(JsonNode root) {
        Findings findings = new Findings();
        ObjectBinder top = new ObjectBinder(root, InputPath.ROOT, findings, Inputs.SubnetServiceEndpoint.TYPE);
        JsonNode subnet = top.raw(Inputs.SubnetServiceEndpoint.SUBNET);
        top.finish();
        Bound<ManagedSubnetSpec> bound = bindManagedSubnet(subnet != null && subnet.isObject() ? subnet
                        : JsonNodeFactory.instance.objectNode(),
                InputPath.of(Inputs.SubnetServiceEndpoint.SUBNET.name()));
        findings.addAll(bound.findings());
        return new Bound<>(bound.value(), findings.sorted());
    }

    /** A bound value and the structural findings met while binding it. */
    public record Bound<T>(T value, List<Finding> findings) {
    }
}
