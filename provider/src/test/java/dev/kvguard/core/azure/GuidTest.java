package dev.kvguard.core.azure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuidTest {

    @ParameterizedTest
    @ValueSource(strings = {"00000000-0000-0000-0000-000000000000", "8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d",
            "8D3C2F1A-5B6E-4C7D-9A0B-1E2F3A4B5C6D", "abcdefAB-CDEF-0123-4567-89abcdefABCD", "99999999-9999-9999-9999-999999999999"})
    void acceptsHexDigitsInTheFiveGroups(String text) {
        assertTrue(Guid.isGuid(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6", // one digit short
            "8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d0", // one digit more
            "8d3c2f1a5-b6e-4c7d-9a0b-1e2f3a4b5c6d", // a dash one place late
            "8d3c2f1a-5b6e-4c7d-9a0b_1e2f3a4b5c6d", // not a dash
            "{8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c}",
            "8d3c2f1g-5b6e-4c7d-9a0b-1e2f3a4b5c6d", // g, the letter after f
            "8d3c2f1G-5b6e-4c7d-9a0b-1e2f3a4b5c6d",
            "8d3c2f1@-5b6e-4c7d-9a0b-1e2f3a4b5c6d", // '@' | 0x20 is '`', just before 'a'
            "8d3c2f1/-5b6e-4c7d-9a0b-1e2f3a4b5c6d", // '/' and ':' around the digits
            "8d3c2f1:-5b6e-4c7d-9a0b-1e2f3a4b5c6d",
            "8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6\u0141", // a character whose low byte is 'A'
            "8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6\u0661", // an Arabic-Indic digit
            "8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c-d", "payments-api@contoso.com"})
    void refusesAnythingElse(String text) {
        assertFalse(Guid.isGuid(text), text);
    }

    @Test
    void refusesNull() {
        assertFalse(Guid.isGuid(null));
    }
}
