package dev.kvguard.core.trusted;

import dev.kvguard.core.azure.Guid;
import dev.kvguard.core.check.Checking;
import dev.kvguard.core.check.RuleSet;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.model.AccessPolicy;
import dev.kvguard.core.model.TrustedAdmission;
import dev.kvguard.core.spec.Bypass;
import dev.kvguard.core.spec.SpecList;
import dev.kvguard.core.spec.TrustedService;
import dev.kvguard.core.spec.TrustedServiceSpec;
import dev.kvguard.core.spec.VaultFlag;
import dev.kvguard.core.spec.VaultSpec;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Trusted Microsoft services pass a firewalled vault only when the bypass admits them AND they are
 * authorized: an access policy (or role assignment) for their identity, or the vault switch they use.
 */
public final class TrustedServiceRules extends RuleSet {

    static final InputPath PATH = InputPath.of(Inputs.SecureKeyVault.TRUSTED_SERVICES);

    /** Owns, and alone reports, these rules. */
    public TrustedServiceRules() {
        super(Rule.TRUSTED_SERVICE_ACCESS_POLICY, Rule.TRUSTED_SERVICE_BYPASS, Rule.TRUSTED_SERVICE_DUPLICATE,
                Rule.TRUSTED_SERVICE_FLAG);
    }

    @Override
    public void check(VaultSpec spec, Checking checking) {
        Findings out = checking.findings();
        List<TrustedServiceSpec> services = spec.trustedServices();
        int given = SpecList.written(services); // what the user listed, unusable items too
        if (given == 0) {
            return;
        }
        List<TrustedAdmission> admissions = new java.util.ArrayList<>();
        if (spec.effectiveBypass() == Bypass.NONE) {
            out.add(Finding.of(Rule.TRUSTED_SERVICE_BYPASS, InputPath.of(Inputs.SecureKeyVault.NETWORK_RULES).child(Inputs.NetworkRules.BYPASS)).value("None")
                    .limit("bypass AzureServices for trusted services")
                    .because(given + " trusted service(s) are listed but the bypass is None, so the firewall "
                            + "refuses them.", "Set 'bypass: AzureServices' or leave 'bypass' out (kvguard then sets it)."));
        }
        Map<TrustedService, InputPath> seen = new EnumMap<>(TrustedService.class);
        for (int i = 0; i < services.size(); i++) {
            TrustedServiceSpec entry = services.get(i);
            InputPath path = PATH.at(SpecList.position(services, i));
            if (entry.service() == null) {
                continue; // left out or misspelled (reported): nothing to check without knowing the service
            }
            InputPath first = seen.putIfAbsent(entry.service(), path);
            if (first != null) {
                out.add(Finding.of(Rule.TRUSTED_SERVICE_DUPLICATE, path).value(entry.service().specName())
                        .limit("each service once").because("Trusted service '" + entry.service().specName()
                                + "' is listed again (first at " + first + ").", "Remove " + path + "."));
            }
            flag(spec, entry, path, out);
            // The policies AccessPolicyRules resolved (it runs first): one lookup serves the check and the admission.
            Optional<AccessPolicy> policy = entry.objectId() == null ? Optional.empty()
                    : checking.accessPolicies().stream().filter(p -> entry.objectId().equalsIgnoreCase(p.objectId())).findFirst();
            if (entry.service().needsIdentity()) {
                identity(spec, entry, policy, path, out);
            }
            if (first == null) {
                admission(spec, entry, policy, path).ifPresent(admissions::add);
            }
        }
        checking.trustedServices(admissions);
    }

