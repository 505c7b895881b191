package dev.kvguard.core.model;

import dev.kvguard.core.azure.SubnetId;
import dev.kvguard.core.finding.InputPath;

/**
 * A subnet managed elsewhere, named by its resource id; its endpoint must already be on.
 *
 * @param id         the parsed id
 * @param resourceId the id as written, which is what Azure is sent
 * @param key        the subnet's identity ({@link SubnetRef#key()})
 */
public record ExistingSubnet(InputPath path, SubnetId id, String resourceId, String key) implements SubnetRef {

    public ExistingSubnet(InputPath path, SubnetId id, String resourceId) {
        this(path, id, resourceId, id.key());
    }
}
