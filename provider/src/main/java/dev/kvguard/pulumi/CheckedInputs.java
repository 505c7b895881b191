package dev.kvguard.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import com.pulumi.core.Output;
import com.pulumi.resources.ResourceArgs;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.model.ResolvedVault;
import dev.kvguard.core.spec.ManagedSubnetSpec;
import dev.kvguard.core.spec.declaration.Inputs.ExistingVault;
import dev.kvguard.core.spec.declaration.Inputs.ManagedSubnet;
import dev.kvguard.core.spec.declaration.Inputs.NetworkRules;
import dev.kvguard.core.spec.declaration.Inputs.PrivateEndpoint;
import dev.kvguard.core.spec.declaration.Inputs.SecureKeyVault;
import dev.kvguard.core.spec.declaration.Inputs.TrustedService;
import dev.kvguard.core.spec.declaration.Inputs.VirtualNetworkRule;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.spec.declaration.Kind;
import dev.kvguard.core.spec.declaration.Property;
import dev.kvguard.core.spec.io.BoundSpec;
import dev.kvguard.core.spec.io.SpecBinder;
import dev.kvguard.core.validate.ValidationReport;
import dev.kvguard.core.validate.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A component's inputs, bound to the core model and validated: the known values now, and the complete
 * values once every output resolves (validated again then; errors stop the deployment before the
 * resources that need those values are sent to Azure).
 *
 * @param <T>      the bound model
 * @param value    the model bound from the known values
 * @param profile  the limits profile applied
 * @param findings the findings that can be trusted with the known values
 * @param deferred input paths not known yet
 * @param secrets  input paths whose values are secret
 * @param redaction what hides those values in anything shown
 */
