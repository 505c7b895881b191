package dev.kvguard.core.validate;

import dev.kvguard.core.check.Checking;
import dev.kvguard.core.model.ResolvedVault;
import dev.kvguard.core.spec.VaultFlag;
import dev.kvguard.core.spec.VaultSpec;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Assembles the resolved vault from the spec's plain values and the parts the rule sets parsed. It parses
 * nothing itself: a string that needs parsing is parsed by the rule set that checks it, once.
 */
final class Resolver {

    private Resolver() {
    }

    static ResolvedVault resolve(VaultSpec spec, Checking checking) {
        Set<VaultFlag> flags = EnumSet.noneOf(VaultFlag.class);
        for (VaultFlag flag : VaultFlag.values()) {
            if (spec.flag(flag)) {
                flags.add(flag);
            }
        }
        Optional<String> waiver = spec.logging().isWaived() ? Optional.of(spec.logging().waiver()) : Optional.empty();
        Optional<String> importId = spec.isAdopted() ? Optional.ofNullable(spec.existing().resourceId()) : Optional.empty();
        return new ResolvedVault(spec.vaultName(), spec.resourceGroupName(), spec.location(), spec.tenantId(), spec.sku(),
                spec.softDeleteRetentionInDays(), spec.enablePurgeProtection(), spec.enableRbacAuthorization(), flags,
                spec.protect(), spec.stage(), checking.profile(), spec.effectiveDefaultAction(), spec.effectiveBypass(),
                Optional.ofNullable(spec.publicNetworkAccessSent()), spec.publicAccessHeldBack(), checking.ipRules(),
                checking.subnets(), checking.accessPolicies(), checking.trustedServices(), checking.diagnosticSetting(),
                waiver, checking.privateEndpoints(), importId, spec.tags());
    }
}
