package dev.kvguard.core.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecListTest {

    @Test
    void aListBuiltInCodeHasEveryItemWhereItStands() {
        SpecList<String> list = SpecList.copyOf(List.of("a", "b"));
        assertEquals(List.of("a", "b"), list);
        assertEquals(0, list.position(0));
        assertEquals(1, list.position(1));
        assertEquals(2, list.written());
        assertEquals(1, SpecList.position(List.of("x", "y"), 1));
        assertEquals(2, SpecList.written(List.of("x", "y")));
    }

    @Test
    void aBoundListKeepsTheUsersIndicesAndCountsWhatWasDropped() {
        SpecList<String> list = SpecList.<String>builder().skip(0).add("b", 1).add("c", 2).skip(3).build();
        assertEquals(List.of("b", "c"), list);
        assertEquals(1, list.position(0));
        assertEquals(2, list.position(1));
        assertEquals(4, list.written());
        assertSame(list, SpecList.copyOf(list)); // records keep positions when they copy
        assertEquals(List.of("b", "c"), new ArrayList<>(list));
        assertEquals(List.of("b", "c").hashCode(), list.hashCode());
    }

    @Test
    void aListWhoseItemsWereAllDroppedIsEmptyButWasWritten() {
        SpecList<String> list = SpecList.<String>builder().skip(0).skip(1).build();
        assertEquals(List.of(), list);
        assertEquals(2, list.written());
        assertEquals(2, SpecList.written(SpecList.copyOf(list)));
        assertSame(SpecList.of(), SpecList.copyOf(null));
        assertSame(SpecList.of(), SpecList.copyOf(new ArrayList<String>()));
    }

    @Test
    void anItemAddedInCodeStandsAfterEverythingTheUserWrote() {
        SpecList<String> list = SpecList.<String>builder().addAll(SpecList.<String>builder().add("a", 0).skip(1).build())
                .append("z").build();
        assertEquals(List.of("a", "z"), list);
        assertEquals(0, list.position(0));
        assertEquals(2, list.position(1));
        assertEquals(3, list.written());
    }

    @Test
    void refusesNullItemsAndPositionsOutOfOrder() {
        assertThrows(NullPointerException.class, () -> SpecList.copyOf(Arrays.asList("a", null)));
        assertThrows(NullPointerException.class, () -> SpecList.<String>builder().add(null, 0));
        assertThrows(IllegalArgumentException.class, () -> SpecList.<String>builder().add("a", 1).add("b", 1));
        assertThrows(IllegalArgumentException.class, () -> SpecList.<String>builder().skip(2).skip(1));
        assertThrows(IndexOutOfBoundsException.class, () -> SpecList.copyOf(List.of("a")).position(1));
        assertThrows(UnsupportedOperationException.class, () -> SpecList.copyOf(List.of("a")).add("b"));
    }
}
