package dev.kvguard.core.azure;

/**
 * Names the first structural problem in text made only of digits, dots and slashes, in words a user can
 * act on ("octet 256 is above 255"). Returns null when the text is shaped like a valid IPv4 CIDR.
 */
final class SyntaxDiagnosis {

    private SyntaxDiagnosis() {
    }

    static String diagnose(String text) {
        int slash = text.indexOf('/');
        if (slash >= 0 && text.indexOf('/', slash + 1) >= 0) {
            return "it has more than one '/'";
        }
        String address = slash >= 0 ? text.substring(0, slash) : text;
        String problem = diagnoseAddress(address);
        if (problem != null || slash < 0) {
            return problem;
        }
        return diagnosePrefix(text.substring(slash + 1));
    }

    private static String diagnoseAddress(String address) {
        // One pass over the dots: validating a maximal vault does this a thousand times.
        int parts = 1;
        for (int i = 0; i < address.length(); i++) {
            if (address.charAt(i) == '.') {
                parts++;
            }
        }
        if (parts != 4) {
            return "it has " + parts + (parts == 1 ? " part" : " parts")
                    + " separated by dots; an IPv4 address has exactly four";
        }
        int start = 0;
        for (int octet = 0; octet < 4; octet++) {
            int end = address.indexOf('.', start);
            if (end < 0) {
                end = address.length();
            }
            String problem = diagnoseOctet(address, start, end);
            if (problem != null) {
                return problem;
            }
            start = end + 1;
        }
        return null;
    }

    private static String diagnoseOctet(String address, int start, int end) {
        int length = end - start;
        if (length == 0) {
            return "it has an empty octet";
        }
        if (length > 1 && address.charAt(start) == '0') {
            return "octet '" + address.substring(start, end) + "' has a leading zero, which some tools read as octal; write it without";
        }
        if (length > 3 || Integer.parseInt(address, start, end, 10) > 255) {
            return "octet " + address.substring(start, end) + " is above 255";
        }
        return null;
    }

    private static String diagnosePrefix(String prefix) {
        if (prefix.isEmpty()) {
            return "it ends in '/' with no prefix length";
        }
        if (prefix.indexOf('.') >= 0) {
            return "the prefix '/" + prefix + "' is a mask; write a prefix length 0-32";
        }
        if (prefix.length() > 1 && prefix.charAt(0) == '0') {
            return "the prefix '/" + prefix + "' has a leading zero";
        }
        if (prefix.length() > 2 || Integer.parseInt(prefix) > 32) {
            return "the prefix /" + prefix + " is outside 0-32";
        }
        return null;
    }
}
