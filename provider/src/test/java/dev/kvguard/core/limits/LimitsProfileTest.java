package dev.kvguard.core.limits;

import static dev.kvguard.testing.TestSpecs.byRule;
import static dev.kvguard.testing.TestSpecs.publicAddresses;
import static dev.kvguard.testing.TestSpecs.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.spec.LimitsSpec;
import dev.kvguard.core.spec.NetworkRulesSpec;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.spec.io.BoundSpec;
import dev.kvguard.core.validate.ValidationReport;
import dev.kvguard.core.validate.Validator;
import dev.kvguard.testing.TestSpecs;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitsProfileTest {

    @Test
    void defaultIsTheReferenceDocument() {
        assertSame(LimitsProfile.REFERENCE_2019, LimitsProfile.DEFAULT);
        assertEquals(127, LimitsProfile.DEFAULT.maxIpRules());
        assertEquals(127, LimitsProfile.DEFAULT.maxVirtualNetworkRules());
        assertEquals(List.of(31, 32), List.copyOf(LimitsProfile.DEFAULT.refusedPrefixLengths()));
        assertEquals(1000, LimitsProfile.CURRENT.maxIpRules());
        assertEquals(200, LimitsProfile.CURRENT.maxVirtualNetworkRules());
        assertEquals(List.of(), List.copyOf(LimitsProfile.CURRENT.refusedPrefixLengths()));
        assertTrue(LimitsProfile.CURRENT.source().contains("learn.microsoft.com/azure/key-vault/general/network-security"));
    }

    @Test
    void singleAddressesGoToAzureAsSlash32OnlyWhereTheProfileAcceptsSlash32() {
        assertEquals("52.168.0.7/32", LimitsProfile.CURRENT.azureIpRule("52.168.0.7"));
        assertEquals("40.74.28.0/24", LimitsProfile.CURRENT.azureIpRule("40.74.28.0/24"));
        assertEquals("52.168.0.7", LimitsProfile.REFERENCE_2019.azureIpRule("52.168.0.7"));
        assertEquals("52.168.0.7/32", LimitsProfile.REFERENCE_2019.withOverrides(null, null, List.of(31)).azureIpRule("52.168.0.7"));
    }

    @Test
    void theFallbackProfileAppliesToSpecsThatNameNoneOnlyWhereItIsPassed() {
        VaultSpec unnamed = TestSpecs.valid().build();
        assertEquals("current", Validator.validate(new BoundSpec(unnamed, List.of()), LimitsProfile.CURRENT).profile().name());
        assertEquals("reference-2019", validate(unnamed).profile().name());
        VaultSpec named = TestSpecs.valid().limits(new LimitsSpec("reference-2019", null, null, null)).build();
        assertEquals("reference-2019", Validator.validate(new BoundSpec(named, List.of()), LimitsProfile.CURRENT).profile().name());
    }

    @Test
    void overridesAreAppliedAndNamed() {
        ValidationReport report = validate(TestSpecs.valid().limits(new LimitsSpec("current", 400, null, List.of(31, 32)))
                .networkRules(new NetworkRulesSpec(null, null, publicAddresses(401), null)).build());
        assertEquals("current+maxIpRules=400,refusedPrefixLengths=[31,32]", report.profile().name());
        assertEquals(400, report.profile().maxIpRules());
        assertTrue(byRule(report, "ip-rule-count").get(0).message().contains("limit of 400"));
    }

    @Test
    void overridesEqualToTheProfileKeepItsName() {
        assertSame(LimitsProfile.CURRENT, LimitsProfile.CURRENT.withOverrides(1000, 200, List.of()));
    }

    @Test
    void unknownProfilesAndUnusableOverridesAreFindings() {
        ValidationReport report = validate(TestSpecs.valid().limits(new LimitsSpec("latest", 0, -5, List.of(33))).build());
        assertEquals("reference-2019", report.profile().name());
        assertEquals(List.of("limits.maxIpRules", "limits.maxVirtualNetworkRules", "limits.refusedPrefixLengths[0]"),
                byRule(report, "limits-override").stream().map(f -> f.path().toString()).toList());
        assertEquals("latest", byRule(report, "limits-profile").get(0).value());
    }

    @Test
    void profilesAreFoundByNameIgnoringCase() {
        assertSame(LimitsProfile.CURRENT, LimitsProfile.named("CURRENT").orElseThrow());
        assertTrue(LimitsProfile.named("nope").isEmpty());
    }
}
