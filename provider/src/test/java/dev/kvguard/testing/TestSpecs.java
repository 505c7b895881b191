package dev.kvguard.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.spec.LoggingSpec;
import dev.kvguard.core.spec.NetworkRulesSpec;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.spec.io.BoundSpec;
import dev.kvguard.core.spec.io.SpecBinder;
import dev.kvguard.core.spec.io.SpecReader;
import dev.kvguard.core.spec.io.SpecSyntaxException;
import dev.kvguard.core.validate.ValidationReport;
import dev.kvguard.core.validate.Validator;
import java.util.List;
import java.util.stream.IntStream;

/** Builders for specs in tests: a valid baseline, and helpers to find findings by rule id. */
public final class TestSpecs {
    public static final String TENANT = "8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d";
    public static final String SUBSCRIPTION = "6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d";
    public static final String WORKSPACE = "/subscriptions/" + SUBSCRIPTION
            + "/resourceGroups/rg-monitoring/providers/Microsoft.OperationalInsights/workspaces/law-platform";

    private TestSpecs() {
    }

    /** A valid, firewalled vault with logging and no rules. */
    public static VaultSpec.Builder valid() {
        return VaultSpec.builder().vaultName("kv-test-01").resourceGroupName("rg-test").location("westeurope")
                .tenantId(TENANT)
                .logging(new LoggingSpec(WORKSPACE, null, null, null, null, true, null, null));
    }

    public static VaultSpec withIpRules(List<String> ipRules) {
        return valid().networkRules(new NetworkRulesSpec(null, null, ipRules, null)).build();
    }

    public static String subnetId(String vnet, String subnet) {
        return "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/"
                + vnet + "/subnets/" + subnet;
    }

    /** {@code n} distinct public single addresses in 52.0.0.0/8. */
    public static List<String> publicAddresses(int n) {
        return IntStream.range(0, n).mapToObj(i -> "52." + (i / 65536) + "." + ((i / 256) % 256) + "." + (i % 256))
                .toList();
    }

    public static ValidationReport validate(VaultSpec spec) {
        return Validator.validate(spec);
    }

    /** Parses YAML text and binds it, failing the test on a syntax error. */
    public static BoundSpec yaml(String text) {
        try {
            return SpecBinder.bind(SpecReader.parse(text, "test.yaml", false));
        } catch (SpecSyntaxException e) {
            return fail(e.getMessage());
        }
    }

    public static ValidationReport validateYaml(String text) {
        return Validator.validate(yaml(text));
    }

    public static List<Finding> byRule(ValidationReport report, String ruleId) {
        return report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    public static List<Finding> byRule(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    public static Finding single(ValidationReport report, String ruleId) {
        List<Finding> hits = byRule(report, ruleId);
        if (hits.size() != 1) {
            fail("expected exactly one " + ruleId + " finding, got " + hits + " among " + report.findings());
        }
        return hits.get(0);
    }
}
