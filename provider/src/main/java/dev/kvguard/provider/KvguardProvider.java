package dev.kvguard.provider;

import dev.kvguard.provider.sdk.VersionedServerBuilder;
import com.pulumi.provider.internal.ComponentProvider;
import com.pulumi.provider.internal.Metadata;
import com.pulumi.provider.internal.Provider;
import com.pulumi.provider.internal.ResourceProviderService;
import dev.kvguard.components.SecureKeyVault;
import io.grpc.ServerBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The component provider that hosts kvguard's components for every Pulumi language. Pulumi starts it
 * (see {@code provider/PulumiPlugin.yaml}) with the engine's address as the one non-logging argument.
 *
 * <p>Pulumi's own {@code ComponentProviderHost} does the same but accepts only a package name, which
 * would publish version 0.0.0; this entry point passes the real version and display name, serves
 * Construct through {@link KvguardComponents} and answers GetPluginInfo with the POM's version
 * ({@link VersionedServerBuilder}).
 */
public final class KvguardProvider {

    /** The hosted package: every component class in it is served as {@code kvguard:index:<ClassName>}. */
    public static final Package COMPONENTS = SecureKeyVault.class.getPackage();

    private KvguardProvider() {
    }

    public static Metadata metadata() {
        return new Metadata(PackageInfo.NAME, PackageInfo.VERSION, PackageInfo.DISPLAY_NAME);
    }

    public static Provider provider() {
        return new KvguardComponents(new ComponentProvider(metadata(), COMPONENTS));
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> addresses = engineAddresses(args);
        if (addresses.size() != 1) {
            System.err.println("kvguard provider: expected the engine address as the only argument, got " + addresses);
            System.exit(1);
        }
        new ResourceProviderService(addresses.get(0), provider()) {
            @Override
            protected ServerBuilder<?> createServerBuilder() {
                return new VersionedServerBuilder(super.createServerBuilder(), PackageInfo.VERSION);
            }
        }.startAndBlockUntilShutdown();
    }

    /** The arguments that are not the engine's logging flags. */
    static List<String> engineAddresses(String[] args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--tracing")) {
                i++;
            } else if (!arg.equals("--logtostderr") && !arg.equals("--logflow") && !arg.startsWith("-v=")) {
                out.add(arg);
            }
        }
        return out;
    }
}
