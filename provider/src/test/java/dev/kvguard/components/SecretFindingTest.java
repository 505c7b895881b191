package dev.kvguard.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pulumi.core.Output;
import dev.kvguard.components.inputs.ExistingVaultArgs;
import dev.kvguard.components.inputs.PrivateEndpointArgs;
import dev.kvguard.components.inputs.PrivateEndpointSubnetArgs;
import dev.kvguard.components.inputs.SecureKeyVaultArgs;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Severity;
import dev.kvguard.core.render.Json;
import dev.kvguard.core.render.PlanRenderer;
import dev.kvguard.core.render.PreviewRenderer;
import dev.kvguard.core.spec.PublicNetworkAccess;
import dev.kvguard.preview.OfflinePreview;
import dev.kvguard.pulumi.SecretRedaction;
import dev.kvguard.testing.TestSpecs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A finding whose text a rule derived from a secret input (a range from a secret prefix, an id lower-cased,
 * a name cut out of a secret id) shows none of it: not in the finding, not in the error Pulumi prints, not in
 * {@code kvguard preview --format json}, not in the plan's findings.
 */
class SecretFindingTest {

    static final String SECRET_PREFIX = "172.31.77.0/24";
    static final String SECRET_SUBNET = "/subscriptions/" + TestSpecs.SUBSCRIPTION
            + "/resourceGroups/RG-Hidden-Net/providers/Microsoft.Network/virtualNetworks/VNET-Hidden-Hub/subnets/SNET-Hidden-PE";
    static final String SECRET_ZONE = "/subscriptions/" + TestSpecs.SUBSCRIPTION
            + "/resourceGroups/rg-hidden-dns/providers/Microsoft.Network/privateDnsZones/privatelink.vaultcore.usgovcloudapi.net";
    static final String SECRET_VAULT_ID = "/subscriptions/" + TestSpecs.SUBSCRIPTION
            + "/resourceGroups/rg-orders/providers/Microsoft.KeyVault/vaults/kv-hidden-adopted";

    static SecureKeyVaultArgs.Builder privateVault(PrivateEndpointArgs... endpoints) {
        return SecretRedactionTest.vault().enableRbacAuthorization(true).publicNetworkAccess(PublicNetworkAccess.DISABLED)
                .privateEndpoints(endpoints);
    }

    /** An endpoint whose static IP is one Azure reserves in its subnet, 172.31.77.0/24. */
    static PrivateEndpointArgs reservedIp(Output<String> prefix) {
        return PrivateEndpointArgs.builder().name("pe-kv").staticIpAddress("172.31.77.2")
                .subnet(PrivateEndpointSubnetArgs.builder().resourceGroupName("rg-net").virtualNetworkName("vnet-hub")
                        .name("snet-pe").addressPrefix(prefix).build()).build();
    }

    static OfflinePreview.Outcome preview(SecureKeyVaultArgs args, AtomicReference<SecureKeyVault> component) {
        return OfflinePreview.record("secret-findings", ctx -> component.set(new SecureKeyVault("kv", args, null)));
    }

    static Finding only(OfflinePreview.Outcome outcome, String ruleId) {
        List<Finding> found = outcome.report().findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertEquals(1, found.size(), outcome.report().findings().toString());
        return found.get(0);
    }

    /** Every text a reader sees of the findings: each field, the error Pulumi prints, the preview's JSON findings. */
    static List<String> shown(OfflinePreview.Outcome outcome, SecureKeyVault component) throws Exception {
        List<String> out = new ArrayList<>();
        for (Finding f : outcome.report().findings()) {
            out.addAll(List.of(f.value(), f.message(), f.fix(), String.valueOf(f.limit())));
        }
        outcome.result().exceptions().forEach(e -> out.add(e.getMessage()));
        JsonNode json = Json.mapper().readTree(PreviewRenderer.json(outcome.report()));
        out.add(json.path("findings").toString());
        out.add(json.path("errors").toString());
        json.path("components").forEach(c -> out.add(c.path("plan").path("findings").toString()));
        if (component != null) {
            out.add(Json.mapper().readTree(PlanRenderer.json(component.deploymentPlan())).path("findings").toString());
        }
        return out;
    }

