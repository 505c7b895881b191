package dev.kvguard.core.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SyntaxDiagnosisTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "255.255.255.255", "1.2.3.4/0", "1.2.3.4/9", "1.2.3.4/32", "10.0.0.0/8"})
    void wellShapedTextHasNoProblem(String text) {
        assertNull(SyntaxDiagnosis.diagnose(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234|it has 1 part separated by dots; an IPv4 address has exactly four",
            "1.2|it has 2 parts separated by dots; an IPv4 address has exactly four",
            "1.2.3.4.5|it has 5 parts separated by dots; an IPv4 address has exactly four",
            "1..3.4|it has an empty octet",
            ".1.2.3|it has an empty octet",
            "1.2.3.|it has an empty octet",
            "01.2.3.4|octet '01' has a leading zero, which some tools read as octal; write it without",
            "256.2.3.4|octet 256 is above 255",
            "1.2.3.1000|octet 1000 is above 255",
            "1.2.3.4/|it ends in '/' with no prefix length",
            "1.2.3.4/255.0|the prefix '/255.0' is a mask; write a prefix length 0-32",
            "1.2.3.4/01|the prefix '/01' has a leading zero",
            "1.2.3.4/33|the prefix /33 is outside 0-32",
            "1.2.3.4/100|the prefix /100 is outside 0-32",
            "1.2.3.4/1/2|it has more than one '/'"})
    void namesTheFirstProblem(String text, String problem) {
        assertEquals(problem, SyntaxDiagnosis.diagnose(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.2. 3.4|it contains whitespace at position 5",
            "1.2.3.x|it contains 'x' at position 7; only digits 0-9, dots and one '/' are allowed",
            "1.2.3.~|it contains '~' at position 7; only digits 0-9, dots and one '/' are allowed",
            "1:2|it contains ':' but is not a valid IPv6 address either"})
    void parserReasonsNamePositions(String text, String reason) {
        assertEquals(reason, ((Ipv4Parser.Invalid) Ipv4Parser.parse(text)).reason());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"64|it has 1 part", "65|it is 65 characters long; an IPv4 CIDR range has at most 18"})
    void lengthLimitIsSixtyFour(int length, String start) {
        String reason = ((Ipv4Parser.Invalid) Ipv4Parser.parse("1".repeat(length))).reason();
        assertEquals(start, reason.substring(0, Math.min(reason.length(), start.length())), reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.2.3.\u007F|\\u007F", "1.2.3.\u00E9|\\u00E9"})
    void nonAsciiIsEscapedInReasons(String text, String shown) {
        assertEquals("it contains '" + shown + "' at position 7; only digits 0-9, dots and one '/' are allowed",
                ((Ipv4Parser.Invalid) Ipv4Parser.parse(text)).reason());
    }
}
