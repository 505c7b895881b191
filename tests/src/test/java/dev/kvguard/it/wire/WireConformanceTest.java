package dev.kvguard.it.wire;

import static dev.kvguard.it.wire.Wire.engineSecret;
import static dev.kvguard.it.wire.Wire.engineUnknown;
import static dev.kvguard.it.wire.Wire.isSecret;
import static dev.kvguard.it.wire.Wire.list;
import static dev.kvguard.it.wire.Wire.object;
import static dev.kvguard.it.wire.Wire.output;
import static dev.kvguard.it.wire.Wire.plain;
import static dev.kvguard.it.wire.Wire.resource;
import static dev.kvguard.it.wire.Wire.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.kvguard.core.render.Json;
import dev.kvguard.provider.PackageInfo;
import dev.kvguard.provider.Schema;
import io.grpc.StatusRuntimeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.EngineOuterClass.LogSeverity;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.Provider.ConfigureResponse;
import pulumirpc.Provider.ConstructRequest;
import pulumirpc.Provider.ConstructResponse;
import pulumirpc.Provider.GetSchemaRequest;
import pulumirpc.Resource.RegisterResourceRequest;

/**
 * The component package over the real gRPC wire: the provider runs as its own process, started as
 * Pulumi's Java language host starts it, and this test plays the engine (one provider process shared by
 * the tests, which run one after another as the engine's Construct calls would for one program).
 */
class WireConformanceTest {

    static final String VAULT = "kvguard:index:SecureKeyVault";
    static final String SUBNET = "kvguard:index:SubnetServiceEndpoint";
    static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    static final String RG = Wire.urn("azure-native:resources:ResourceGroup", "rg");
    static final String WORKSPACE = Wire.urn("azure-native:operationalinsights:Workspace", "logs");
    static final String WORKSPACE_ID = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs";
    static final String VNET = Wire.urn("azure-native:network:VirtualNetwork", "hub");
    static final String AZURE_NATIVE = Wire.pomProperty("azure-native.version");
    /** The engine sends the program's explicit providers by package; a component's children inherit them. */
    static final String AZURE_PROVIDER = "urn:pulumi:dev::proj::pulumi:providers:azure-native::westeurope"
            + "::9a4b3c1d-0000-4000-8000-000000000001";
    static final Map<String, String> PROVIDERS = Map.of("azure-native", AZURE_PROVIDER);

    static FakeEngine engine;
    static ProviderProcess provider;

