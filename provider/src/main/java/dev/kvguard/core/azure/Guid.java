package dev.kvguard.core.azure;

/** Azure AD object, tenant and application ids and subscription ids are GUIDs in 8-4-4-4-12 hex form. */
public final class Guid {

    /** A GUID in the example form, for messages. */
    public static final String EXAMPLE = "00000000-0000-0000-0000-000000000000";

    /** ASCII hexadecimal digits. */
    private static final boolean[] HEX = new boolean[128];

    static {
        for (char c : "0123456789abcdefABCDEF".toCharArray()) {
            HEX[c] = true;
        }
    }

    private Guid() {
    }

    /** True for {@code 8-4-4-4-12} hexadecimal digits; a character loop, since it runs for every policy. */
    public static boolean isGuid(String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        if (text.charAt(8) != '-' || text.charAt(13) != '-' || text.charAt(18) != '-' || text.charAt(23) != '-') {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            if ((c >= HEX.length || !HEX[c]) && i != 8 && i != 13 && i != 18 && i != 23) {
                return false;
            }
        }
        return true;
    }
}
