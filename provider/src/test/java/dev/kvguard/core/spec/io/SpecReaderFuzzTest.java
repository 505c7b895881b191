package dev.kvguard.core.spec.io;

import static dev.kvguard.testing.Properties.between;
import static dev.kvguard.testing.Properties.forAll;
import static dev.kvguard.testing.Properties.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.validate.Validator;
import dev.kvguard.testing.Properties;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Mutated specs, in both formats: the reader either gives a mapping that binds and validates without an
 * exception, or refuses with one line that never quotes the file. Seeded; a failure names its seed.
 */
class SpecReaderFuzzTest {
    /** Stands for a secret in the file; refusals must never contain it. */
    static final String MARK = "QmFkU2VjcmV0";

    static final String YAML = """
            vaultName: kv-a
            resourceGroupName: rg
            location: westeurope
            tenantId: 8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d
            tags: {team: &t QmFkU2VjcmV0}
            networkRules:
              defaultAction: Deny
              ipRules: [52.1.2.3, 40.1.2.0/24]
              virtualNetworkRules:
                - subnet: {resourceGroupName: rg, virtualNetworkName: vn, name: s, addressPrefix: 10.0.0.0/24}
            accessPolicies:
              - objectId: 8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d
                permissions: {secrets: [get, *t]}
            """;

    static final String JSON = "{\"vaultName\": \"kv-a\", \"resourceGroupName\": \"rg\", \"location\": \"l\", \"tenantId\": \""
            + "8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d\", \"tags\": {\"team\": \"" + MARK + "\"}, \"networkRules\": {\"ipRules\": "
            + "[\"52.1.2.3\", 7, null], \"defaultAction\": \"Deny\"}, \"softDeleteRetentionInDays\": 30}";

    /** The characters that matter to YAML and JSON syntax, and some that should never appear. */
    static final String HOSTILE = "[]{}:,-?&*!|>'\"#%@`<< \t\n\r\u0000\uFEFF\u202E\\u0aéQ~.0x1e";

    record Mutant(String text, boolean json) {
        @Override
        public String toString() {
            return (json ? "json: " : "yaml: ") + text;
        }
    }

    static Mutant mutate(SplittableRandom r) {
        boolean json = r.nextBoolean();
        StringBuilder b = new StringBuilder(json ? JSON : YAML);
        int edits = between(r, 1, 4);
        for (int i = 0; i < edits; i++) {
            int at = r.nextInt(b.length() + 1);
            switch (r.nextInt(4)) {
                case 0 -> b.insert(at, string(r, HOSTILE, 1, 3));
                case 1 -> b.delete(at, Math.min(b.length(), at + between(r, 1, 8)));
                case 2 -> b.insert(at, b.substring(at, Math.min(b.length(), at + between(r, 1, 40))));
                default -> b.insert(at, "\n" + string(r, " ", 0, 4) + string(r, HOSTILE, 1, 6) + ": " + string(r, HOSTILE, 0, 6));
            }
        }
        return new Mutant(b.toString(), json);
    }

    @Test
    void mutatedSpecsAreReadOrRefusedInOneLineWithoutQuotingThem() {
        assertEquals(Properties.TRIES, forAll("mutatedSpecsAreReadOrRefusedInOneLineWithoutQuotingThem", SpecReaderFuzzTest::mutate, m -> {
            try {
                BoundSpec bound = SpecBinder.bind(SpecReader.parse(m.text(), "t", m.json()));
                Validator.validate(bound);
            } catch (SpecSyntaxException e) {
                assertEquals(1, e.getMessage().lines().count(), e.getMessage());
                assertTrue(e.getMessage().startsWith("t: "), e.getMessage());
                assertFalse(e.getMessage().contains(MARK), e.getMessage());
                // Every refusal is one kvguard anticipated, not a parser failure caught by the last-resort handler.
                assertFalse(e.getMessage().contains("cannot be parsed"), e.getMessage());
            }
        }));
    }
}
