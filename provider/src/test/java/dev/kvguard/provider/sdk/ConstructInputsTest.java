package dev.kvguard.provider.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.core.Output;
import com.pulumi.core.internal.Internal;
import com.pulumi.core.internal.OutputData;
import com.pulumi.provider.internal.properties.PropertyValue;
import com.pulumi.resources.Resource;
import dev.kvguard.components.inputs.NetworkRulesArgs;
import dev.kvguard.components.inputs.SecureKeyVaultArgs;
import dev.kvguard.components.inputs.SubnetServiceEndpointArgs;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.pulumi.CheckedInputs;
import dev.kvguard.pulumi.KvguardValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Construct inputs, as decoded from the wire, to the components' Args: every marker is kept. */
class ConstructInputsTest {

    static final String RG = "urn:pulumi:dev::proj::azure-native:resources:ResourceGroup::rg";

    static PropertyValue s(String value) {
        return PropertyValue.of(value);
    }

    static SecureKeyVaultArgs vault(Map<String, PropertyValue> extra) {
        Map<String, PropertyValue> in = new LinkedHashMap<>(Map.of("vaultName", s("kv-x"), "resourceGroupName", s("rg"),
                "location", s("westeurope"), "tenantId", s("72f988bf-86f1-41af-91ab-2d7cd011db47")));
        in.putAll(extra);
        return ConstructInputs.deserialize("kvguard:index:SecureKeyVault", "x", in, SecureKeyVaultArgs.class,
                raw -> CheckedInputs.vault(raw, LimitsProfile.DEFAULT).findings());
    }

    static OutputData<?> data(Output<?> output) {
        return Internal.of(output).getDataAsync().join();
    }

    static Set<String> urns(OutputData<?> data) {
        Set<String> out = new TreeSet<>();
        for (Resource r : data.getResources()) {
            out.add(Internal.of(r.urn()).getValueNullable().join());
        }
        return out;
    }

    @Test
    void aMapOfStringsArrivesTypedAndSorted() {
        SecureKeyVaultArgs args = vault(Map.of("tags", PropertyValue.of(Map.of("b", s("2"), "a", s("1")))));
        Object tags = data(args.tags().orElseThrow()).getValueNullable();
        assertEquals(Map.of("a", "1", "b", "2"), tags);
        assertEquals(List.of("a", "b"), List.copyOf(((Map<?, ?>) tags).keySet()));
    }

    @Test
    void aSecretStaysSecretAndASecretInsideAMapMarksTheWholeMap() {
        SecureKeyVaultArgs args = vault(Map.of("vaultName", PropertyValue.ofSecret(s("kv-secret")),
                "tags", PropertyValue.of(Map.of("owner", PropertyValue.ofSecret(s("team-a"))))));
        OutputData<?> name = data(args.vaultName());
        assertTrue(name.isSecret() && name.isKnown());
        assertEquals("kv-secret", name.getValueNullable());
        OutputData<?> tags = data(args.tags().orElseThrow());
        assertTrue(tags.isSecret());
        assertEquals(Map.of("owner", "team-a"), tags.getValueNullable());
        assertFalse(data(args.location()).isSecret());
    }

    @Test
    void anOutputValueKeepsItsDependenciesAndItsSecretFlagAndWithoutAValueIsUnknown() {
        SecureKeyVaultArgs args = vault(Map.of(
                "resourceGroupName", PropertyValue.ofSecret(PropertyValue.of(new PropertyValue.OutputReference(s("rg-prod"), Set.of(RG)))),
                "location", PropertyValue.of(new PropertyValue.OutputReference(null, Set.of(RG)))));
        OutputData<?> group = data(args.resourceGroupName());
        assertEquals("rg-prod", group.getValueNullable());
        assertTrue(group.isSecret() && group.isKnown());
        assertEquals(Set.of(RG), urns(group));
        OutputData<?> location = data(args.location());
        assertFalse(location.isKnown());
        assertEquals(Set.of(RG), urns(location));
    }

    @Test
    void theUnknownSentinelIsUnknown() {
        assertFalse(data(vault(Map.of("tenantId", PropertyValue.COMPUTED)).tenantId()).isKnown());
    }

    @Test
    void aResourceReferenceStandsForItsIdAndIsADependency() {
        String workspace = "urn:pulumi:dev::proj::azure-native:operationalinsights:Workspace::logs";
        SecureKeyVaultArgs args = vault(Map.of("logging", PropertyValue.of(Map.of("logAnalyticsWorkspaceId",
                PropertyValue.of(new PropertyValue.ResourceReference(workspace, s("/subscriptions/1/ws"), "2.10.0"))))));
        OutputData<?> id = data(data(args.logging().orElseThrow()).getValueNullable() instanceof dev.kvguard.components.inputs.LoggingArgs l
                ? l.logAnalyticsWorkspaceId().orElseThrow() : null);
        assertEquals("/subscriptions/1/ws", id.getValueNullable());
        assertEquals(Set.of(workspace), urns(id));
        SecureKeyVaultArgs unknownId = vault(Map.of("location",
                PropertyValue.of(new PropertyValue.ResourceReference(workspace, PropertyValue.COMPUTED, ""))));
        assertFalse(data(unknownId.location()).isKnown());
    }

