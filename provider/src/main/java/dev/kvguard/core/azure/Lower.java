package dev.kvguard.core.azure;

import java.util.Locale;

/** Case folding of identifiers (GUIDs, resource names), which are ASCII in the overwhelming majority. */
public final class Lower {

    private Lower() {
    }

    /**
     * {@code text.toLowerCase(Locale.ROOT)}, returning {@code text} itself when it has no upper-case letter: the
     * common case (GUIDs, names in lower case) costs one scan and no copy.
     */
    public static String of(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'A' && c <= 'Z') || c >= 0x80) {
                return text.toLowerCase(Locale.ROOT);
            }
        }
        return text;
    }
}
