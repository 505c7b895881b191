package dev.kvguard.core.net;

import java.util.regex.Pattern;

/** Azure AD object, tenant and application ids and subscription ids are GUIDs in 8-4-4-4-12 hex form. */
public final class Guid {
    static final String PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final Pattern GUID = Pattern.compile(PATTERN);

    /** A GUID in the example form, for messages. */
    public static final String EXAMPLE = "00000000-0000-0000-0000-000000000000";

    private Guid() {
    }

    public static boolean isGuid(String text) {
        return text != null && GUID.matcher(text).matches();
    }
}
