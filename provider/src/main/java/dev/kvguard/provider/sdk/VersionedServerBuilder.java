package dev.kvguard.provider.sdk;

import com.google.protobuf.Empty;
import io.grpc.BindableService;
import io.grpc.ForwardingServerBuilder;
import io.grpc.ServerBuilder;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import pulumirpc.Plugin.PluginInfo;
import pulumirpc.ResourceProviderGrpc;

/**
 * The provider's gRPC server, with one change to the service Pulumi Java SDK 1.36.1 builds: its
 * {@code GetPluginInfo} always answers version {@code 1.0.0} (hard-coded in
 * {@code ResourceProviderService.ResourceProviderImpl}), so here it answers the package's version.
 * Every other method is the SDK's own.
 */
public final class VersionedServerBuilder extends ForwardingServerBuilder<VersionedServerBuilder> {

    private final ServerBuilder<?> delegate;
    private final String version;

    public VersionedServerBuilder(ServerBuilder<?> delegate, String version) {
        this.delegate = delegate;
        this.version = version;
    }

    @Override
    protected ServerBuilder<?> delegate() {
        return delegate;
    }

    @Override
    public VersionedServerBuilder addService(BindableService service) {
        ServerServiceDefinition original = service.bindService();
        if (!original.getServiceDescriptor().getName().equals(ResourceProviderGrpc.SERVICE_NAME)) {
            delegate.addService(original);
            return this;
        }
        ServerServiceDefinition.Builder replaced = ServerServiceDefinition.builder(original.getServiceDescriptor());
        for (ServerMethodDefinition<?, ?> method : original.getMethods()) {
            if (!method.getMethodDescriptor().getFullMethodName()
                    .equals(ResourceProviderGrpc.getGetPluginInfoMethod().getFullMethodName())) {
                replaced.addMethod(method);
            }
        }
        replaced.addMethod(ResourceProviderGrpc.getGetPluginInfoMethod(), ServerCalls.asyncUnaryCall(this::pluginInfo));
        delegate.addService(replaced.build());
        return this;
    }

    private void pluginInfo(Empty request, StreamObserver<PluginInfo> response) {
        response.onNext(PluginInfo.newBuilder().setVersion(version).build());
        response.onCompleted();
    }
}
