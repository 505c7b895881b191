package dev.kvguard.core.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputPathTest {

    private static final InputPath IP_RULES = InputPath.of("networkRules").child("ipRules");

    @Test
    void pathsAreBuiltSegmentBySegmentAndShownAsUsersWriteThem() {
        assertEquals("networkRules.ipRules[3]", IP_RULES.at(3).toString());
        assertEquals("privateEndpoints[0].subnet.name", InputPath.of("privateEndpoints").at(0).child("subnet").child("name").toString());
        assertEquals("", InputPath.ROOT.toString());
        assertTrue(InputPath.ROOT.isRoot());
        assertFalse(IP_RULES.isRoot());
        assertEquals(List.of("networkRules", "ipRules", 3), IP_RULES.at(3).segments());
        assertThrows(IllegalArgumentException.class, () -> IP_RULES.at(-1));
    }

    @Test
    void equalPathsAreEqualHoweverTheyWereMade() {
        assertEquals(IP_RULES.at(3), InputPath.parse("networkRules.ipRules[3]"));
        assertEquals(IP_RULES.at(3).hashCode(), InputPath.parse("networkRules.ipRules[3]").hashCode());
        assertNotEquals(IP_RULES.at(3), IP_RULES.at(4));
        assertNotEquals(IP_RULES, IP_RULES.at(0));
        assertNotEquals(InputPath.of("a").child("b"), InputPath.of("b").child("a"));
    }

    @Test
    void aPathCoversItselfAndWhatLiesBelowIt() {
        assertTrue(IP_RULES.covers(IP_RULES));
        assertTrue(IP_RULES.covers(IP_RULES.at(7)));
        assertTrue(InputPath.ROOT.covers(IP_RULES));
        assertFalse(IP_RULES.at(7).covers(IP_RULES));
        assertFalse(InputPath.of("networkRules").child("ip").covers(IP_RULES));
        // A property whose name starts like another's is not inside it.
        assertFalse(InputPath.of("tag").covers(InputPath.of("tags")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "vaultName", "networkRules.ipRules[10]", "a[0][1].b", "[2]", ".a", "a..b", "a.", "x[\"k\"]",
            "tags.cost.center", "a[0]b", "a[01]", "a[1234567890123]"})
    void anyTextParsesToAPathShownAsTheSameText(String text) {
        assertEquals(text, InputPath.parse(text).toString());
    }

    @Test
    void aNameHoldingADotIsNotTheSameAsTwoNamesAndOrdersApart() {
        InputPath key = InputPath.of("tags").child("cost.center");
        InputPath nested = InputPath.parse("tags.cost.center");
        assertEquals(key.toString(), nested.toString());
        assertNotEquals(key, nested);
        assertNotEquals(0, key.compareTo(nested));
        assertEquals(-Integer.signum(key.compareTo(nested)), Integer.signum(nested.compareTo(key)));
        assertEquals(2, new java.util.TreeSet<>(List.of(key, nested)).size());
    }

    @Test
    void pathsOrderAsTheInputReads() {
        List<InputPath> paths = new ArrayList<>(List.of(IP_RULES.at(10), IP_RULES.at(2), InputPath.of("bypass"), IP_RULES));
        paths.sort(null);
        assertEquals(List.of(InputPath.of("bypass"), IP_RULES, IP_RULES.at(2), IP_RULES.at(10)), paths);
    }
}
