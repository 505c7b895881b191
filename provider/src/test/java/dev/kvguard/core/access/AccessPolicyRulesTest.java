package dev.kvguard.core.access;

import static dev.kvguard.testing.TestSpecs.byRule;
import static dev.kvguard.testing.TestSpecs.single;
import static dev.kvguard.testing.TestSpecs.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Severity;
import dev.kvguard.core.spec.AccessPolicySpec;
import dev.kvguard.core.spec.CertificatePermission;
import dev.kvguard.core.spec.KeyPermission;
import dev.kvguard.core.spec.Permissions;
import dev.kvguard.core.spec.SecretPermission;
import dev.kvguard.core.validate.ValidationReport;
import dev.kvguard.testing.TestSpecs;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AccessPolicyRulesTest {

    private static AccessPolicySpec policy(String objectId, Permissions permissions) {
        return new AccessPolicySpec(objectId, null, null, null, permissions);
    }

    private static List<AccessPolicySpec> policies(int n) {
        return IntStream.range(0, n).mapToObj(i -> policy(new UUID(0xabcdL, i).toString(), Permissions.secrets(SecretPermission.GET)))
                .toList();
    }

    @Test
    void upTo1024PoliciesPassAnd1025Fail() {
        assertEquals(List.of(), validate(TestSpecs.valid().accessPolicies(policies(1024)).build()).findings());
        Finding f = single(validate(TestSpecs.valid().accessPolicies(policies(1025)).build()), "access-policy-count");
        assertTrue(f.message().contains("limit of 1024"), f.message());
        assertEquals("1025", f.value());
    }

    @Test
    void objectTenantAndApplicationIdsMustBeGuids() {
        ValidationReport report = validate(TestSpecs.valid().accessPolicy(
                new AccessPolicySpec("alice@contoso.com", "contoso", "app", null, Permissions.NONE)).build());
        assertEquals(List.of("accessPolicies[0].applicationId", "accessPolicies[0].objectId", "accessPolicies[0].tenantId"),
                byRule(report, "access-policy-object-id").stream().map(f -> f.path().toString()).toList());
    }

    @Test
    void allAndPurgeAreBroadWarnings() {
        ValidationReport report = validate(TestSpecs.valid().accessPolicy(policy(TestSpecs.TENANT,
                new Permissions(List.of(KeyPermission.ALL), List.of(SecretPermission.GET, SecretPermission.PURGE),
                        List.of(CertificatePermission.GET), List.of()))).build());
        List<Finding> broad = byRule(report, "access-policy-broad-permission");
        assertEquals(List.of("accessPolicies[0].permissions.keys", "accessPolicies[0].permissions.secrets"),
                broad.stream().map(f -> f.path().toString()).toList());
        assertTrue(broad.stream().allMatch(f -> f.severity() == Severity.WARNING));
        assertEquals("purge", broad.get(1).value());
    }

    @Test
    void accessPoliciesUnderRbacAreAnError() {
        Finding f = single(validate(TestSpecs.valid().enableRbacAuthorization(true).accessPolicies(policies(2)).build()),
                "access-policy-rbac-conflict");
        assertEquals("accessPolicies", f.path().toString());
        assertTrue(f.message().contains("ignores the 2 access policies"), f.message());
        assertEquals(0, byRule(validate(TestSpecs.valid().enableRbacAuthorization(true).build()), "access-policy-rbac-conflict").size());
    }
}
