package dev.kvguard.it.wire;

import com.google.protobuf.Empty;
import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import pulumirpc.EngineGrpc;
import pulumirpc.EngineOuterClass.GetRootResourceRequest;
import pulumirpc.EngineOuterClass.GetRootResourceResponse;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.EngineOuterClass.SetRootResourceRequest;
import pulumirpc.EngineOuterClass.SetRootResourceResponse;
import pulumirpc.Resource.RegisterResourceOutputsRequest;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;
import pulumirpc.Resource.SupportsFeatureRequest;
import pulumirpc.Resource.SupportsFeatureResponse;
import pulumirpc.ResourceMonitorGrpc;

/**
 * Plays Pulumi's engine for a provider under test: one gRPC server that is both the resource monitor
 * (the ConstructRequest's {@code monitorEndpoint}) and the engine (the provider's command-line argument),
 * built on the SDK's own {@code pulumirpc} stubs. It records every call and answers as the engine does:
 * URNs from the parent's type chain; in a preview a custom resource's id and outputs are unknown (it does
 * not exist yet); in an update it gets an id, its inputs back and the outputs Azure would add.
 */
final class FakeEngine implements AutoCloseable {

    /** Features the engine has supported for years; anything else is answered "no". */
    private static final Set<String> FEATURES = Set.of("secrets", "resourceReferences", "outputValues", "deletedWith", "aliasSpecs");

    static final String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    final List<RegisterResourceRequest> registrations = new CopyOnWriteArrayList<>();
    final List<RegisterResourceOutputsRequest> outputs = new CopyOnWriteArrayList<>();
    final List<LogRequest> logs = new CopyOnWriteArrayList<>();
    /** Every error logged since the start, kept across {@link #clear()}: a late one still counts. */
    final List<LogRequest> errors = new CopyOnWriteArrayList<>();
    volatile boolean dryRun;
    private final Server server;

    FakeEngine() throws IOException {
        server = ServerBuilder.forPort(0).addService(new Monitor()).addService(new Engine()).build().start();
    }

    String address() {
        return "127.0.0.1:" + server.getPort();
    }

    void clear() {
        registrations.clear();
        outputs.clear();
        logs.clear();
    }

    /** {@code urn:pulumi:<stack>::<project>::<parent type$>type::name}. */
    static String urn(String parentUrn, String type, String name) {
        String[] parts = parentUrn.split("::");
        String parentType = parts[2];
        String qualified = parentType.equals("pulumi:pulumi:Stack") ? type : parentType + "$" + type;
        return parts[0] + "::" + parts[1] + "::" + qualified + "::" + name;
    }

    /** What Azure answers for a created resource: its inputs, plus the outputs kvguard reads. */
    private static Struct created(RegisterResourceRequest request) {
        Struct.Builder state = request.getObject().toBuilder();
        if (request.getType().equals("azure-native:keyvault:Vault")) {
            // The properties may arrive secret-wrapped; the outputs go inside, the wrapper stays.
            Value sent = state.getFieldsOrDefault("properties", Wire.object(Map.of()));
            Value uri = Wire.str("https://" + Wire.plain(state.getFieldsOrThrow("vaultName")).getStringValue() + ".vault.azure.net/");
            // Outputs Azure always answers (the SDK's VaultPropertiesResponse requires the last two).
            Value properties = Value.newBuilder().setStructValue(Wire.plain(sent).getStructValue().toBuilder()
                    .putFields("vaultUri", uri).putFields("hsmPoolResourceId", Wire.str(""))
                    .putFields("privateEndpointConnections", Wire.list())).build();
            state.putFields("properties", Wire.isSecret(sent) ? Wire.secret(properties) : properties);
        }
        if (request.getType().equals("azure-native:network:Subnet")) {
            // Azure reports each endpoint's provisioning state, which the SDK's output type requires.
            addToEach(state, "serviceEndpoints", Map.of("provisioningState", Wire.str("Succeeded")));
        }
        if (request.getType().equals("azure-native:network:PrivateEndpoint")) {
            // Azure answers an etag and a type for each connection and IP configuration; the SDK requires them.
            addToEach(state, "privateLinkServiceConnections", Map.of("etag", Wire.str("W/\"1\""),
                    "type", Wire.str("Microsoft.Network/privateEndpoints/privateLinkServiceConnections")));
            addToEach(state, "ipConfigurations", Map.of("etag", Wire.str("W/\"1\""),
                    "type", Wire.str("Microsoft.Network/privateEndpoints/ipConfigurations")));
        }
        return state.build();
    }

    /** Adds Azure's outputs to each element of a list input, keeping a secret list secret. */
    private static void addToEach(Struct.Builder state, String field, Map<String, Value> outputs) {
        if (!state.containsFields(field)) {
            return;
        }
        Value sent = state.getFieldsOrThrow(field);
        ListValue.Builder items = ListValue.newBuilder();
        Wire.plain(sent).getListValue().getValuesList().forEach(e -> items.addValues(Value.newBuilder()
                .setStructValue(e.getStructValue().toBuilder().putAllFields(outputs))));
        Value list = Value.newBuilder().setListValue(items).build();
        state.putFields(field, Wire.isSecret(sent) ? Wire.secret(list) : list);
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
    }

    private final class Monitor extends ResourceMonitorGrpc.ResourceMonitorImplBase {
        @Override
        public void supportsFeature(SupportsFeatureRequest request, StreamObserver<SupportsFeatureResponse> response) {
            response.onNext(SupportsFeatureResponse.newBuilder().setHasSupport(FEATURES.contains(request.getId())).build());
            response.onCompleted();
        }

        @Override
        public void registerResource(RegisterResourceRequest request, StreamObserver<RegisterResourceResponse> response) {
            registrations.add(request);
            String urn = urn(request.getParent(), request.getType(), request.getName());
            RegisterResourceResponse.Builder answer = RegisterResourceResponse.newBuilder().setUrn(urn);
            if (request.getCustom()) {
                if (dryRun) {
                    // A resource that does not exist yet: its id and every output are unknown.
                    answer.setId(UNKNOWN);
                } else {
                    answer.setId("/subscriptions/0000/resourceGroups/rg/providers/" + request.getType() + "/" + request.getName());
                    answer.setObject(created(request));
                }
            }
            response.onNext(answer.build());
            response.onCompleted();
        }

        @Override
        public void registerResourceOutputs(RegisterResourceOutputsRequest request, StreamObserver<Empty> response) {
            outputs.add(request);
            response.onNext(Empty.getDefaultInstance());
            response.onCompleted();
        }
    }

    private final class Engine extends EngineGrpc.EngineImplBase {
        private volatile String root = "";

        @Override
        public void log(LogRequest request, StreamObserver<Empty> response) {
            logs.add(request);
            if (request.getSeverity() == pulumirpc.EngineOuterClass.LogSeverity.ERROR) {
                errors.add(request);
            }
            response.onNext(Empty.getDefaultInstance());
            response.onCompleted();
        }

        @Override
        public void getRootResource(GetRootResourceRequest request, StreamObserver<GetRootResourceResponse> response) {
            response.onNext(GetRootResourceResponse.newBuilder().setUrn(root).build());
            response.onCompleted();
        }

        @Override
        public void setRootResource(SetRootResourceRequest request, StreamObserver<SetRootResourceResponse> response) {
            root = request.getUrn();
            response.onNext(SetRootResourceResponse.getDefaultInstance());
            response.onCompleted();
        }
    }
}
