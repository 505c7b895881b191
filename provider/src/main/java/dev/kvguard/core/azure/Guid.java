package dev.kvguard.core.azure;

/** Azure AD object, tenant and application ids and subscription ids are GUIDs in 8-4-4-4-12 hex form. */
public final class Guid {

    /** A GUID in the example form, for messages. */
    public static final String EXAMPLE = "00000000-0000-0000-0000-000000000000";

    private Guid() {
    }

    /** True for {@code 8-4-4-4-12} hexadecimal digits; a character loop, since it runs for every policy. */
    public static boolean isGuid(String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }
}
