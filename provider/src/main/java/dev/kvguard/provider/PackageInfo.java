package dev.kvguard.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The package's identity, shared by the provider, the schema and the CLI's {@code --version}. */
public final class PackageInfo {

    public static final String NAME = "kvguard";
    public static final String DISPLAY_NAME = "kvguard: Azure Key Vault network lockdown";
    public static final String VERSION = readVersion();

    private PackageInfo() {
    }

    private static String readVersion() {
        try (InputStream in = PackageInfo.class.getResourceAsStream("/dev/kvguard/kvguard.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            String version = properties.getProperty("version", "");
            return version.isEmpty() || version.startsWith("${") ? "0.1.0-dev" : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