public record CheckedInputs<T>(T value, LimitsProfile profile, List<Finding> findings, Set<InputPath> deferred,
                               Set<InputPath> secrets, SecretRedaction redaction) {

    /**
     * Inputs that decide which resources exist: they must be known when the preview plans. An unknown input is
     * structural when its path leads to one of these (the whole list, an item, or the property itself).
     */
    private static final List<List<Property<?>>> STRUCTURAL = List.of(
            List.of(SecureKeyVault.ENABLE_RBAC_AUTHORIZATION), List.of(SecureKeyVault.PROTECT), List.of(SecureKeyVault.LOGGING),
            List.of(SecureKeyVault.NETWORK_RULES, NetworkRules.VIRTUAL_NETWORK_RULES, VirtualNetworkRule.SUBNET,
                    ManagedSubnet.RESOURCE_GROUP_NAME),
            List.of(SecureKeyVault.NETWORK_RULES, NetworkRules.VIRTUAL_NETWORK_RULES, VirtualNetworkRule.SUBNET,
                    ManagedSubnet.VIRTUAL_NETWORK_NAME),
            List.of(SecureKeyVault.NETWORK_RULES, NetworkRules.VIRTUAL_NETWORK_RULES, VirtualNetworkRule.SUBNET, ManagedSubnet.NAME),
            List.of(SecureKeyVault.TRUSTED_SERVICES, TrustedService.SERVICE),
            List.of(SecureKeyVault.PRIVATE_ENDPOINTS, PrivateEndpoint.NAME),
            List.of(SecureKeyVault.PRIVATE_ENDPOINTS, PrivateEndpoint.PRIVATE_DNS_ZONE_IDS),
            // The import id is a plain string in the resource options.
            List.of(SecureKeyVault.EXISTING, ExistingVault.RESOURCE_ID));

    /**
     * Whether the path leads to one of the chains: its segments are a prefix of the chain's names, with an index
     * after each list of mappings (and nowhere else: an item of a list of strings, such as one DNS zone id, never
     * decides which resources exist).
     */
    static boolean structural(InputPath path) {
        List<Object> segments = path.segments();
        return STRUCTURAL.stream().anyMatch(chain -> {
            List<Object> pattern = new ArrayList<>();
            for (Property<?> property : chain) {
                pattern.add(property.name());
                if (property.kind() == Kind.OBJECT_LIST) {
                    pattern.add(Integer.class);
                }
            }
            if (segments.size() > pattern.size()) {
                return false;
            }
            for (int i = 0; i < segments.size(); i++) {
                Object expected = pattern.get(i);
                boolean ok = expected == Integer.class ? segments.get(i) instanceof Integer : expected.equals(segments.get(i));
                if (!ok) {
                    return false;
                }
            }
            return true;
        });
    }

    /**
     * A top-level string input as the children should receive it: when it was known at construction, that
     * value (secret if the input was), so that a preview shows it and an update does not see it change
     * from unknown; otherwise the value from {@code full}, the inputs validated once they resolved.
     */
    public Output<String> knownOr(InputPath path, Function<T, String> get, Output<T> full) {
        if (deferred.stream().anyMatch(d -> d.covers(path))) {
            return full.applyValue(get);
        }
        String known = get.apply(value);
        return secrets.stream().anyMatch(s -> s.covers(path)) ? Output.ofSecret(known) : Output.of(known);
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }

    /**
     * Checks a locked-down vault's inputs.
     *
     * @param fallback the limits profile when the inputs name none (see {@link ProfileConfig})
     */
    public static CheckedInputs<ResolvedVault> vault(ResourceArgs args, LimitsProfile fallback) {
        return vault(InputTree.peek(args), fallback);
    }

    public static CheckedInputs<ResolvedVault> vault(InputTree.Snapshot snapshot, LimitsProfile fallback) {
        BoundSpec bound = SpecBinder.bind(snapshot.tree());
        ValidationReport report = Validator.validate(bound, fallback);
        List<Finding> findings = new ArrayList<>(PreviewGate.trustworthy(report.findings(), snapshot.deferred()));
        snapshot.deferred().stream().filter(CheckedInputs::structural)
                .forEach(p -> findings.add(PreviewGate.unknownAtPreview(p)));
        SecretRedaction redaction = SecretRedaction.of(snapshot);
        return new CheckedInputs<>(report.vault(), report.profile(), redaction.findings(findings),
                snapshot.deferred(), snapshot.secrets(), redaction);
    }

    /** Checks a subnet service-endpoint's inputs (a managed subnet under {@code subnet}). */
    public static CheckedInputs<ManagedSubnetSpec> subnet(ResourceArgs args) {
        return subnet(InputTree.peek(args));
    }

    public static CheckedInputs<ManagedSubnetSpec> subnet(InputTree.Snapshot snapshot) {
        SpecBinder.Bound<ManagedSubnetSpec> bound = bindSubnet(snapshot.tree());
        SecretRedaction redaction = SecretRedaction.of(snapshot);
        return new CheckedInputs<>(bound.value(), null, redaction.findings(
                PreviewGate.trustworthy(bound.findings(), snapshot.deferred())), snapshot.deferred(),
                snapshot.secrets(), redaction);
    }

    private static SpecBinder.Bound<ManagedSubnetSpec> bindSubnet(JsonNode tree) {
        SpecBinder.Bound<ManagedSubnetSpec> bound = SpecBinder.bindSubnetComponent(tree);
        return new SpecBinder.Bound<>(bound.value(), Validator.validateSubnet(bound));
    }

    /**
     * The checked inputs once every input is known, carrying the dependencies of every input that came
     * from a resource, and secret when any input is. With nothing deferred they are the inputs already
     * checked; otherwise the inputs are bound and validated again: errors fail the output (so no child
     * reaches Azure), and warnings that only the resolved values show go to {@code lateWarning}.
     */
    public static <T> Output<CheckedInputs<T>> complete(ResourceArgs args, CheckedInputs<T> known, String type, String name,
                                                        Function<InputTree.Snapshot, CheckedInputs<T>> check,
                                                        Consumer<Finding> lateWarning) {
        return InputTree.settle(args).applyValue(snapshot -> {
            if (known.deferred().isEmpty()) {
                return known; // everything was known at construction: already checked
            }
            CheckedInputs<T> full = check.apply(snapshot);
            PreviewGate.stopOnErrors(type, name, full.findings());
            full.warnings().stream().filter(w -> !known.findings().contains(w)).forEach(lateWarning);
            return full;
        });
    }
}
