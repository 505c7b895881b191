package dev.kvguard.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.finding.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAndMarkdownTest {

    static final Finding ERROR = Finding.of(Rule.IP_RULE_SYNTAX, InputPath.parse("networkRules.ipRules[0]")).value("1.2.3").because("Bad.", "Fix it.");
    static final Finding WARNING = Finding.of(Rule.IP_RULE_HOST_BITS, InputPath.parse("networkRules.ipRules[1]")).because("Odd.", "Tidy it.");

    @Test
    void summariesCountErrorsAndWarnings() {
        assertEquals("no findings", TextFindings.summary(List.of()));
        assertEquals("1 error, 0 warnings", TextFindings.summary(List.of(ERROR)));
        assertEquals("2 errors, 1 warning", TextFindings.summary(List.of(ERROR, ERROR, WARNING)));
        assertEquals("0 errors, 1 warning", TextFindings.summary(List.of(WARNING)));
    }

    @Test
    void findingsPrintOnThreeLines() {
        StringBuilder out = new StringBuilder();
        TextFindings.append(out, List.of(ERROR, WARNING));
        assertEquals("""
                  error   ip-rule-syntax  networkRules.ipRules[0] = 1.2.3
                          Bad.
                          fix: Fix it.
                  warning ip-rule-host-bits  networkRules.ipRules[1]
                          Odd.
                          fix: Tidy it.
                """, out.toString());
    }
}