    /** Neither the secret, nor a segment of it, nor any of {@code derived}, in any letter case. */
    static void assertHidden(List<String> shown, String secret, String... derived) {
        List<String> needles = new ArrayList<>(List.of(derived));
        needles.add(secret);
        for (String segment : secret.split("/")) {
            if (segment.length() >= 3) {
                needles.add(segment);
            }
        }
        for (String text : shown) {
            for (String needle : needles) {
                assertFalse(text.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT)),
                        "'" + needle + "' in: " + text);
            }
        }
    }

    static void assertGeneric(Finding f, String summary, String secretPath) {
        assertEquals(SecretRedaction.MARKER, f.value());
        assertEquals("A value derived from a secret input breaks rule " + f.ruleId() + " (" + summary
                + "); kvguard does not show it.", f.message());
        assertEquals("Check the secret input at " + secretPath + " against the rule; see docs/rules.md.", f.fix());
        assertEquals("", f.limit());
    }

    @Test
    void aStaticIpOutsideASecretPrefixShowsNoUsableRange() throws Exception {
        OfflinePreview.Outcome outcome = preview(privateVault(reservedIp(Output.ofSecret(SECRET_PREFIX))).build(),
                new AtomicReference<>());

        assertTrue(outcome.report().failed());
        Finding ip = only(outcome, "private-endpoint-static-ip");
        assertEquals("privateEndpoints[0].staticIpAddress", ip.path().toString());
        assertEquals(Severity.ERROR, ip.severity());
        assertGeneric(ip, "A private endpoint's static IP is not an IPv4 address, lies outside its subnet, or is reserved by Azure",
                "privateEndpoints[0].subnet.addressPrefix");
        // The range's first usable address and its network are what the old limit and fix gave away.
        assertHidden(shown(outcome, null), SECRET_PREFIX, "172.31.77");
        String error = outcome.result().exceptions().get(0).getMessage();
        assertTrue(error.contains("[private-endpoint-static-ip] privateEndpoints[0].staticIpAddress = [secret]: A value derived"),
                error);
    }

    @Test
    void withoutASecretTheStaticIpFindingKeepsItsText() {
        OfflinePreview.Outcome outcome = preview(privateVault(reservedIp(Output.of(SECRET_PREFIX))).build(),
                new AtomicReference<>());

        Finding ip = only(outcome, "private-endpoint-static-ip");
        assertEquals("172.31.77.2", ip.value());
        assertEquals("172.31.77.4 to 172.31.77.254", ip.limit());
        assertEquals("Use an address from 172.31.77.4 to 172.31.77.254.", ip.fix());
        assertEquals("Static IP '172.31.77.2' is one of the five addresses Azure reserves in 172.31.77.0/24 (the first four "
                + "and the last).", ip.message());
    }

    @Test
    void twoEndpointsInOneSecretSubnetShowNeitherId() throws Exception {
        AtomicReference<SecureKeyVault> component = new AtomicReference<>();
        OfflinePreview.Outcome outcome = preview(privateVault(
                PrivateEndpointArgs.builder().name("pe-kv-a").subnetId(Output.ofSecret(SECRET_SUBNET)).build(),
                PrivateEndpointArgs.builder().name("pe-kv-b").subnetId(Output.ofSecret(SECRET_SUBNET)).build()).build(),
                component);

        assertFalse(outcome.report().failed(), outcome.report().findings().toString());
        Finding duplicate = only(outcome, "private-endpoint-duplicate");
        assertEquals("privateEndpoints[1]", duplicate.path().toString());
        assertEquals(Severity.WARNING, duplicate.severity());
        assertGeneric(duplicate, "Two private endpoints share a name or a static IP in one virtual network (an error), or a subnet (a warning)",
                "privateEndpoints[0].subnetId");
        assertHidden(shown(outcome, component.get()), SECRET_SUBNET);
    }

    /** A vault that fails on one error finding, which shows nothing of the secret. */
    static void assertFailsGenerically(SecureKeyVaultArgs args, String ruleId, String path, String summary, String secretPath,
                                       String secret) throws Exception {
        OfflinePreview.Outcome outcome = preview(args, new AtomicReference<>());

        assertTrue(outcome.report().failed());
        Finding finding = only(outcome, ruleId);
        assertEquals(path, finding.path().toString());
        assertEquals(Severity.ERROR, finding.severity());
        assertGeneric(finding, summary, secretPath);
        assertHidden(shown(outcome, null), secret);
    }

    @Test
    void aSecretZoneOfAnotherCloudShowsNotItsResourceGroup() throws Exception {
        assertFailsGenerically(privateVault(PrivateEndpointArgs.builder().name("pe-kv")
                        .subnetId(TestSpecs.subnetId("vnet-hub", "snet-pe"))
                        .privateDnsZoneIds(Output.ofSecret(List.of(SECRET_ZONE))).build()).build(),
                "private-endpoint-dns-zone", "privateEndpoints[0].privateDnsZoneIds[0]",
                "A private DNS zone is not a private DNS zone id, not the Key Vault zone of the vault's cloud, or named twice on one endpoint",
                "privateEndpoints[0].privateDnsZoneIds", SECRET_ZONE);
    }

    @Test
    void aSecretExistingIdShowsNotTheVaultItNames() throws Exception {
        assertFailsGenerically(SecretRedactionTest.vault()
                        .existing(ExistingVaultArgs.builder().resourceId(Output.ofSecret(SECRET_VAULT_ID)).build()).build(),
                "adopt-resource-id", "existing.resourceId",
                "The existing vault's resource id is malformed or names another vault or resource group",
                "existing.resourceId", SECRET_VAULT_ID);
    }
}
