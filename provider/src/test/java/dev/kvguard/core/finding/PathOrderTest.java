package dev.kvguard.core.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathOrderTest {

    static int cmp(String a, String b) {
        return Integer.signum(PathOrder.INSTANCE.compare(a, b));
    }

    @Test
    void indicesCompareAsNumbers() {
        assertEquals(-1, cmp("a[2]", "a[10]"));
        assertEquals(1, cmp("a[10]", "a[2]"));
        assertEquals(0, cmp("a[02]", "a[2]"));
        assertEquals(-1, cmp("a[9].b", "a[10].a"));
        assertEquals(-1, cmp("a[1]", "a[1].b"));
        assertEquals(1, cmp("a[1].b", "a[1]"));
        assertEquals(0, cmp("", ""));
        assertEquals(-1, cmp("", "a"));
        assertEquals(-1, cmp("x1", "xa"));
        assertEquals(1, cmp("a[3]", "a[2]"));
        assertEquals(-1, cmp("a[19]", "a[21]"));
        assertEquals(0, cmp("a[0]", "a[00]"));
    }

    @Test
    void sortsPathsAsTheUserWroteThem() {
        List<String> paths = new ArrayList<>(List.of("ipRules[10]", "ipRules[2]", "ipRules[1]", "bypass", "ipRules"));
        paths.sort(PathOrder.INSTANCE);
        assertEquals(List.of("bypass", "ipRules", "ipRules[1]", "ipRules[2]", "ipRules[10]"), paths);
    }

    @Test
    void findingsOrderByPathThenRule() {
        Finding b = Finding.of(Rule.IP_RULE_SYNTAX, InputPath.parse("p[2]")).because("m", "f");
        Finding a = Finding.of(Rule.IP_RULE_IPV6, InputPath.parse("p[10]")).because("m", "f");
        Finding c = Finding.of(Rule.IP_RULE_HOST_BITS, InputPath.parse("p[2]")).because("m", "f");
        List<Finding> list = new ArrayList<>(List.of(a, b, c));
        list.sort(Finding.ORDER);
        assertEquals(List.of(c, b, a), list);
        assertTrue(Findings.hasErrors(List.of(a)));
        assertEquals(Severity.WARNING, c.severity());
        assertEquals("", Finding.of(Rule.IP_RULE_SYNTAX, InputPath.parse("p")).value(null).because("m", "f").value());
        assertEquals("error", Severity.ERROR.label());
    }
}