    @BeforeAll
    static void start() throws Exception {
        engine = new FakeEngine();
        provider = ProviderProcess.java(engine.address());
        ConfigureResponse configured = provider.stub.configure(ConfigureRequest.newBuilder().setAcceptSecrets(true)
                .setAcceptResources(true).build());
        assertTrue(configured.getAcceptSecrets() && configured.getAcceptResources() && configured.getAcceptOutputs()
                && configured.getSupportsPreview(), configured.toString());
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (provider != null) {
                provider.close();
            }
        } finally {
            if (engine != null) {
                engine.close();
            }
        }
        // Errors logged after a Construct answered land here too (the failing spec's error is returned, not logged).
        assertEquals(List.of(), engine.errors.stream().map(e -> e.getUrn() + ": " + e.getMessage()).toList());
    }

    static ConstructResponse construct(String type, String name, Map<String, Value> inputs, boolean dryRun,
                                       Map<String, List<String>> inputDependencies, List<String> dependencies, boolean protect) {
        return construct(Wire.STACK, type, name, inputs, dryRun, inputDependencies, dependencies, protect);
    }

    static ConstructResponse construct(String parent, String type, String name, Map<String, Value> inputs, boolean dryRun,
                                       Map<String, List<String>> inputDependencies, List<String> dependencies, boolean protect) {
        engine.clear();
        engine.dryRun = dryRun;
        ConstructRequest.Builder request = ConstructRequest.newBuilder().setProject("proj").setStack("dev")
                .setOrganization("org").setMonitorEndpoint(engine.address()).setDryRun(dryRun).setParallel(16)
                .setType(type).setName(name).setParent(parent).setInputs(Struct.newBuilder().putAllFields(inputs))
                .addAllDependencies(dependencies).setProtect(protect).setAcceptsOutputValues(true);
        request.putAllProviders(PROVIDERS);
        inputDependencies.forEach((property, urns) -> request.putInputDependencies(property,
                ConstructRequest.PropertyDependencies.newBuilder().addAllUrns(urns).build()));
        return provider.stub.construct(request.build());
    }

    /** A vault with every kind of input: plain, secret, output value with dependencies, unknown or resource reference. */
    static Map<String, Value> vaultInputs(Value workspace, Value ipRules) {
        Map<String, Value> in = new LinkedHashMap<>();
        in.put("vaultName", engineSecret(str("kv-wire-prod")));
        in.put("resourceGroupName", output(str("rg-prod"), false, RG));
        in.put("location", str("westeurope"));
        in.put("tenantId", str(TENANT));
        in.put("tags", object(Map.of("env", str("prod"), "owner", engineSecret(str("team-a")))));
        in.put("networkRules", object(Map.of("ipRules", ipRules, "virtualNetworkRules", list(
                object(Map.of("subnet", object(Map.of("resourceGroupName", str("rg-net"), "virtualNetworkName", str("hub"),
                        "name", str("snet-a"), "addressPrefix", str("10.0.1.0/24"))))),
                object(Map.of("subnet", object(Map.of("resourceGroupName", str("rg-net"), "virtualNetworkName", str("hub"),
                        "name", str("snet-b"), "addressPrefix", str("10.0.2.0/24")))))))));
        in.put("logging", object(Map.of("logAnalyticsWorkspaceId", workspace)));
        return in;
    }

    static RegisterResourceRequest registered(String type) {
        return engine.registrations.stream().filter(r -> r.getType().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + types()));
    }

    /** Errors the provider logged to the engine (none, for a valid component). */
    static List<String> errorLogs() {
        return engine.logs.stream().filter(l -> l.getSeverity() == LogSeverity.ERROR).map(l -> l.getMessage()).toList();
    }

    /**
     * The logs matching {@code wanted} once {@code count} of them arrived (or after a bounded wait): the SDK sends
     * logs on calls of their own, queued behind any late ones of an earlier construct, so on a busy machine they
     * can reach the engine after the ConstructResponse.
     */
    static List<LogRequest> awaitLogs(Predicate<LogRequest> wanted, int count) {
        for (int i = 0; i < 400 && engine.logs.stream().filter(wanted).count() < count; i++) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return engine.logs.stream().filter(wanted).toList();
    }

    static List<String> types() {
        return engine.registrations.stream().map(r -> r.getType() + " " + r.getName()).toList();
    }

    @Test
    void theFirstLineIsThePortAndPluginInfoIsThePomVersion() {
        assertTrue(provider.firstLine.matches("\\d+"), provider.firstLine);
        assertEquals(PackageInfo.VERSION, provider.stub.getPluginInfo(Empty.getDefaultInstance()).getVersion());
        assertEquals(Wire.pomProperty("kvguard.version"), PackageInfo.VERSION);
    }

    @Test
    void theServedSchemaIsTheCheckedInOneAndDocumentsEverything() throws Exception {
        String served = provider.stub.getSchema(GetSchemaRequest.newBuilder().setVersion(0).build()).getSchema();
        JsonNode schema = Json.mapper().readTree(served);
        JsonNode checkedIn = Json.mapper().readTree(Files.readString(Path.of("../schema/schema.json")));
        assertEquals(List.of(), Schema.differences(checkedIn, schema));
        assertFalse(schema.path("description").asText().isEmpty());
        for (String section : List.of("resources", "types")) {
            schema.path(section).fields().forEachRemaining(e -> {
                assertFalse(e.getValue().path("description").asText().isEmpty(), e.getKey());
                for (String props : List.of("inputProperties", "properties")) {
                    e.getValue().path(props).fields().forEachRemaining(p ->
                            assertFalse(p.getValue().path("description").asText().isEmpty(), e.getKey() + "." + p.getKey()));
                }
            });
        }
    }

    @Test
    void aPreviewRegistersThePlanWithSecretsKeptAndUnknownsDeferred() {
        ConstructResponse response = construct(VAULT, "platform",
                vaultInputs(engineUnknown(), list(str("52.168.0.7"), str("40.74.28.9/24"))), true,
                Map.of("resourceGroupName", List.of(RG)), List.of(VNET), false);
        String component = Wire.urn(VAULT, "platform");
        assertEquals(component, response.getUrn());
        assertEquals(List.of(VAULT + " platform", "azure-native:network:Subnet platform-hub-snet-a",
                "azure-native:network:Subnet platform-hub-snet-b", "azure-native:keyvault:Vault platform-vault",
                "azure-native:insights:DiagnosticSetting platform-audit"), types());
        RegisterResourceRequest self = registered(VAULT);
        assertEquals(Wire.STACK, self.getParent());
        assertEquals(List.of(VNET), self.getDependenciesList());

        String subnetA = component.replace(VAULT + "::platform", VAULT + "$azure-native:network:Subnet::platform-hub-snet-a");
        String subnetB = subnetA.replace("snet-a", "snet-b");
        RegisterResourceRequest b = engine.registrations.get(2);
        assertEquals(component, b.getParent());
        assertTrue(b.getDependenciesList().containsAll(List.of(VNET, subnetA)), b.getDependenciesList().toString());
        assertFalse(b.getProtect());

        RegisterResourceRequest vault = registered("azure-native:keyvault:Vault");
        assertEquals(component, vault.getParent());
        assertTrue(vault.getProtect());
        assertEquals(AZURE_NATIVE, vault.getVersion());
        assertTrue(vault.getDependenciesList().containsAll(List.of(VNET, RG, subnetA, subnetB)), vault.getDependenciesList().toString());
        // The properties come from the validated inputs, which wait for the unknown workspace: unknown in a
        // preview. Name, group and location were known, so they are sent as they are (the name secret).
        assertEquals(FakeEngine.UNKNOWN, vault.getObject().getFieldsOrThrow("properties").getStringValue());
        Value vaultName = vault.getObject().getFieldsOrThrow("vaultName");
        assertTrue(isSecret(vaultName), vaultName.toString());
        assertEquals("kv-wire-prod", plain(vaultName).getStringValue());
        assertEquals(str("rg-prod"), vault.getObject().getFieldsOrThrow("resourceGroupName"));
        assertEquals(str("westeurope"), vault.getObject().getFieldsOrThrow("location"));

        // The warning is logged against the component; the plan needs the workspace, unknown in a preview.
        List<String> warnings = awaitLogs(l -> l.getSeverity() == LogSeverity.WARNING, 1).stream()
                .map(l -> l.getUrn() + " " + l.getMessage()).toList();
        assertEquals(1, warnings.size(), engine.logs.toString());
        assertTrue(warnings.get(0).startsWith(component + " [ip-rule-host-bits] networkRules.ipRules[1] = 40.74.28.9/24"), warnings.get(0));
        assertEquals(FakeEngine.UNKNOWN, response.getState().getFieldsOrThrow("plan").getStringValue());
        assertEquals("reference-2019", plain(response.getState().getFieldsOrThrow("limitsProfile")).getStringValue());
        // The component's own RegisterResourceOutputs is fire-and-forget in SDK 1.36.1 and may reach the
        // engine after ConstructResponse; the engine takes a remote component's outputs from the
        // response's state, asserted above. Whatever did arrive names the component.
        engine.outputs.forEach(o -> assertEquals(component, o.getUrn()));
        assertEquals(List.of(), errorLogs());
    }


    @Test
    void anUpdateResolvesEveryInputAndThePlanIsSecretAndComplete() throws Exception {
        ConstructResponse response = construct(VAULT, "platform",
                vaultInputs(resource(WORKSPACE, WORKSPACE_ID), output(list(str("52.168.0.7"), str("52.168.0.0/24")), false, RG)),
                false, Map.of("resourceGroupName", List.of(RG)), List.of(), true);
        String component = Wire.urn(VAULT, "platform");
        assertEquals(component, response.getUrn());
        assertTrue(registered(VAULT).getProtect());

        Map<String, Value> object = registered("azure-native:keyvault:Vault").getObject().getFieldsMap();
        assertTrue(isSecret(object.get("vaultName")), object.get("vaultName").toString());
        assertEquals("kv-wire-prod", plain(object.get("vaultName")).getStringValue());
        assertTrue(isSecret(object.get("tags")), object.get("tags").toString());
        assertEquals(Map.of("env", str("prod"), "owner", str("team-a")), plain(object.get("tags")).getStructValue().getFieldsMap());

        RegisterResourceRequest audit = registered("azure-native:insights:DiagnosticSetting");
        String vaultUrn = component.replace(VAULT + "::platform", VAULT + "$azure-native:keyvault:Vault::platform-vault");
        assertTrue(audit.getDependenciesList().containsAll(List.of(vaultUrn, WORKSPACE)), audit.getDependenciesList().toString());
        assertEquals(WORKSPACE_ID, plain(audit.getObject().getFieldsOrThrow("workspaceId")).getStringValue());
        assertTrue(isSecret(audit.getObject().getFieldsOrThrow("workspaceId")));

        Value plan = response.getState().getFieldsOrThrow("plan");
        assertTrue(isSecret(plan), plan.toString());
        JsonNode json = Json.mapper().readTree(plain(plan).getStringValue());
        assertTrue(json.toString().contains(WORKSPACE_ID), json.toString());
        // ip-rule-overlap needs every rule resolved: it is in the live plan.
        List<String> rules = json.path("findings").findValuesAsText("ruleId");
        assertTrue(rules.contains("ip-rule-overlap"), rules.toString());
        assertEquals("https://kv-wire-prod.vault.azure.net/", plain(response.getState().getFieldsOrThrow("vaultUri")).getStringValue());
        assertEquals(List.of(vaultUrn), response.getStateDependenciesOrThrow("vaultId").getUrnsList());
        assertTrue(isSecret(response.getState().getFieldsOrThrow("vaultUri")));
        assertEquals(List.of(), errorLogs());
    }

    @Test
    void anInvalidSpecFailsConstructWithEveryFindingFirstAndRegistersNothing() {
        Map<String, Value> in = new LinkedHashMap<>(vaultInputs(str(WORKSPACE_ID), list(str("10.0.0.0/8"), str("52.1.2.3/24"))));
        in.put("vaultName", str("kv--x"));
        in.put("tenantId", str("not-a-guid"));
        StatusRuntimeException failure = assertThrows(StatusRuntimeException.class,
                () -> construct(VAULT, "bad", in, true, Map.of(), List.of(), false));
        String message = failure.getStatus().getDescription();
        List<String> lines = message.lines().toList();
        assertEquals("kvguard: kvguard:index:SecureKeyVault 'bad' has 3 errors; nothing was created.", lines.get(0));
        assertTrue(lines.get(1).startsWith("  - [ip-rule-not-public] networkRules.ipRules[0] = 10.0.0.0/8: "), lines.get(1));
        assertTrue(lines.get(2).startsWith("    fix: "), lines.get(2));
        String findings = lines.stream().filter(l -> l.startsWith("  - [")).map(l -> l.substring(5, l.indexOf(']')))
                .collect(Collectors.joining(","));
        assertEquals("ip-rule-not-public,tenant-id,vault-name,ip-rule-host-bits", findings);
        assertEquals("and 1 warning:", lines.get(7));
        assertFalse(message.contains("\tat ") || message.contains("Exception"), message);
        assertEquals(List.of(), types());
    }

    @Test
    void aMapOfTagsFromAnotherLanguageReachesTheVault() {
        Map<String, Value> in = new LinkedHashMap<>(vaultInputs(str(WORKSPACE_ID), list(str("52.168.0.7"))));
        in.put("vaultName", str("kv-tags"));
        in.put("tags", object(Map.of("env", str("prod"), "cost-center", str("4711"))));
        construct(VAULT, "tagged", in, false, Map.of(), List.of(), false);
        Value tags = registered("azure-native:keyvault:Vault").getObject().getFieldsOrThrow("tags");
        assertFalse(isSecret(tags));
        assertEquals(Map.of("cost-center", str("4711"), "env", str("prod")), plain(tags).getStructValue().getFieldsMap());
        assertFalse(registered(VAULT).getProtect());
    }

    @Test
    void anAdoptedVaultReachesTheEngineWithItsImportId() {
        String id = "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-prod/providers/Microsoft.KeyVault"
                + "/vaults/kv-wire-prod";
        Map<String, Value> in = new LinkedHashMap<>(vaultInputs(str(WORKSPACE_ID), list(str("52.168.0.7"))));
        in.put("stage", str("observe"));
        in.put("existing", object(Map.of("resourceId", str(id), "observed", object(Map.of(
                "softDeleteRetentionInDays", Value.newBuilder().setNumberValue(90).build(),
                "networkRules", object(Map.of("defaultAction", str("Allow"))))))));
        construct(VAULT, "adopted", in, true, Map.of(), List.of(), false);
        assertEquals(List.of(), errorLogs());
        assertEquals(id, registered("azure-native:keyvault:Vault").getImportId());
        assertEquals("", registered("azure-native:insights:DiagnosticSetting").getImportId());
        assertEquals("", registered(VAULT).getImportId());
    }

    @Test
    void aSubnetServiceEndpointKeepsItsEndpointsAndWaitsForItsNetwork() {
        Map<String, Value> subnet = Map.of("resourceGroupName", str("rg-net"), "virtualNetworkName", str("hub"),
                "name", str("snet-app"), "addressPrefix", engineSecret(str("10.0.3.0/24")),
                "serviceEndpoints", list(str("Microsoft.Storage")));
        // Declared inside another component of the consuming program: its URN is the parent.
        String platform = Wire.urn("acme:index:Platform", "platform");
        ConstructResponse response = construct(platform, SUBNET, "app", Map.of("subnet", object(subnet)), false, Map.of(),
                List.of(VNET), false);
        String component = "urn:pulumi:dev::proj::acme:index:Platform$" + SUBNET + "::app";
        assertEquals(component, response.getUrn());
        assertEquals(platform, registered(SUBNET).getParent());
        assertEquals(List.of(SUBNET + " app", "azure-native:network:Subnet app"), types());
        RegisterResourceRequest child = registered("azure-native:network:Subnet");
        assertEquals(component, child.getParent());
        assertEquals(List.of(VNET), child.getDependenciesList());
        assertEquals(AZURE_NATIVE, child.getVersion());
        assertTrue(isSecret(child.getObject().getFieldsOrThrow("addressPrefix")));
        Value endpoints = response.getState().getFieldsOrThrow("serviceEndpoints");
        assertEquals(List.of("Microsoft.Storage", "Microsoft.KeyVault"),
                plain(endpoints).getListValue().getValuesList().stream().map(Value::getStringValue).toList());
        String subnetUrn = component.replace("::app", "$azure-native:network:Subnet::app");
        assertEquals(List.of(subnetUrn), response.getStateDependenciesOrThrow("subnetId").getUrnsList());
    }

    @Test
    void privateEndpointsAreRegisteredAfterTheVaultAndTheirZoneGroupsAfterThem() {
        String subnet = "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-net/providers/Microsoft.Network"
                + "/virtualNetworks/hub/subnets/snet-pe";
        String zone = "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-dns/providers/Microsoft.Network"
                + "/privateDnsZones/privatelink.vaultcore.azure.net";
        Map<String, Value> in = new LinkedHashMap<>();
        in.put("vaultName", str("kv-wire-private"));
        in.put("resourceGroupName", str("rg-prod"));
        in.put("location", str("westeurope"));
        in.put("tenantId", str(TENANT));
        in.put("publicNetworkAccess", str("Disabled"));
        in.put("privateEndpoints", list(object(Map.of("name", str("pe-wire"), "subnetId", str(subnet),
                "privateDnsZoneIds", list(str(zone)), "staticIpAddress", str("10.0.9.10")))));
        in.put("logging", object(Map.of("logAnalyticsWorkspaceId", str(WORKSPACE_ID))));
        // A preview: what Azure would create is registered, the vault's id is not known yet.
        ConstructResponse response = construct(VAULT, "private", in, true, Map.of(), List.of(), false);
        String component = Wire.urn(VAULT, "private");
        assertEquals(component, response.getUrn());
        String vaultUrn = component.replace(VAULT + "::private", VAULT + "$azure-native:keyvault:Vault::private-vault");
        String endpointUrn = component.replace(VAULT + "::private", VAULT + "$azure-native:network:PrivateEndpoint::private-pe-wire");

        Map<String, Value> vault = registered("azure-native:keyvault:Vault").getObject().getFieldsMap();
        assertEquals("Disabled", vault.get("properties").getStructValue().getFieldsOrThrow("publicNetworkAccess").getStringValue());

        RegisterResourceRequest endpoint = registered("azure-native:network:PrivateEndpoint");
        assertEquals(component, endpoint.getParent());
        assertEquals(List.of(vaultUrn), endpoint.getDependenciesList());
        Value connection = endpoint.getObject().getFieldsOrThrow("privateLinkServiceConnections").getListValue().getValues(0);
        assertEquals(List.of(str("vault")), connection.getStructValue().getFieldsOrThrow("groupIds").getListValue().getValuesList());
        assertEquals(FakeEngine.UNKNOWN, connection.getStructValue().getFieldsOrThrow("privateLinkServiceId").getStringValue());
        assertEquals("pe-wire", connection.getStructValue().getFieldsOrThrow("name").getStringValue());
        assertEquals(subnet, endpoint.getObject().getFieldsOrThrow("subnet").getStructValue().getFieldsOrThrow("id").getStringValue());

        RegisterResourceRequest group = registered("azure-native:network:PrivateDnsZoneGroup");
        assertEquals(component, group.getParent());
        // After its endpoint (and after the vault, whose subscription names the default zone).
        assertEquals(List.of(endpointUrn, vaultUrn), group.getDependenciesList());
        assertEquals("pe-wire", group.getObject().getFieldsOrThrow("privateEndpointName").getStringValue());
        assertEquals(List.of(), errorLogs());
        // The SDK read every output Azure answers for the new types: nothing was logged about them.
        assertEquals(List.of(), engine.logs.stream().map(l -> l.getMessage()).filter(m -> m.contains("to deserialize")).toList());
    }

    @Test
    void anUnknownComponentTypeIsRefusedByName() {
        StatusRuntimeException failure = assertThrows(StatusRuntimeException.class,
                () -> construct("kvguard:index:Nope", "x", Map.of(), true, Map.of(), List.of(), false));
        assertTrue(failure.getStatus().getDescription().startsWith("kvguard: unknown component type 'kvguard:index:Nope'"),
                failure.getStatus().getDescription());
        assertEquals(List.of(), types());
    }

    @Test
    void aSecretSentAsTheEngineSendsItIsNeverShownInAWarningOrAnError() {
        Map<String, Value> in = new LinkedHashMap<>(vaultInputs(str(WORKSPACE_ID), engineSecret(list(str("52.9.8.7/24")))));
        construct(VAULT, "hidden", in, true, Map.of(), List.of(), false);
        List<String> warnings = awaitLogs(l -> l.getSeverity() == LogSeverity.WARNING, 1).stream().map(LogRequest::getMessage).toList();
        assertEquals(1, warnings.size(), engine.logs.toString());
        assertTrue(warnings.get(0).startsWith("[ip-rule-host-bits] networkRules.ipRules[0] = [secret]: "), warnings.get(0));
        assertFalse(warnings.get(0).contains("52.9.8"), warnings.get(0));

        in.put("tenantId", engineSecret(str("SECRETTENANT")));
        StatusRuntimeException failure = assertThrows(StatusRuntimeException.class,
                () -> construct(VAULT, "hidden", in, true, Map.of(), List.of(), false));
        String message = failure.getStatus().getDescription();
        assertTrue(message.contains("[tenant-id] tenantId = [secret]: "), message);
        assertFalse(message.contains("SECRETTENANT") || message.contains("52.9.8"), message);
    }

    @Test
    void aPropertyTheComponentDoesNotKnowFailsConstructWithADidYouMean() {
        Map<String, Value> in = new LinkedHashMap<>(vaultInputs(str(WORKSPACE_ID), list(str("52.168.0.7"))));
        in.put("networkRule", in.remove("networkRules"));
        StatusRuntimeException failure = assertThrows(StatusRuntimeException.class,
                () -> construct(VAULT, "typo", in, true, Map.of(), List.of(), false));
        String message = failure.getStatus().getDescription();
        assertTrue(message.contains("  - [spec-unknown-property] networkRule = networkRule: "), message);
        assertTrue(message.contains("    fix: Did you mean 'networkRules'?"), message);
        assertEquals(List.of(), types());
    }

    @Test
    void theProgramsProviderReachesTheChildrenAndInputDependenciesAreCarriedByTheOutputValues() {
        // The engine sends a dependency twice: inside the output value and in inputDependencies. kvguard reads
        // the output value's (the SDK's Construct model has no inputDependencies); a dependency only in
        // inputDependencies is not followed, which this asserts so that a change is noticed.
        String onlyListed = Wire.urn("azure-native:resources:ResourceGroup", "listed-only");
        Map<String, Value> in = new LinkedHashMap<>(vaultInputs(str(WORKSPACE_ID), list(str("52.168.0.7"))));
        construct(VAULT, "deps", in, true, Map.of("resourceGroupName", List.of(RG), "location", List.of(onlyListed)),
                List.of(), false);
        RegisterResourceRequest vault = registered("azure-native:keyvault:Vault");
        assertEquals(AZURE_PROVIDER, vault.getProvider());
        assertTrue(vault.getDependenciesList().contains(RG), vault.getDependenciesList().toString());
        assertFalse(vault.getDependenciesList().contains(onlyListed), vault.getDependenciesList().toString());
        assertEquals(List.of(), errorLogs());
    }
}
