package dev.kvguard.core.model;

import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.azure.SubnetId;

/**
 * A subnet managed elsewhere, named by its resource id; its endpoint must already be on.
 *
 * @param id         the parsed id
 * @param resourceId the id as written, which is what Azure is sent
 */
public record ExistingSubnet(InputPath path, SubnetId id, String resourceId) implements SubnetRef {

    @Override
    public String key() {
        return id.key();
    }
}