    /**
     * How the vault admits the service besides the bypass: its switch, else under RBAC a role for its identity,
     * else its identity's access policy. Empty while the identity or role is missing (reported).
     */
    private static Optional<TrustedAdmission> admission(VaultSpec spec, TrustedServiceSpec entry,
                                                        Optional<AccessPolicy> policy, InputPath path) {
        VaultFlag flag = entry.service().requiredFlag();
        if (flag != null) {
            return Optional.of(new TrustedAdmission(path, entry.service(), new TrustedAdmission.Switch(flag)));
        }
        if (entry.objectId() == null) {
            return Optional.empty();
        }
        if (spec.enableRbacAuthorization()) {
            return entry.roleDefinitionId() == null ? Optional.empty() : Optional.of(new TrustedAdmission(path,
                    entry.service(), new TrustedAdmission.Role(entry.objectId(), entry.roleDefinitionId())));
        }
        return Optional.of(new TrustedAdmission(path, entry.service(), new TrustedAdmission.Policy(entry.objectId(), policy)));
    }

    private static void flag(VaultSpec spec, TrustedServiceSpec entry, InputPath path, Findings out) {
        VaultFlag flag = entry.service().requiredFlag();
        if (flag != null && !spec.flag(flag)) {
            out.add(Finding.of(Rule.TRUSTED_SERVICE_FLAG, path.child(Inputs.TrustedService.SERVICE)).value(entry.service().specName())
                    .limit(flag.specName() + ": true")
                    .because(entry.service().displayName() + " reaches the vault through '" + flag.specName()
                            + "', which is off.", "Set '" + flag.specName() + ": true' on the vault."));
        }
    }

    private static void identity(VaultSpec spec, TrustedServiceSpec entry, Optional<AccessPolicy> policy, InputPath path,
                                 Findings out) {
        TrustedService service = entry.service();
        String needed = service.minimumPermissions().describe();
        if (entry.objectId() == null || !Guid.isGuid(entry.objectId())) {
            out.add(Finding.of(Rule.TRUSTED_SERVICE_ACCESS_POLICY, path.child(Inputs.TrustedService.OBJECT_ID)).value(entry.objectId())
                    .limit("an identity with " + needed)
                    .because(service.displayName() + " acts with its own identity, and "
                            + (entry.objectId() == null ? "none is named" : "'" + entry.objectId() + "' is not a GUID")
                            + "; the firewall bypass alone does not let it read the vault.",
                            "Set 'objectId' to the service principal or managed identity the service uses in your tenant."));
            return;
        }
        if (spec.enableRbacAuthorization()) {
            if (entry.roleDefinitionId() == null || entry.roleDefinitionId().isBlank()) {
                out.add(Finding.of(Rule.TRUSTED_SERVICE_ACCESS_POLICY, path.child(Inputs.TrustedService.ROLE_DEFINITION_ID)).value(entry.objectId())
                        .limit("a role assignment granting " + needed)
                        .because("RBAC authorization is on and " + service.displayName() + " (" + entry.objectId()
                                + ") has no role assignment on the vault.",
                                "Set 'roleDefinitionId' to a Key Vault data-plane role that grants " + needed
                                        + "; kvguard assigns it on the vault."));
            }
            return;
        }
        if (policy.isEmpty()) {
            out.add(Finding.of(Rule.TRUSTED_SERVICE_ACCESS_POLICY, path.child(Inputs.TrustedService.OBJECT_ID)).value(entry.objectId())
                    .limit("an access policy granting " + needed)
                    .because(service.displayName() + " (" + entry.objectId() + ") has no access policy, so it is "
                            + "refused even though the firewall lets it through.",
                            "Add an access policy for objectId " + entry.objectId() + " granting " + needed + "."));
        } else if (!policy.get().permissions().covers(service.minimumPermissions())) {
            out.add(Finding.of(Rule.TRUSTED_SERVICE_ACCESS_POLICY, path.child(Inputs.TrustedService.OBJECT_ID)).value(entry.objectId())
                    .limit("an access policy granting " + needed)
                    .because(service.displayName() + "'s access policy (" + entry.objectId() + ") grants "
                            + policy.get().permissions().describe() + ", less than the " + needed + " it needs.",
                            "Grant at least " + needed + " in that access policy."));
        }
    }
}
