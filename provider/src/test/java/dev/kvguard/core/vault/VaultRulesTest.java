package dev.kvguard.core.vault;

import static dev.kvguard.testing.TestSpecs.byRule;
import static dev.kvguard.testing.TestSpecs.single;
import static dev.kvguard.testing.TestSpecs.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.testing.TestSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VaultRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"kv1", "abc", "a23456789012345678901234", "kv-payments-prod", "KV-Upper-1", "a-b-c"})
    void validNames(String name) {
        assertEquals(0, byRule(validate(TestSpecs.valid().vaultName(name).build()), "vault-name").size(), name);
    }

    @ParameterizedTest
    @CsvSource({
            "kv, is 2 characters long, kv0",
            "a234567890123456789012345, is 25 characters long, a23456789012345678901234",
            "1kv, starts with '1', kv-1kv",
            "kv-, ends with '-', kv0",
            "kv--prod, contains '--', kv-prod",
            "kv_prod, contains '_', kv-prod",
            "kv.prod, contains '.', kv-prod"})
    void invalidNamesNameTheBrokenRuleAndSuggestAFix(String name, String problem, String suggestion) {
        Finding f = single(validate(TestSpecs.valid().vaultName(name).build()), "vault-name");
        assertTrue(f.message().contains(problem), f.message());
        assertTrue(f.message().contains(VaultName.RULES), f.message());
        assertTrue(f.fix().contains("'" + suggestion + "'"), f.fix());
        assertEquals(name, f.value());
    }

    @Test
    void everyBrokenNameRuleIsListed() {
        Finding f = single(validate(TestSpecs.valid().vaultName("1-").build()), "vault-name");
        assertTrue(f.message().contains("is 2 characters long") && f.message().contains("starts with '1'")
                && f.message().contains("ends with '-'"), f.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"contoso.onmicrosoft.com", "8d3c2f1a5b6e4c7d9a0b1e2f3a4b5c6d", "8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6", ""})
    void tenantIdMustBeAGuid(String tenant) {
        Finding f = single(validate(TestSpecs.valid().tenantId(tenant).build()), "tenant-id");
        assertEquals("tenantId", f.path().toString());
    }

    @ParameterizedTest
    @CsvSource({"6, true", "7, false", "90, false", "91, true", "0, true", "-1, true"})
    void softDeleteRetentionBoundaries(int days, boolean refused) {
        var findings = byRule(validate(TestSpecs.valid().softDeleteRetentionInDays(days).build()), "soft-delete-retention");
        assertEquals(refused ? 1 : 0, findings.size());
        if (refused) {
            assertTrue(findings.get(0).message().contains("outside 7-90 days"));
            assertEquals("7-90 days", findings.get(0).limit());
        }
    }
}
