package dev.kvguard.core.spec.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.declaration.Inputs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The binder knows what the declaration declares, and nothing else. */
class DeclaredBindingTest {

    static final JsonNodeFactory N = JsonNodeFactory.instance;

    @Test
    void readingAPropertyTheTypeDoesNotDeclareIsABugNotAFinding() {
        ObjectBinder limits = new ObjectBinder(N.objectNode().put("vaultName", "kv"), InputPath.of("limits"), new Findings(),
                Inputs.Limits.TYPE);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> limits.string(Inputs.SecureKeyVault.VAULT_NAME));
        assertEquals("SecureKeyVault.vaultName is not declared for 'limits', which knows "
                + "[profile, maxIpRules, maxVirtualNetworkRules, refusedPrefixLengths]", e.getMessage());
    }

    @Test
    void theKnownPropertiesOfEachMappingAreItsDeclaredOnesInDeclaredOrder() throws Exception {
        Finding unknown = BinderMessagesTest.first("vaultName: kv-a\nlimits:\n  zzzzzzzzzzzz: 1\n", "spec-unknown-property");
        assertEquals("Remove it; known properties here: " + String.join(", ", Inputs.Limits.TYPE.propertyNames()) + ".", unknown.fix());
        assertEquals("Remove it; known properties here: profile, maxIpRules, maxVirtualNetworkRules, refusedPrefixLengths.", unknown.fix());
    }

    @Test
    void observedVirtualNetworkRulesKnowOnlyTheSubnetId() throws Exception {
        List<Finding> findings = BinderMessagesTest.bind("""
                vaultName: kv-a
                existing:
                  resourceId: x
                  observed:
                    networkRules:
                      virtualNetworkRules:
                        - subnetId: /a
                          subnett: {}
                """);
        Finding unknown = findings.stream().filter(f -> f.ruleId().equals("spec-unknown-property")).findFirst().orElseThrow();
        assertEquals("existing.observed.networkRules.virtualNetworkRules[0].subnett", String.valueOf(unknown.path()));
        assertEquals("Did you mean 'subnetId'?", unknown.fix());
    }
}
