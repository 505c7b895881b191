package dev.kvguard.core.spec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Typed access-policy permissions, in the order the user gave them (duplicates dropped).
 */
public record Permissions(List<KeyPermission> keys, List<SecretPermission> secrets,
                          List<CertificatePermission> certificates, List<StoragePermission> storage) {

    public static final Permissions NONE = new Permissions(List.of(), List.of(), List.of(), List.of());

    public Permissions {
        keys = distinct(keys);
        secrets = distinct(secrets);
        certificates = distinct(certificates);
        storage = distinct(storage);
    }

    public static Permissions keys(KeyPermission... keys) {
        return new Permissions(List.of(keys), List.of(), List.of(), List.of());
    }

    public static Permissions secrets(SecretPermission... secrets) {
        return new Permissions(List.of(), List.of(secrets), List.of(), List.of());
    }

    public Permissions plus(Permissions other) {
        return new Permissions(concat(keys, other.keys), concat(secrets, other.secrets),
                concat(certificates, other.certificates), concat(storage, other.storage));
    }

    public boolean isEmpty() {
        return keys.isEmpty() && secrets.isEmpty() && certificates.isEmpty() && storage.isEmpty();
    }

    /** True when every permission in {@code needed} is granted here, directly or through {@code all}. */
    public boolean covers(Permissions needed) {
        return grants(keys, KeyPermission.ALL, needed.keys)
                && grants(secrets, SecretPermission.ALL, needed.secrets)
                && grants(certificates, CertificatePermission.ALL, needed.certificates)
                && grants(storage, StoragePermission.ALL, needed.storage);
    }

    /** {@code keys: get, wrapKey; secrets: get} - for messages and plans. */
    public String describe() {
        StringBuilder b = new StringBuilder(64);
        part(b, "keys", keys);
        part(b, "secrets", secrets);
        part(b, "certificates", certificates);
        part(b, "storage", storage);
        return b.length() == 0 ? "no permissions" : b.toString();
    }

    private static <P extends SpecEnum> void part(StringBuilder b, String label, List<P> permissions) {
        if (!permissions.isEmpty()) {
            b.append(b.length() == 0 ? "" : "; ").append(label).append(": ");
            for (int i = 0; i < permissions.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(permissions.get(i).specName());
            }
        }
    }

    private static <P> boolean grants(List<P> granted, P all, List<P> needed) {
        return granted.contains(all) || granted.containsAll(needed);
    }

    private static <P> List<P> distinct(List<P> list) {
        return list == null ? List.of() : List.copyOf(new LinkedHashSet<>(list));
    }

    private static <P> List<P> concat(List<P> a, List<P> b) {
        List<P> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
