package dev.kvguard.pulumi;

import com.pulumi.Config;
import com.pulumi.deployment.DeploymentInstance;
import com.pulumi.deployment.internal.DeploymentInstanceHolder;
import dev.kvguard.core.limits.LimitsProfile;
import java.util.Map;

/**
 * The limits profile for component inputs that name none, read from the running deployment's config key
 * {@value #KEY}: {@code kvguard preview --profile} sets it for the program it previews, so the profile
 * travels with that one deployment and never through shared state. A component has no {@code Context},
 * so the config is taken from the deployment running on this thread (internal API, as {@link PulumiLog}
 * does), once, in the constructor.
 */
public final class ProfileConfig {

    /** The config key, in Pulumi's {@code namespace:name} form. */
    public static final String KEY = "kvguard:profile";

    private ProfileConfig() {
    }

    /** The config that selects {@code profile} (none for the default), for a deployment's config map. */
    public static Map<String, String> of(LimitsProfile profile) {
        return profile == null || profile == LimitsProfile.DEFAULT ? Map.of() : Map.of(KEY, profile.name());
    }

    /**
     * The profile the running deployment's config names; {@link LimitsProfile#DEFAULT} outside a deployment,
     * without the key, or for a name that is no profile (the CLI refuses those before the program runs).
     */
    public static LimitsProfile ofRunningDeployment() {
        DeploymentInstance instance = DeploymentInstanceHolder.getInstanceNoThrow();
        if (instance == null) {
            return LimitsProfile.DEFAULT;
        }
        String namespace = KEY.substring(0, KEY.indexOf(':'));
        return new Config(instance.getConfig(), namespace).get(KEY.substring(namespace.length() + 1))
                .flatMap(LimitsProfile::named).orElse(LimitsProfile.DEFAULT);
    }
}
