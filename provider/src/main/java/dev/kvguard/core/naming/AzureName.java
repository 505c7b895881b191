package dev.kvguard.core.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * One of Azure's naming rules: a length range, the characters allowed, and what the first and last
 * character may be. The rules are those of Microsoft's "Naming rules and restrictions for Azure resources"
 * (https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules) and, for tags,
 * "Use tags to organize your Azure resources" (https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources).
 *
 * @param what    what is named, for messages ("resource group name")
 * @param min     fewest characters
 * @param max     most characters
 * @param allowed the characters allowed anywhere
 * @param first   the characters allowed first
 * @param last    the characters allowed last
 * @param rules   the whole rule in words, as the documentation states it
 */
record AzureName(String what, int min, int max, IntPredicate allowed, IntPredicate first, IntPredicate last, String rules) {

    static boolean isAsciiAlphanumeric(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * Characters nobody reading a name can see or trust: controls, and the invisible formatting characters
     * (bidi overrides, zero-width joiners) that make text display differently from what it is.
     */
    static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED || type == Character.SURROGATE;
    }

    /** Resource groups: 1-90 of letters, digits, '_', '-', '.', '(' and ')'; not ending with '.'. Letters may be Unicode. */
    static final AzureName RESOURCE_GROUP = new AzureName("resource group name", 1, 90,
            c -> Character.isLetterOrDigit(c) && !isInvisible(c) || "_-.()".indexOf(c) >= 0, c -> true, c -> c != '.',
            "1-90 characters of letters, digits, underscores, hyphens, periods and parentheses, not ending with a period");

    /** Virtual networks: 2-64 of ASCII alphanumerics, '_', '.', '-'; starting alphanumeric, ending alphanumeric or '_'. */
    static final AzureName VIRTUAL_NETWORK = network("virtual network name", 2, 64);

    /** Private endpoints: 2-64, the same characters as virtual networks. */
    static final AzureName PRIVATE_ENDPOINT = network("private endpoint name", 2, 64);

    /** Subnets: 1-80, the same characters as virtual networks. */
    static final AzureName SUBNET = network("subnet name", 1, 80);

    /** Tag names: up to 512 characters, none of {@code < > % & \ ? /}. kvguard also refuses invisible characters. */
    static final AzureName TAG_NAME = new AzureName("tag name", 1, 512,
            c -> "<>%&\\?/".indexOf(c) < 0 && !isInvisible(c), c -> true, c -> true,
            "1-512 characters, none of < > % & \\ ? / and no control or invisible formatting characters");

    /** Tag values: up to 256 characters. kvguard also refuses invisible characters. */
    static final AzureName TAG_VALUE = new AzureName("tag value", 0, 256, c -> !isInvisible(c), c -> true, c -> true,
            "at most 256 characters, with no control or invisible formatting characters");

    /**
     * Locations: an Azure region, by its programmatic name ({@code westeurope}, {@code eastus2}, as
     * {@code az account list-locations} lists it) or by its display name ({@code West Europe}): Resource
     * Manager matches locations ignoring case and spaces, so both deploy. Anything else (hyphens,
     * underscores, accents, punctuation) names no region. 64 is kvguard's bound; region names are far shorter.
     */
    static final AzureName LOCATION = new AzureName("location", 1, 64,
            c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ',
            c -> c != ' ', c -> c != ' ',
            "a region name of letters and digits (e.g. westeurope, or its display name West Europe)");

    /**
     * Diagnostic settings (Microsoft.Insights/diagnosticSettings): Microsoft's naming page has no row for them, so
     * kvguard applies its Microsoft.Insights rows (action groups, autoscale settings): 1-260 characters, none of
     * {@code : < > + / & % \ ? |} nor a control character, not ending with a space or period; and, as the page
     * says for every resource, no {@code #}, which breaks the resource id's URL.
     */
    static final AzureName DIAGNOSTIC_SETTING = new AzureName("diagnostic setting name", 1, 260,
            c -> ":<>+/&%\\?|#".indexOf(c) < 0 && !isInvisible(c), c -> true, c -> c != ' ' && c != '.',
            "1-260 characters, none of : < > + / & % \\ ? | # and no control or invisible characters, not ending with a "
                    + "space or period");

    private static AzureName network(String what, int min, int max) {
        return new AzureName(what, min, max, c -> isAsciiAlphanumeric(c) || "_.-".indexOf(c) >= 0,
                AzureName::isAsciiAlphanumeric, c -> isAsciiAlphanumeric(c) || c == '_',
                min + "-" + max + " characters of letters, digits, underscores, periods and hyphens, starting with a "
                        + "letter or digit and ending with a letter, digit or underscore");
    }

    /** The broken parts of the rule in words ("is 95 characters long; contains U+0060"), or empty when the name is valid. */
    Optional<String> problems(String name) {
        if (plainlyValid(name)) {
            return Optional.empty(); // the common case, without the code-point analysis below
        }
        List<String> problems = new ArrayList<>();
        int length = name.codePointCount(0, name.length());
        if (length < min || length > max) {
            problems.add("is " + length + " characters long");
        }
        name.codePoints().filter(allowed.negate()).findFirst().ifPresent(c -> problems.add("contains " + describe(c)));
        if (!name.isEmpty() && allowed.test(name.codePointAt(0)) && !first.test(name.codePointAt(0))) {
            problems.add("starts with " + describe(name.codePointAt(0)));
        }
        int end = name.isEmpty() ? -1 : name.codePointBefore(name.length());
        if (end >= 0 && allowed.test(end) && !last.test(end)) {
            problems.add("ends with " + describe(end));
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    /** An ASCII name within the length limits whose every character is allowed where it stands. */
    private boolean plainlyValid(String name) {
        int n = name.length();
        if (n == 0 || n < min || n > max) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c >= 0x80 || !allowed.test(c)) {
                return false;
            }
        }
        return first.test(name.charAt(0)) && last.test(name.charAt(n - 1));
    }

    /** A character as its code point, so that messages show invisible or look-alike ones unambiguously. */
    static String describe(int c) {
        String code = String.format("U+%04X", c);
        return c > 0x20 && c < 0x7F ? "'" + (char) c + "' (" + code + ")" : code;
    }
}
