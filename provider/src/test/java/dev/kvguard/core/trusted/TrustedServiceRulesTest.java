package dev.kvguard.core.trusted;

import static dev.kvguard.testing.TestSpecs.byRule;
import static dev.kvguard.testing.TestSpecs.single;
import static dev.kvguard.testing.TestSpecs.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.spec.AccessPolicySpec;
import dev.kvguard.core.spec.Bypass;
import dev.kvguard.core.spec.KeyPermission;
import dev.kvguard.core.spec.NetworkRulesSpec;
import dev.kvguard.core.spec.Permissions;
import dev.kvguard.core.spec.SecretPermission;
import dev.kvguard.core.spec.TrustedService;
import dev.kvguard.core.spec.TrustedServiceSpec;
import dev.kvguard.core.spec.VaultSpec;
import dev.kvguard.core.validate.ValidationReport;
import dev.kvguard.testing.TestSpecs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TrustedServiceRulesTest {
    static final String BACKUP_ID = "5e1a7c2b-9d3f-4e8a-b6c1-0f2e3d4c5b6a";

    private static final AccessPolicySpec BACKUP_POLICY = new AccessPolicySpec(BACKUP_ID, null, null, "Azure Backup",
            new Permissions(List.of(KeyPermission.GET, KeyPermission.LIST, KeyPermission.BACKUP),
                    List.of(SecretPermission.GET, SecretPermission.LIST, SecretPermission.BACKUP), List.of(), List.of()));

    private static VaultSpec.Builder backup() {
        return TestSpecs.valid().trustedService(new TrustedServiceSpec(TrustedService.AZURE_BACKUP, BACKUP_ID, null));
    }

    @Test
    void backupWithItsAccessPolicyPassesAndBypassIsDerived() {
        VaultSpec spec = backup().accessPolicy(BACKUP_POLICY).build();
        assertEquals(List.of(), validate(spec).findings());
        assertEquals(Bypass.AZURE_SERVICES, spec.effectiveBypass());
        assertEquals(Bypass.NONE, TestSpecs.valid().build().effectiveBypass());
    }

    @Test
    void explicitBypassNoneWithServicesIsAnError() {
        VaultSpec spec = backup().accessPolicy(BACKUP_POLICY)
                .networkRules(new NetworkRulesSpec(null, Bypass.NONE, null, null)).build();
        Finding f = single(validate(spec), "trusted-service-bypass");
        assertEquals("networkRules.bypass", f.path().toString());
        assertTrue(f.fix().contains("AzureServices"));
    }

    @Test
    void missingAccessPolicyIsAnError() {
        Finding f = single(validate(backup().build()), "trusted-service-access-policy");
        assertEquals("trustedServices[0].objectId", f.path().toString());
        assertTrue(f.fix().contains("keys: get, list, backup; secrets: get, list, backup"), f.fix());
    }

    @Test
    void accessPolicyWithTooFewPermissionsIsAnError() {
        AccessPolicySpec weak = new AccessPolicySpec(BACKUP_ID.toUpperCase(), null, null, null, Permissions.keys(KeyPermission.GET));
        Finding f = single(validate(backup().accessPolicy(weak).build()), "trusted-service-access-policy");
        assertTrue(f.message().contains("grants keys: get, less than"), f.message());
    }

    @Test
    void allPermissionCoversTheMinimum() {
        AccessPolicySpec all = new AccessPolicySpec(BACKUP_ID, null, null, null,
                new Permissions(List.of(KeyPermission.ALL), List.of(SecretPermission.ALL), List.of(), List.of()));
        assertEquals(0, byRule(validate(backup().accessPolicy(all).build()), "trusted-service-access-policy").size());
    }

    @Test
    void serviceWithoutIdentityIsAnError() {
        VaultSpec spec = TestSpecs.valid().trustedService(new TrustedServiceSpec(TrustedService.SQL_DATABASE, null, null)).build();
        assertTrue(single(validate(spec), "trusted-service-access-policy").message().contains("none is named"));
    }

    @Test
    void underRbacARoleIsNeededInsteadOfAPolicy() {
        VaultSpec without = backup().enableRbacAuthorization(true).build();
        assertEquals("trustedServices[0].roleDefinitionId", single(validate(without), "trusted-service-access-policy").path().toString());
        VaultSpec with = TestSpecs.valid().enableRbacAuthorization(true).trustedService(
                new TrustedServiceSpec(TrustedService.AZURE_BACKUP, BACKUP_ID, "e147488a-f6f5-4113-8e2d-b22465e65bf6")).build();
        assertEquals(List.of(), validate(with).findings());
    }

    @ParameterizedTest
    @EnumSource(value = TrustedService.class, names = {"VIRTUAL_MACHINES_DEPLOYMENT", "TEMPLATE_DEPLOYMENT", "DISK_ENCRYPTION"})
    void flagServicesNeedTheirFlag(TrustedService service) {
        VaultSpec off = TestSpecs.valid().trustedService(new TrustedServiceSpec(service, null, null)).build();
        Finding f = single(validate(off), "trusted-service-flag");
        assertTrue(f.fix().contains(service.requiredFlag().specName() + ": true"), f.fix());
        VaultSpec on = TestSpecs.valid().trustedService(new TrustedServiceSpec(service, null, null))
                .enabledForDeployment(true).enabledForTemplateDeployment(true).enabledForDiskEncryption(true).build();
        assertEquals(List.of(), validate(on).findings());
    }

    @Test
    void everyServiceOfTheReferenceTableIsModelled() {
        assertEquals(17, TrustedService.values().length);
        for (TrustedService s : TrustedService.values()) {
            assertTrue(s.needsIdentity() ^ s.requiredFlag() != null, s.name());
        }
    }

    @Test
    void duplicateServiceWarns() {
        VaultSpec spec = backup().accessPolicy(BACKUP_POLICY)
                .trustedService(new TrustedServiceSpec(TrustedService.AZURE_BACKUP, BACKUP_ID, null)).build();
        ValidationReport report = validate(spec);
        assertEquals("trustedServices[1]", single(report, "trusted-service-duplicate").path().toString());
        assertTrue(!report.hasErrors());
    }
}
