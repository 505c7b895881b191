package dev.kvguard.preview;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.internal.Constants;
import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A stand-in for Azure under Pulumi's mock engine. Inputs are kept for inspection, and the
 * client-configuration call that programs use to learn their tenant is answered with placeholders.
 *
 * <p>{@linkplain #preview Preview} mode answers as azure-native answers the engine during
 * {@code pulumi preview} of a resource that does not exist yet. The engine asks the provider for a
 * preview of the create ({@code CreateRequest.preview}, azure-native declares {@code supportsPreview}),
 * and azure-native ({@code provider.go} {@code Create}, {@code convert/previewOutputs.go}
 * {@code PreviewOutputs}) walks the resource's <em>output</em> schema: an output whose same-named input
 * was given with a known value of the right type is that input (recursively for objects, lists and
 * maps); every other output, and the id, is unknown. So a resource group's {@code name} (its input is
 * {@code resourceGroupName}), every {@code id}, the vault URI and any object with a read-only property
 * (a provisioning state) are unknown, while {@code location} or a virtual network's address space are
 * known. The output schema is read from the azure-native Java SDK's classes ({@code @Export} fields
 * and {@code @CustomType} builders mirror it).
 *
 * <p>In preview mode, too, nothing is answered while the program's own code runs: under the engine every
 * registration and function call is a gRPC round trip, so no output is settled yet when the next line of
 * the program (a component's constructor) reads it. {@link #release()} answers what was held, once the
 * program has returned. Without this, whether a value counted as known at construction would depend on
 * thread timing.
 *
 * <p>Deployment mode answers as after {@code pulumi up}: every output known, ids shaped like Azure's,
 * the vault URI filled in, each answer given at once.
 */
public final class FakeAzure implements Mocks {

    public static final String SUBSCRIPTION = "00000000-0000-0000-0000-00000000f00d";
    public static final String TENANT = "00000000-0000-0000-0000-0000000071e7";
    public static final String OBJECT_ID = "00000000-0000-0000-0000-0000000de910";

    /**
     * How the engine writes an unknown ("computed") value on the wire; the SDK's deserializer reads it back as
     * unknown, and an object or list holding one is unknown as a whole. Pulumi offers it only internally.
     */
    private static final String UNKNOWN = Constants.UnknownValue;
    private static final String SDK_RESOURCES = Resource.class.getPackageName();

    private final Map<String, Map<String, Object>> inputs = new ConcurrentHashMap<>();
    private final Map<String, String> importIds = new ConcurrentHashMap<>();
    private final Function<String, Optional<Class<?>>> resourceClasses;
    private final boolean preview;
    private final List<Runnable> held = new ArrayList<>();
    private boolean released;

    private FakeAzure(boolean preview, Function<String, Optional<Class<?>>> resourceClasses) {
        this.preview = preview;
        this.resourceClasses = resourceClasses;
    }

    /** Answers as after a deployment: every output known. */
    public static FakeAzure deployment() {
        return new FakeAzure(false, type -> Optional.empty());
    }

    /**
     * Answers as during a preview of resources not created yet.
     *
     * @param resourceClasses the SDK class of a resource type token (unknown types get only unknown outputs)
     */
    public static FakeAzure preview(Function<String, Optional<Class<?>>> resourceClasses) {
        return new FakeAzure(true, resourceClasses);
    }

    /** Inputs by {@code type name}; inputs unknown when the resource was registered are absent. */
    public Map<String, Map<String, Object>> inputs() {
        return inputs;
    }

    /** The import option's id by {@code type name}, for resources registered with one. */
    public Map<String, String> importIds() {
        return importIds;
    }

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        inputs.put(args.type + " " + args.name, args.inputs);
        // The mock monitor passes the import option as the id; the engine keeps it as the resource's id.
        if (args.id != null && !args.id.isEmpty()) {
            importIds.put(args.type + " " + args.name, args.id);
        }
        if (preview) {
            // An empty id is how the engine reports the id of a resource a preview would create.
            return answer(() -> ResourceResult.of(Optional.empty(), resourceClasses.apply(args.type)
                    .map(c -> previewOutputs(c, args.inputs)).orElse(Map.of())));
        }
        String id = args.id != null && !args.id.isEmpty() ? args.id : id(args);
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(id), deployedState(args)));
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        // Functions run during a real preview too, so their results are known in both modes.
        Map<String, Object> result = "azure-native:authorization:getClientConfig".equals(args.token)
                ? Map.of("tenantId", TENANT, "objectId", OBJECT_ID, "subscriptionId", SUBSCRIPTION, "clientId", OBJECT_ID)
                : Map.of();
        return preview ? answer(() -> result) : CompletableFuture.completedFuture(result);
    }

    /** Answers every request held while the program ran, and from now on answers at once. */
    public void release() {
        List<Runnable> answers;
        synchronized (held) {
            released = true;
            answers = List.copyOf(held);
            held.clear();
        }
        answers.forEach(Runnable::run);
    }

    private <T> CompletableFuture<T> answer(Supplier<T> answer) {
        synchronized (held) {
            if (!released) {
                CompletableFuture<T> later = new CompletableFuture<>();
                held.add(() -> later.complete(answer.get()));
                return later;
            }
        }
        return CompletableFuture.completedFuture(answer.get());
    }

    /** The outputs azure-native previews for a create: its {@code PreviewOutputs}, over the SDK's output types. */
    static Map<String, Object> previewOutputs(Class<?> resourceClass, Map<String, Object> inputs) {
        Map<String, Object> outputs = new LinkedHashMap<>();
        // The SDK's own base classes export id and urn, which the engine answers, not the provider's state.
        for (Class<?> c = resourceClass; c != null && !c.getPackageName().equals(SDK_RESOURCES); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                Export export = field.getAnnotation(Export.class);
                if (export == null || Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                String name = export.name().isEmpty() ? field.getName() : export.name();
                // The field is Output<T>: T is the output's type.
                Type type = field.getGenericType() instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
                outputs.put(name, previewValue(inputs.get(name), type));
            }
        }
        return outputs;
    }

    private static Object previewValue(Object input, Type type) {
        if (input == null) {
            return UNKNOWN;
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return input instanceof String ? input : UNKNOWN;
        }
        if (raw == Boolean.class) {
            return input instanceof Boolean ? input : UNKNOWN;
        }
        if (Number.class.isAssignableFrom(raw)) {
            return input instanceof Number ? input : UNKNOWN;
        }
        if (List.class.isAssignableFrom(raw) && input instanceof List<?> list) {
            Type item = typeArgument(type, 0);
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(previewValue(v, item)));
            return out;
        }
        if (Map.class.isAssignableFrom(raw) && input instanceof Map<?, ?> map) {
            Type value = typeArgument(type, 1);
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), previewValue(v, value)));
            return out;
        }
        if (raw.isAnnotationPresent(CustomType.class) && input instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            properties(raw).forEach((name, propertyType) -> out.put(name, previewValue(map.get(name), propertyType)));
            return out;
        }
        // Untyped (Object) outputs echo scalars, as azure-native does for properties without a type.
        if (raw == Object.class && (input instanceof String || input instanceof Number || input instanceof Boolean)) {
            return input;
        }
        return UNKNOWN;
    }

    /** The properties of an output type: its builder's {@code @CustomType.Setter} methods. */
    private static Map<String, Type> properties(Class<?> customType) {
        Map<String, Type> properties = new LinkedHashMap<>();
        for (Class<?> nested : customType.getDeclaredClasses()) {
            if (!nested.isAnnotationPresent(CustomType.Builder.class)) {
                continue;
            }
            for (Method method : nested.getDeclaredMethods()) {
                CustomType.Setter setter = method.getAnnotation(CustomType.Setter.class);
                if (setter != null && method.getParameterCount() == 1) {
                    properties.put(setter.value().isEmpty() ? method.getName() : setter.value(),
                            method.getGenericParameterTypes()[0]);
                }
            }
        }
        return properties;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    private static Type typeArgument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static String id(ResourceArgs args) {
        return switch (args.type) {
            case "azure-native:network:Subnet" -> arm(args.inputs.get("resourceGroupName"), "Microsoft.Network/virtualNetworks/"
                    + args.inputs.get("virtualNetworkName") + "/subnets/" + args.inputs.get("subnetName"));
            case "azure-native:keyvault:Vault" -> arm(args.inputs.get("resourceGroupName"), "Microsoft.KeyVault/vaults/"
                    + args.inputs.get("vaultName"));
            case "azure-native:network:PrivateEndpoint" -> arm(args.inputs.get("resourceGroupName"),
                    "Microsoft.Network/privateEndpoints/" + args.inputs.get("privateEndpointName"));
            case "azure-native:network:PrivateDnsZoneGroup" -> arm(args.inputs.get("resourceGroupName"),
                    "Microsoft.Network/privateEndpoints/" + args.inputs.get("privateEndpointName") + "/privateDnsZoneGroups/"
                            + args.inputs.get("privateDnsZoneGroupName"));
            case "azure-native:resources:ResourceGroup" -> "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/"
                    + args.inputs.getOrDefault("resourceGroupName", args.name);
            default -> {
                // azure-native:operationalinsights:Workspace -> .../providers/azure-native.operationalinsights/Workspace/<name>
                String[] token = args.type.split(":");
                String provider = token.length == 3 ? token[0] + "." + token[1] + "/" + token[2] : args.type;
                yield arm(args.inputs.getOrDefault("resourceGroupName", "rg-fake"), provider + "/" + args.name);
            }
        };
    }

    private static Map<String, Object> deployedState(ResourceArgs args) {
        Map<String, Object> state = new HashMap<>(args.inputs);
        if ("azure-native:keyvault:Vault".equals(args.type)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = new HashMap<>((Map<String, Object>) args.inputs.getOrDefault("properties", Map.of()));
            properties.put("vaultUri", "https://" + args.inputs.get("vaultName") + ".vault.azure.net/");
            state.put("properties", properties);
        } else if ("azure-native:resources:ResourceGroup".equals(args.type)) {
            state.putIfAbsent("name", args.inputs.getOrDefault("resourceGroupName", args.name));
        }
        return state;
    }

    private static String arm(Object resourceGroup, String rest) {
        return "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/" + resourceGroup + "/providers/" + rest;
    }
}
