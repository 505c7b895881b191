package dev.kvguard.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.kvguard.core.check.RuleSet;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.importer.Importer;
import dev.kvguard.core.limits.LimitsResolver;
import dev.kvguard.core.spec.io.SpecBinder;
import dev.kvguard.core.validate.Validator;
import dev.kvguard.provider.sdk.ConstructInputs;
import dev.kvguard.pulumi.PreviewGate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every rule has exactly one owner: a rule set of the validator, or one of the few steps outside it (binding,
 * limits resolution, importing, the preview gate). And the knowledge of a rule lives with its owner: no class
 * outside the owner's package names the rule.
 */
class RuleOwnershipTest {

    /** Each owner, and the packages allowed to name its rules. */
    private record Owner(String name, Set<Rule> rules, Set<String> packages) {
    }

    private static List<Owner> owners() {
        List<Owner> owners = new ArrayList<>();
        for (RuleSet set : Validator.RULE_SETS) {
            owners.add(new Owner(set.getClass().getSimpleName(), set.rules(), Set.of(set.getClass().getPackageName())));
        }
        // Component inputs from other languages are bound off the wire first, by the same rules as spec files.
        owners.add(new Owner("SpecBinder", SpecBinder.RULES,
                Set.of(SpecBinder.class.getPackageName(), ConstructInputs.class.getPackageName())));
        owners.add(new Owner("LimitsResolver", LimitsResolver.RULES, Set.of(LimitsResolver.class.getPackageName())));
        owners.add(new Owner("Importer", Importer.RULES, Set.of(Importer.class.getPackageName())));
        owners.add(new Owner("PreviewGate", PreviewGate.RULES, Set.of(PreviewGate.class.getPackageName())));
        return owners;
    }

    @Test
    void everyRuleHasExactlyOneOwner() {
        Map<Rule, List<String>> byRule = new EnumMap<>(Rule.class);
        for (Owner owner : owners()) {
            owner.rules().forEach(rule -> byRule.computeIfAbsent(rule, r -> new ArrayList<>()).add(owner.name()));
        }
        List<String> wrong = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            List<String> of = byRule.getOrDefault(rule, List.of());
            if (of.size() != 1) {
                wrong.add(rule.id() + " owned by " + of);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void onlyItsOwnerNamesARule() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.kvguard");
        Map<Rule, Owner> ownerOf = new EnumMap<>(Rule.class);
        owners().forEach(owner -> owner.rules().forEach(rule -> ownerOf.put(rule, owner)));
        Set<String> wrong = new TreeSet<>();
        int checked = 0;
        for (JavaFieldAccess access : classes.get(Rule.class).getFieldAccessesToSelf()) {
            String field = access.getTarget().getName();
            if (access.getOriginOwner().isEquivalentTo(Rule.class) || !isRule(field)) {
                continue;
            }
            checked++;
            Owner owner = ownerOf.get(Rule.valueOf(field));
            String from = access.getOriginOwner().getPackageName();
            if (!owner.packages().contains(from)) {
                wrong.add(access.getOriginOwner().getName() + " names " + field + ", owned by " + owner.name());
            }
        }
        assertTrue(checked > Rule.values().length, "the rules are named somewhere: " + checked);
        assertEquals(Set.of(), wrong);
    }

    private static boolean isRule(String field) {
        for (Rule rule : Rule.values()) {
            if (rule.name().equals(field)) {
                return true;
            }
        }
        return false;
    }
}
