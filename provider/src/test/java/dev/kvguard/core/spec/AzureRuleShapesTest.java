package dev.kvguard.core.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.spec.io.SpecBinder;
import dev.kvguard.core.spec.io.SpecReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules pasted in Azure's shape ({value: ...}, {id: ...}) get a fix naming kvguard's shape. */
class AzureRuleShapesTest {

    private static List<Finding> bind(String yaml) throws Exception {
        return SpecBinder.bind(SpecReader.parse(yaml, "t.yaml", false)).findings();
    }

    @Test
    void azuresIpRuleShapeIsAnsweredWithTheAddressAsAString() throws Exception {
        List<Finding> f = bind("networkRules: {ipRules: [{value: 52.1.2.3}, {value: 40.1.2.0/24, action: Allow}]}");
        List<Finding> types = f.stream().filter(x -> x.ruleId().equals("spec-type")).toList();
        assertEquals("networkRules.ipRules[0]", types.get(0).path().toString());
        assertEquals("Write the address as a string: '52.1.2.3' instead of {value: ...}.", types.get(0).fix());
        // Only the exact Azure shape gets that fix; anything else keeps the generic one.
        assertEquals("Write 'networkRules.ipRules[1]' as a string.", types.get(1).fix());
    }

    @Test
    void azuresVirtualNetworkRuleIdSuggestsSubnetId() throws Exception {
        List<Finding> f = bind("networkRules: {virtualNetworkRules: [{id: /subscriptions/x}]}").stream()
                .filter(x -> x.ruleId().equals("spec-unknown-property")).toList();
        assertEquals(1, f.size());
        assertEquals("networkRules.virtualNetworkRules[0].id", f.get(0).path().toString());
        assertEquals("Did you mean 'subnetId'? Azure's 'id' is kvguard's 'subnetId'.", f.get(0).fix());
    }

    @Test
    void idWhereNoSubnetIdIsKnownKeepsTheEditDistanceSuggestion() throws Exception {
        List<Finding> f = bind("accessPolicies: [{id: x, objectId: 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d}]").stream()
                .filter(x -> x.ruleId().equals("spec-unknown-property")).toList();
        assertEquals(1, f.size());
        assertEquals(false, f.get(0).fix().contains("subnetId"));
    }
}
