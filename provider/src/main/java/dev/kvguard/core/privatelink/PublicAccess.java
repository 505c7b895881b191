package dev.kvguard.core.privatelink;

import dev.kvguard.core.spec.PublicNetworkAccess;
import dev.kvguard.core.spec.Stage;
import dev.kvguard.core.spec.VaultSpec;

/**
 * What kvguard sends as the vault's {@code publicNetworkAccess}. {@code Disabled} refuses every public caller at
 * once, so it waits for {@code stage: enforce} like the default action Deny: under {@code stage: observe} nothing
 * is sent and Azure keeps the vault's current setting (Enabled for a new vault), so a vault that serves traffic is
 * not cut off by its first deployment.
 */
public final class PublicAccess {

    private PublicAccess() {
    }

    /** The value sent to Azure, or null to send nothing. */
    public static PublicNetworkAccess sent(VaultSpec spec) {
        PublicNetworkAccess wanted = spec.privateAccess().publicNetworkAccess();
        return wanted == PublicNetworkAccess.DISABLED && spec.stage() == Stage.OBSERVE ? null : wanted;
    }

    /** Whether this deployment leaves the vault with public network access disabled. */
    public static boolean disabledOnDeploy(VaultSpec spec) {
        return sent(spec) == PublicNetworkAccess.DISABLED;
    }

    /** Whether the spec disables public access but its stage holds that back. */
    public static boolean heldBack(VaultSpec spec) {
        return spec.privateAccess().publicAccessDisabled() && sent(spec) == null;
    }
}