    @Test
    void nestedObjectsAndListsAreReadIntoTheirArgs() {
        SubnetServiceEndpointArgs args = ConstructInputs.deserialize("kvguard:index:SubnetServiceEndpoint", "x", Map.of("subnet",
                PropertyValue.of(Map.of("name", s("snet"), "serviceEndpoints", PropertyValue.of(List.of(s("Microsoft.Storage")))))),
                SubnetServiceEndpointArgs.class, raw -> CheckedInputs.subnet(raw).findings());
        var subnet = (dev.kvguard.components.inputs.ManagedSubnetArgs) data(args.subnet()).getValueNullable();
        assertEquals("snet", data(subnet.name()).getValueNullable());
        assertEquals(List.of("Microsoft.Storage"), data(subnet.serviceEndpoints().orElseThrow()).getValueNullable());
        SecureKeyVaultArgs vault = vault(Map.of("softDeleteRetentionInDays", PropertyValue.of(30.0),
                "networkRules", PropertyValue.of(Map.of("ipRules", PropertyValue.of(List.of(s("52.1.2.3"), PropertyValue.ofSecret(s("52.1.2.4"))))))));
        assertEquals(30, data(vault.softDeleteRetentionInDays().orElseThrow()).getValueNullable());
        NetworkRulesArgs rules = (NetworkRulesArgs) data(vault.networkRules().orElseThrow()).getValueNullable();
        OutputData<?> ipRules = data(rules.ipRules().orElseThrow());
        assertTrue(ipRules.isSecret(), "a secret rule makes the list secret");
        assertEquals(List.of("52.1.2.3", "52.1.2.4"), ipRules.getValueNullable());
    }

    @Test
    void aValueOfTheWrongTypeIsAFindingWithItsPath() {
        KvguardValidationException e = assertThrows(KvguardValidationException.class, () -> vault(Map.of(
                "softDeleteRetentionInDays", PropertyValue.of(30.5), "protect", s("yes"))));
        // The component's own findings come too (these inputs name no audit log).
        assertEquals(List.of("logging-missing logging", "spec-type protect", "spec-type softDeleteRetentionInDays"),
                e.findings().stream().map(f -> f.ruleId() + " " + f.path()).sorted().toList());
        Finding protect = e.findings().stream().filter(f -> f.path().toString().equals("protect")).findFirst().orElseThrow();
        // The binder's wording, as for a spec file (another branch may refine the rest of the sentence).
        assertTrue(protect.message().startsWith("'protect' must be true or false"), protect.message());
        assertTrue(e.getMessage().startsWith("kvguard: kvguard:index:SecureKeyVault 'x' has 3 errors"), e.getMessage());
    }

    @Test
    void aSecretOfTheWrongTypeIsNotEchoed() {
        KvguardValidationException e = assertThrows(KvguardValidationException.class, () -> vault(Map.of(
                "softDeleteRetentionInDays", PropertyValue.ofSecret(s("SECRET-DAYS")))));
        assertEquals(List.of("logging-missing logging = ", "spec-type softDeleteRetentionInDays = [secret]"),
                e.findings().stream().map(f -> f.ruleId() + " " + f.path() + " = " + f.value()).toList());
        assertFalse(e.getMessage().contains("SECRET-DAYS"), e.getMessage());
    }

    @Test
    void aPropertyTheComponentDoesNotKnowIsRefusedWithADidYouMean() {
        KvguardValidationException e = assertThrows(KvguardValidationException.class, () -> vault(Map.of(
                "networkRule", PropertyValue.of(Map.of("ipRules", PropertyValue.of(List.of(s("52.1.2.3"))))))));
        assertEquals(List.of("spec-unknown-property networkRule = networkRule: Did you mean 'networkRules'?"),
                e.findings().stream().filter(f -> !f.ruleId().equals("logging-missing")).map(f -> f.ruleId() + " " + f.path() + " = " + f.value() + ": " + f.fix()).toList());
        KvguardValidationException nested = assertThrows(KvguardValidationException.class, () -> vault(Map.of(
                "networkRules", PropertyValue.of(Map.of("ipRule", PropertyValue.of(List.of(s("52.1.2.3"))))))));
        assertEquals(List.of("spec-unknown-property networkRules.ipRule"),
                nested.findings().stream().filter(f -> !f.ruleId().equals("logging-missing")).map(f -> f.ruleId() + " " + f.path()).toList());
        KvguardValidationException subnet = assertThrows(KvguardValidationException.class, () -> ConstructInputs.deserialize(
                "kvguard:index:SubnetServiceEndpoint", "x", Map.of("subnets", PropertyValue.of(Map.of())),
                SubnetServiceEndpointArgs.class, raw -> CheckedInputs.subnet(raw).findings()));
        assertTrue(subnet.findings().stream().anyMatch(f -> (f.ruleId() + " " + f.path() + " " + f.fix())
                .equals("spec-unknown-property subnets Did you mean 'subnet'?")), subnet.findings().toString());
    }

    @Test
    void aTypeMistakeDoesNotHideTheComponentsOwnFindings() {
        KvguardValidationException e = assertThrows(KvguardValidationException.class, () -> vault(Map.of(
                "softDeleteRetentionInDays", s("30"), "vaultName", s("kv--x"))));
        assertEquals(List.of("logging-missing logging", "spec-type softDeleteRetentionInDays", "vault-name vaultName"),
                e.findings().stream().filter(Finding::isError).map(f -> f.ruleId() + " " + f.path()).sorted().toList());
    }

    @Test
    void validInputsFromAnotherLanguagePassTheRawCheck() {
        SecureKeyVaultArgs args = vault(Map.of("softDeleteRetentionInDays", PropertyValue.of(30.0),
                "tags", PropertyValue.of(Map.of("env", s("prod")))));
        assertEquals(30, data(args.softDeleteRetentionInDays().orElseThrow()).getValueNullable());
    }
}
