package dev.kvguard.core.trusted;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.finding.RuleSet;
import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.net.Guid;
import dev.kvguard.core.spec.AccessPolicySpec;
import dev.kvguard.core.spec.Bypass;
import dev.kvguard.core.spec.TrustedService;
import dev.kvguard.core.spec.TrustedServiceSpec;
import dev.kvguard.core.spec.VaultFlag;
import dev.kvguard.core.spec.VaultSpec;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trusted Microsoft services pass a firewalled vault only when the bypass admits them AND they are
 * authorized: an access policy (or role assignment) for their identity, or the vault switch they use.
 */
public final class TrustedServiceRules implements RuleSet {

    static final String PATH = "trustedServices";

    @Override
    public void check(VaultSpec spec, LimitsProfile profile, Findings out) {
        List<TrustedServiceSpec> services = spec.trustedServices();
        if (services.isEmpty()) {
            return;
        }
        if (spec.effectiveBypass() == Bypass.NONE) {
            out.add(Finding.of(Rule.TRUSTED_SERVICE_BYPASS, "networkRules.bypass").value("None")
                    .limit("bypass AzureServices for trusted services")
                    .because(services.size() + " trusted service(s) are listed but the bypass is None, so the firewall "
                            + "refuses them.", "Set 'bypass: AzureServices' or leave 'bypass' out (kvguard then sets it)."));
        }
        Map<TrustedService, String> seen = new EnumMap<>(TrustedService.class);
        for (int i = 0; i < services.size(); i++) {
            TrustedServiceSpec entry = services.get(i);
            String path = PATH + "[" + i + "]";
            if (entry.service() == null) {
                continue; // binding reported it
            }
            String first = seen.putIfAbsent(entry.service(), path);
            if (first != null) {
                out.add(Finding.of(Rule.TRUSTED_SERVICE_DUPLICATE, path).value(entry.service().specName())
                        .limit("each service once").because("Trusted service '" + entry.service().specName()
                                + "' is listed again (first at " + first + ").", "Remove " + path + "."));
            }
            flag(spec, entry, path, out);
            if (entry.service().needsIdentity()) {
                identity(spec, entry, path, out);
            }
        }
    }

    private static void flag(VaultSpec spec, TrustedServiceSpec entry, String path, Findings out) {
        VaultFlag flag = entry.service().requiredFlag();
        if (flag != null && !spec.flag(flag)) {
            out.add(Finding.of(Rule.TRUSTED_SERVICE_FLAG, path + ".service").value(entry.service().specName())
                    .limit(flag.specName() + ": true")
                    .because(entry.service().displayName() + " reaches the vault through '" + flag.specName()
                            + "', which is off.", "Set '" + flag.specName() + ": true' on the vault."));
        }
    }

    private static void identity(VaultSpec spec, TrustedServiceSpec entry, String path, Findings out) {
        TrustedService service = entry.service();
        String needed = service.minimumPermissions().describe();
        if (entry.objectId() == null || !Guid.isGuid(entry.objectId())) {
            out.add(Finding.of(Rule.TRUSTED_SERVICE_ACCESS_POLICY, path + ".objectId").value(entry.objectId())
                    .limit("an identity with " + needed)
                    .because(service.displayName() + " acts with its own identity, and "
                            + (entry.objectId() == null ? "none is named" : "'" + entry.objectId() + "' is not a GUID")
                            + "; the firewall bypass alone does not let it read the vault.",
                            "Set 'objectId' to the service principal or managed identity the service uses in your tenant."));
            return;
        }
        if (spec.enableRbacAuthorization()) {
            if (entry.roleDefinitionId() == null || entry.roleDefinitionId().isBlank()) {
                out.add(Finding.of(Rule.TRUSTED_SERVICE_ACCESS_POLICY, path + ".roleDefinitionId").value(entry.objectId())
                        .limit("a role assignment granting " + needed)
                        .because("RBAC authorization is on and " + service.displayName() + " (" + entry.objectId()
                                + ") has no role assignment on the vault.",
                                "Set 'roleDefinitionId' to a Key Vault data-plane role that grants " + needed
                                        + "; kvguard assigns it on the vault."));
            }
            return;
        }
        Optional<AccessPolicySpec> policy = spec.accessPolicies().stream()
                .filter(p -> entry.objectId().equalsIgnoreCase(p.objectId())).findFirst();
        if (policy.isEmpty()) {
            out.add(Finding.of(Rule.TRUSTED_SERVICE_ACCESS_POLICY, path + ".objectId").value(entry.objectId())
                    .limit("an access policy granting " + needed)
                    .because(service.displayName() + " (" + entry.objectId() + ") has no access policy, so it is "
                            + "refused even though the firewall lets it through.",
                            "Add an access policy for objectId " + entry.objectId() + " granting " + needed + "."));
        } else if (!policy.get().permissions().covers(service.minimumPermissions())) {
            out.add(Finding.of(Rule.TRUSTED_SERVICE_ACCESS_POLICY, path + ".objectId").value(entry.objectId())
                    .limit("an access policy granting " + needed)
                    .because(service.displayName() + "'s access policy (" + entry.objectId() + ") grants "
                            + policy.get().permissions().describe() + ", less than the " + needed + " it needs.",
                            "Grant at least " + needed + " in that access policy."));
        }
    }
}
