package dev.kvguard.provider.sdk;

import com.pulumi.core.internal.Internal;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Waits for a component's children to be registered. The SDK's runner should wait for those
 * registrations before answering Construct, but in 1.36.1 a child's RegisterResource was seen reaching
 * the engine after the ConstructResponse; the engine must see the whole component first.
 */
public final class ChildRegistrations {

    private ChildRegistrations() {
    }

    /** Completes once every child, and every child of those, has its URN. */
    public static CompletableFuture<Void> registered(Resource resource) {
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (Resource child : List.copyOf(resource.pulumiChildResources())) {
            all.add(Internal.of(child.urn()).getValueNullable());
            all.add(registered(child));
        }
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new));
    }
}
