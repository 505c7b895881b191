package dev.kvguard.core.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Azure's Key Vault naming rules, each checked on its own so the message names every one that is broken. */
final class VaultName {
    static final int MIN = 3;
    static final int MAX = 24;
    static final String RULES = MIN + "-" + MAX
            + " characters of letters, digits and hyphens, starting with a letter, ending with a letter or digit, "
            + "with no consecutive hyphens";

    private VaultName() {
    }

    /** The broken rules in words ("is 2 characters long; starts with '1'"), or empty when the name is valid. */
    static Optional<String> problems(String name) {
        List<String> problems = new ArrayList<>();
        if (name.length() < MIN || name.length() > MAX) {
            problems.add("is " + name.length() + " characters long");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '-') {
                problems.add("contains '" + c + "'");
                break;
            }
        }
        if (!name.isEmpty() && !isAsciiLetter(name.charAt(0))) {
            problems.add("starts with '" + name.charAt(0) + "'");
        }
        if (!name.isEmpty() && !isAsciiLetterOrDigit(name.charAt(name.length() - 1))) {
            problems.add("ends with '" + name.charAt(name.length() - 1) + "'");
        }
        if (name.contains("--")) {
            problems.add("contains '--'");
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    /** A valid name close to the given one, for the fix. */
    static String suggest(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            char keep = isAsciiLetterOrDigit(c) ? c : '-';
            if (!(keep == '-' && (b.length() == 0 || b.charAt(b.length() - 1) == '-'))) {
                b.append(keep);
            }
        }
        String s = b.toString();
        if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) {
            s = "kv-" + s;
        }
        if (s.length() > MAX) {
            s = s.substring(0, MAX);
        }
        while (s.endsWith("-")) {
            s = s.substring(0, s.length() - 1);
        }
        while (s.length() < MIN) {
            s = s + "0";
        }
        return s;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }
}
