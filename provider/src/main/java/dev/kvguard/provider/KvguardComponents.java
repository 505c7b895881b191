package dev.kvguard.provider;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.internal.Internal;
import com.pulumi.core.internal.OutputData;
import com.pulumi.provider.internal.ComponentProvider;
import com.pulumi.provider.internal.Provider;
import com.pulumi.provider.internal.models.ConfigureRequest;
import com.pulumi.provider.internal.models.ConfigureResponse;
import com.pulumi.provider.internal.models.ConstructRequest;
import com.pulumi.provider.internal.models.ConstructResponse;
import com.pulumi.provider.internal.models.GetSchemaRequest;
import com.pulumi.provider.internal.models.GetSchemaResponse;
import com.pulumi.provider.internal.properties.PropertyValue;
import com.pulumi.provider.internal.properties.PropertyValueSerializer;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import dev.kvguard.components.SecureKeyVault;
import dev.kvguard.components.SubnetServiceEndpoint;
import dev.kvguard.components.inputs.SecureKeyVaultArgs;
import dev.kvguard.components.inputs.SubnetServiceEndpointArgs;
import dev.kvguard.provider.sdk.ChildRegistrations;
import dev.kvguard.provider.sdk.ConstructInputs;
import dev.kvguard.pulumi.CheckedInputs;
import dev.kvguard.pulumi.ProfileConfig;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * kvguard's component provider: the schema Pulumi's analyzer infers from the components, with
 * descriptions added; Construct with kvguard's own input deserialization ({@link ConstructInputs}),
 * which keeps secrets, unknowns and dependencies; state with the dependencies of every output.
 */
final class KvguardComponents implements Provider {

    /** Builds one component from the Construct call. */
    private interface Factory {
        ComponentResource create(String name, Map<String, PropertyValue> inputs, ComponentResourceOptions options);
    }

    private static final Map<String, Factory> COMPONENTS = Map.of(
            SecureKeyVault.TYPE, (name, inputs, options) -> new SecureKeyVault(name,
                    ConstructInputs.deserialize(SecureKeyVault.TYPE, name, inputs, SecureKeyVaultArgs.class,
                            raw -> CheckedInputs.vault(raw, ProfileConfig.ofRunningDeployment()).findings()), options),
            SubnetServiceEndpoint.TYPE, (name, inputs, options) -> new SubnetServiceEndpoint(name,
                    ConstructInputs.deserialize(SubnetServiceEndpoint.TYPE, name, inputs, SubnetServiceEndpointArgs.class,
                            raw -> CheckedInputs.subnet(raw).findings()), options));

    private final ComponentProvider inferred;

    KvguardComponents(ComponentProvider inferred) {
        this.inferred = inferred;
    }

    @Override
    public CompletableFuture<ConfigureResponse> configure(ConfigureRequest request) {
        // Secrets, resource references and output values are all understood (see ConstructInputs).
        return CompletableFuture.completedFuture(new ConfigureResponse(true, true, true, true));
    }

    @Override
    public CompletableFuture<GetSchemaResponse> getSchema(GetSchemaRequest request) {
        return inferred.getSchema(request).thenApply(r -> new GetSchemaResponse(SchemaDocs.describe(r.getSchema())));
    }

    @Override
    public CompletableFuture<ConstructResponse> construct(ConstructRequest request) {
        Factory factory = COMPONENTS.get(request.getType());
        if (factory == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("kvguard: unknown component type '"
                    + request.getType() + "'; this package provides " + new TreeSet<>(COMPONENTS.keySet())));
        }
        ComponentResource component;
        try {
            component = factory.create(request.getName(), request.getInputs(), request.getOptions());
        } catch (RuntimeException e) {
            // Returned, not thrown: the SDK's runner (1.36.1) records a thrown exception twice (wrapped and
            // unwrapped) and then answers "Multiple exceptions occurred" instead of its message.
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Map<String, PropertyValue>> state = PropertyValueSerializer.stateFromComponentResourceAsync(component);
        CompletableFuture<Map<String, Set<String>>> dependencies = stateDependencies(component);
        CompletableFuture<String> urn = Internal.of(component.urn()).getValueNullable();
        return state.thenCombine(dependencies, Map::entry)
                .thenCombine(urn, (sd, u) -> new ConstructResponse(u, sd.getKey(), sd.getValue()))
                .thenCombine(ChildRegistrations.registered(component), (response, done) -> response);
    }

    /** For each output, the URNs of the resources it depends on (what the engine records per property). */
    private static CompletableFuture<Map<String, Set<String>>> stateDependencies(ComponentResource component) {
        Map<String, CompletableFuture<Set<String>>> byOutput = new TreeMap<>();
        for (Field field : component.getClass().getDeclaredFields()) {
            Export export = field.getAnnotation(Export.class);
            if (export == null) {
                continue;
            }
            field.setAccessible(true);
            Output<?> output;
            try {
                output = (Output<?>) field.get(component);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("kvguard: cannot read output " + field, e);
            }
            byOutput.put(export.name().isEmpty() ? field.getName() : export.name(), urns(output));
        }
        return CompletableFuture.allOf(byOutput.values().toArray(CompletableFuture[]::new)).thenApply(done -> {
            Map<String, Set<String>> out = new TreeMap<>();
            byOutput.forEach((name, urns) -> out.put(name, urns.join()));
            return out;
        });
    }

    private static CompletableFuture<Set<String>> urns(Output<?> output) {
        return Internal.of(output).getDataAsync().thenCompose((OutputData<?> data) -> {
            List<CompletableFuture<String>> urns = new ArrayList<>();
            for (Resource r : data.getResources()) {
                urns.add(Internal.of(r.urn()).getValueNullable());
            }
            return CompletableFuture.allOf(urns.toArray(CompletableFuture[]::new))
                    .thenApply(done -> {
                        Set<String> set = new TreeSet<>();
                        urns.forEach(u -> set.add(u.join()));
                        return set;
                    });
        });
    }
}
