package dev.kvguard.pulumi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.render.Json;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When a finding touches a secret input: by its path, or by any of its texts. */
class SecretRedactionRulesTest {

    static InputTree.Snapshot snapshot(ObjectNode tree, String... secrets) {
        return new InputTree.Snapshot(tree, Set.of(), List.of(), List.of(),
                java.util.Arrays.stream(secrets).map(InputPath::parse).collect(java.util.stream.Collectors.toSet()));
    }

    static Finding vaultName(String message) {
        return Finding.of(Rule.VAULT_NAME, InputPath.parse("vaultName")).value("kv-orders").limit("3-24 characters").because(message, "Rename it.");
    }

    @Test
    void aSegmentOfASecretInAnyCaseMakesAFindingElsewhereGeneric() {
        ObjectNode tree = Json.object();
        tree.putObject("existing").put("resourceId", "/subscriptions/x/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/KV-Hidden");
        List<Finding> out = SecretRedaction.of(snapshot(tree, "existing.resourceId"))
                .findings(List.of(vaultName("The id names vault 'kv-hidden'.")));

        Finding f = out.get(0);
        assertEquals("vaultName", f.path().toString());
        assertEquals("vault-name", f.ruleId());
        assertEquals(SecretRedaction.MARKER, f.value());
        assertEquals("A value derived from a secret input breaks rule vault-name (The vault name breaks Azure's naming "
                + "rules); kvguard does not show it.", f.message());
        assertEquals("Check the secret input at existing.resourceId against the rule; see docs/rules.md.", f.fix());
        assertEquals("", f.limit());
    }

    @Test
    void segmentsShorterThanThreeCharactersAreNotLookedFor() {
        ObjectNode tree = Json.object();
        tree.putObject("tags").put("team", "ab/abc");
        Finding two = vaultName("Ends in 'ab'.");
        Finding three = vaultName("Ends in 'ABC'.");
        List<Finding> out = SecretRedaction.of(snapshot(tree, "tags.team")).findings(List.of(two, three));

        assertSame(two, out.get(0));
        assertEquals(SecretRedaction.MARKER, out.get(1).value());
    }

    @Test
    void aFindingNeitherRelatedNorNamingTheSecretIsKept() {
        ObjectNode tree = Json.object();
        tree.put("tenantId", "72f988bf-86f1-41af-91ab-2d7cd011db47");
        Finding f = vaultName("Too short.");
        assertSame(f, SecretRedaction.of(snapshot(tree, "tenantId")).findings(List.of(f)).get(0));
    }

    @Test
    void pathsAreRelatedWhenOneHoldsTheOtherOrBothShareAListItemOrTopLevelObject() {
        assertTrue(SecretRedaction.related(InputPath.parse("privateEndpoints[0].subnet.addressPrefix"), InputPath.parse("privateEndpoints[0].staticIpAddress")));
        assertFalse(SecretRedaction.related(InputPath.parse("privateEndpoints[0].subnet.addressPrefix"), InputPath.parse("privateEndpoints[1].staticIpAddress")));
        assertTrue(SecretRedaction.related(InputPath.parse("privateEndpoints[2].name"), InputPath.parse("privateEndpoints")));
        assertTrue(SecretRedaction.related(InputPath.parse("networkRules.ipRules"), InputPath.parse("networkRules.ipRules[3]")));
        assertTrue(SecretRedaction.related(InputPath.parse("existing.resourceId"), InputPath.parse("existing.observed.sku")));
        assertFalse(SecretRedaction.related(InputPath.parse("tenantId"), InputPath.parse("vaultName")));
        assertFalse(SecretRedaction.related(InputPath.parse("networkRules.ipRules[0]"), InputPath.parse("networkRules.ipRules[1]")));
        assertTrue(SecretRedaction.related(InputPath.parse("networkRules.virtualNetworkRules[0].subnet.addressPrefix"), 
                InputPath.parse("networkRules.virtualNetworkRules[0].subnet.name")));
    }

    @Test
    void theOwnerIsTheNearestListItemElseTheTopLevelObject() {
        assertEquals(Optional.of(InputPath.parse("privateEndpoints[0]")), SecretRedaction.owner(InputPath.parse("privateEndpoints[0].subnet.addressPrefix")));
        assertEquals(Optional.of(InputPath.parse("a.b[1].c[2]")), SecretRedaction.owner(InputPath.parse("a.b[1].c[2].d")));
        assertEquals(Optional.of(InputPath.parse("existing")), SecretRedaction.owner(InputPath.parse("existing.observed.sku")));
        assertEquals(Optional.empty(), SecretRedaction.owner(InputPath.parse("tenantId")));
    }
}
