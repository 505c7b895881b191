package dev.kvguard.core.vault;

import dev.kvguard.core.azure.Guid;
import dev.kvguard.core.check.Checking;
import dev.kvguard.core.check.RuleSet;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.spec.VaultSpec;

/** The vault's own properties: its name, tenant and soft-delete retention. */
public final class VaultRules extends RuleSet {

    public static final int MIN_RETENTION_DAYS = 7;
    public static final int MAX_RETENTION_DAYS = 90;

    /** Owns, and alone reports, these rules. */
    public VaultRules() {
        super(Rule.SOFT_DELETE_RETENTION, Rule.TENANT_ID, Rule.VAULT_NAME);
    }

    @Override
    public void check(VaultSpec spec, Checking checking) {
        Findings out = checking.findings();
        if (spec.vaultName() != null) {
            VaultName.problems(spec.vaultName()).ifPresent(problems -> out.add(
                    Finding.of(Rule.VAULT_NAME, InputPath.of(Inputs.SecureKeyVault.VAULT_NAME)).value(spec.vaultName()).limit(VaultName.RULES)
                            .because("Vault name '" + spec.vaultName() + "' " + problems + ". Azure requires "
                                    + VaultName.RULES + ".", "Use a name such as '" + VaultName.suggest(spec.vaultName())
                                    + "'; vault names are global across Azure, so pick one nobody holds.")));
        }
        if (spec.tenantId() != null && !Guid.isGuid(spec.tenantId())) {
            out.add(Finding.of(Rule.TENANT_ID, InputPath.of(Inputs.SecureKeyVault.TENANT_ID)).value(spec.tenantId()).limit("a GUID")
                    .because("Tenant id '" + spec.tenantId() + "' is not a GUID (" + Guid.EXAMPLE + ").",
                            "Use the directory (tenant) id, e.g. from 'az account show --query tenantId'."));
        }
        int days = spec.softDeleteRetentionInDays();
        if (days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
            String range = MIN_RETENTION_DAYS + "-" + MAX_RETENTION_DAYS + " days";
            out.add(Finding.of(Rule.SOFT_DELETE_RETENTION, InputPath.of(Inputs.SecureKeyVault.SOFT_DELETE_RETENTION_IN_DAYS)).value(days).limit(range)
                    .because("Soft-delete retention of " + days + " days is outside " + range + ".",
                            "Use " + Math.max(MIN_RETENTION_DAYS, Math.min(MAX_RETENTION_DAYS, days))
                                    + " (kvguard's default is " + VaultSpec.DEFAULT_RETENTION_DAYS + ")."));
        }
    }
}
