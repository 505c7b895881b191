package dev.kvguard.testing;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceTransformation;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Runs a Pulumi program under the SDK's in-process mocks and records, for every registered resource,
 * its type, inputs, parent and dependencies (parent and {@code dependsOn} are captured through a stack
 * resource transformation, since the mock monitor does not see options).
 */
public final class MockStack {

    /** One registered resource, by its logical name. */
    public record Registration(String type, String name, Map<String, Object> inputs, String parent,
                               List<String> dependsOn) {
    }

    /** The outcome of a run; resources are keyed by type and name. */
    public record Run(TestResult result, Map<String, Registration> registered) {

        /** The Azure resource with this logical name (components may share a name with their child). */
        public Registration get(String name) {
            return registered.values().stream().filter(r -> r.name().equals(name))
                    .filter(r -> !r.type().startsWith("kvguard:") && !r.type().equals("pulumi:pulumi:Stack")).findFirst()
                    .orElseThrow(() -> new AssertionError("no resource named " + name + "; registered: " + resources()));
        }

        /** Registered resources other than the stack itself: {@code type name}, sorted. */
        public List<String> resources() {
            return registered.values().stream().filter(r -> !r.type().equals("pulumi:pulumi:Stack"))
                    .map(r -> r.type() + " " + r.name()).sorted().toList();
        }

        public List<String> errors() {
            List<String> out = new ArrayList<>(result.errors());
            result.exceptions().forEach(e -> out.add(String.valueOf(e.getMessage())));
            return out;
        }
    }

    private MockStack() {
    }

    public static Run run(Consumer<Context> program) {
        Map<String, Map<String, Object>> inputs = new ConcurrentHashMap<>();
        Map<String, Resource> resources = new ConcurrentHashMap<>();
        Map<String, Output<List<Resource>>> dependsOn = new ConcurrentHashMap<>();
        Map<String, String> parents = new ConcurrentHashMap<>();
        ResourceTransformation recorder = args -> {
            Resource r = args.resource();
            resources.put(r.pulumiResourceName(), r);
            args.options().getParent().ifPresent(p -> parents.put(r.pulumiResourceName(), p.pulumiResourceName()));
            dependsOn.put(r.pulumiResourceName(), args.options().getDependsOn());
            return Optional.empty();
        };
        try {
            TestResult result = PulumiTest.withOptions(TestOptions.builder().resourceTransformations(List.of(recorder)).build())
                    .withMocks(new AzureMocks(inputs))
                    .runTest(program);
            Map<String, Registration> registered = new LinkedHashMap<>();
            for (Resource r : result.resources()) {
                String name = r.pulumiResourceName();
                List<String> deps = new ArrayList<>();
                Output<List<Resource>> d = dependsOn.get(name);
                if (d != null) {
                    List<Resource> list = PulumiTest.extractValue(d);
                    if (list != null) {
                        list.forEach(x -> deps.add(x.pulumiResourceName()));
                    }
                }
                registered.put(r.pulumiResourceType() + " " + name, new Registration(r.pulumiResourceType(), name,
                        inputs.getOrDefault(name, Map.of()), parents.get(name), deps.stream().sorted().toList()));
            }
            return new Run(result, registered);
        } finally {
            PulumiTest.cleanup();
        }
    }

    /** Mock Azure: ids shaped like Azure's, and the computed outputs kvguard reads (the vault URI). */
    static final class AzureMocks implements Mocks {
        private final Map<String, Map<String, Object>> inputs;

        AzureMocks(Map<String, Map<String, Object>> inputs) {
            this.inputs = inputs;
        }

        @Override
        public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
            inputs.put(args.name, args.inputs);
            Map<String, Object> state = new HashMap<>(args.inputs);
            String id = "/subscriptions/" + TestSpecs.SUBSCRIPTION + "/mock/" + args.type + "/" + args.name;
            if (args.type.equals("azure-native:network:Subnet")) {
                id = "/subscriptions/" + TestSpecs.SUBSCRIPTION + "/resourceGroups/" + args.inputs.get("resourceGroupName")
                        + "/providers/Microsoft.Network/virtualNetworks/" + args.inputs.get("virtualNetworkName")
                        + "/subnets/" + args.inputs.get("subnetName");
            } else if (args.type.equals("azure-native:keyvault:Vault")) {
                id = "/subscriptions/" + TestSpecs.SUBSCRIPTION + "/resourceGroups/" + args.inputs.get("resourceGroupName")
                        + "/providers/Microsoft.KeyVault/vaults/" + args.inputs.get("vaultName");
                @SuppressWarnings("unchecked")
                Map<String, Object> properties = new HashMap<>((Map<String, Object>) args.inputs.get("properties"));
                properties.put("vaultUri", "https://" + args.inputs.get("vaultName") + ".vault.azure.net/");
                state.put("properties", properties);
            }
            return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(id), state));
        }
    }
}
