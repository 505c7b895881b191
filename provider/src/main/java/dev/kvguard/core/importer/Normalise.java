package dev.kvguard.core.importer;

import dev.kvguard.core.spec.SpecEnum;
import java.util.Locale;

/**
 * The spellings Azure tolerates, written the way kvguard (and Azure's own responses) spell them:
 * {@code deny} as {@code Deny}, {@code azureservices} as {@code AzureServices}, Terraform's {@code WrapKey}
 * as {@code wrapKey}, and the fixed segments of a lower-cased subnet id in their documented case.
 */
final class Normalise {
    private static final String[] SUBNET_SEGMENTS = {"", "subscriptions", null, "resourceGroups", null, "providers",
            "Microsoft.Network", "virtualNetworks", null, "subnets", null};

    private Normalise() {
    }

    /** The enum's own spelling when the text names one of its values in any case; else the text unchanged. */
    static <E extends Enum<E> & SpecEnum> String enumName(Class<E> type, String text) {
        return SpecEnum.parse(type, text).map(SpecEnum::specName).orElse(text);
    }

    /** A subnet id with its fixed segments in their documented case; names (resource group, network, subnet) kept. */
    static String subnetId(String id) {
        String[] parts = id.split("/", -1);
        if (parts.length != SUBNET_SEGMENTS.length) {
            return id;
        }
        for (int i = 0; i < parts.length; i++) {
            if (SUBNET_SEGMENTS[i] != null && !SUBNET_SEGMENTS[i].equalsIgnoreCase(parts[i])) {
                return id;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            out.append('/').append(SUBNET_SEGMENTS[i] != null ? SUBNET_SEGMENTS[i] : parts[i]);
        }
        return out.toString();
    }

    /** The resource group named in a resource id ({@code .../resourceGroups/<name>/...}), or null. */
    static String resourceGroupOf(String id) {
        String[] parts = id.split("/");
        for (int i = 0; i + 1 < parts.length; i++) {
            if (parts[i].toLowerCase(Locale.ROOT).equals("resourcegroups")) {
                return parts[i + 1];
            }
        }
        return null;
    }
}
