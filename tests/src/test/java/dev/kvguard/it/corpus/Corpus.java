package dev.kvguard.it.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The bad-input corpus: files that cannot be parsed (under {@code corpus/unparseable}), and cases made
 * by breaking one thing in the valid flagship spec, for every kind of structural mistake and every
 * rule. Each case says what kvguard must answer: a finding with a rule id, or exit code 2.
 */
public final class Corpus {

    static final Path UNPARSEABLE = Path.of("src/test/resources/corpus/unparseable");
    static final Path HOSTILE = Path.of("src/test/resources/corpus/hostile");

    /** Files that parse but are hostile or odd, and the finding each must produce. */
    static final java.util.Map<String, String[]> HOSTILE_EXPECTED = java.util.Map.of(
            // Aliases expand past the value limit, name no anchor, or a tag is outside the core schema: exit 2.
            "billion-laughs.yaml", new String[] {null, null},
            "unknown-alias.yaml", new String[] {null, null},
            "binary-tag.yaml", new String[] {null, null},
            "five-octets.yaml", new String[] {"ip-rule-syntax", "networkRules.ipRules[1]"},
            "utf8-bom.yaml", new String[] {"logging-missing", "logging"},
            "control-characters.json", new String[] {"ip-rule-syntax", "networkRules.ipRules[0]"});
    static final Path BASE = Path.of("../examples/specs/multi-network.yaml");
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One case.
     *
     * @param name   what is broken
     * @param bytes  the spec file's content
     * @param suffix file suffix, {@code .yaml} or {@code .json}
     * @param rule   the rule id that must be reported, or null when the CLI must exit 2
     * @param path   the input path of that finding, or null when any path will do
     */
    public record Case(String name, byte[] bytes, String suffix, String rule, String path) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Corpus() {
    }

    public static List<Case> all() {
        List<Case> cases = new ArrayList<>(unparseable());
        cases.addAll(hostile());
        cases.addAll(structural());
        cases.addAll(rules());
        cases.addAll(privateConnectivity());
        cases.addAll(huge());
        cases.addAll(HostileInput.all());
        cases.addAll(adoption());
        return cases;
    }

    static List<Case> unparseable() {
        try (Stream<Path> files = Files.list(UNPARSEABLE)) {
            return files.sorted().map(f -> {
                try {
                    return new Case("unparseable/" + f.getFileName(), Files.readAllBytes(f),
                            f.toString().endsWith(".json") ? ".json" : ".yaml", null, null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Case> hostile() {
        return HOSTILE_EXPECTED.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).map(e -> {
            try {
                Path f = HOSTILE.resolve(e.getKey());
                return new Case("hostile/" + e.getKey(), Files.readAllBytes(f), e.getKey().endsWith(".json") ? ".json" : ".yaml",
                        e.getValue()[0], e.getValue()[1]);
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        }).toList();
    }

    static ObjectNode base() {
        try {
            return (ObjectNode) dev.kvguard.core.spec.io.SpecReader.readTree(BASE);
        } catch (dev.kvguard.core.spec.io.SpecSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Case mutate(String name, String rule, String path, Consumer<ObjectNode> change) {
        ObjectNode spec = base();
        change.accept(spec);
        try {
            return new Case(name, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(spec), ".json", rule, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode at(ObjectNode spec, String pointer) {
        return (ObjectNode) spec.at(pointer);
    }

    static List<Case> structural() {
        List<Case> cases = new ArrayList<>();
        for (String required : List.of("vaultName", "resourceGroupName", "location", "tenantId")) {
            cases.add(mutate("missing " + required, "spec-required", required, s -> s.remove(required)));
        }
        for (String[] nested : new String[][] {
                {"/accessPolicies/0", "objectId", "accessPolicies[0].objectId"},
                {"/networkRules/virtualNetworkRules/0/subnet", "name", "networkRules.virtualNetworkRules[0].subnet.name"},
                {"/networkRules/virtualNetworkRules/0/subnet", "addressPrefix", "networkRules.virtualNetworkRules[0].subnet.addressPrefix"},
                {"/networkRules/virtualNetworkRules/0/subnet", "resourceGroupName", "networkRules.virtualNetworkRules[0].subnet.resourceGroupName"},
                {"/networkRules/virtualNetworkRules/0/subnet", "virtualNetworkName", "networkRules.virtualNetworkRules[0].subnet.virtualNetworkName"},
                {"/networkRules/virtualNetworkRules/0", "subnet", "networkRules.virtualNetworkRules[0]"}}) {
            cases.add(mutate("missing " + nested[2], "spec-required", nested[2], s -> at(s, nested[0]).remove(nested[1])));
        }
        cases.add(mutate("trusted service without service", "spec-required", "trustedServices[0].service",
                s -> s.putArray("trustedServices").addObject().put("objectId", "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")));
        cases.add(mutate("vnet rule with subnetId and subnet", "spec-required", "networkRules.virtualNetworkRules[0]",
                s -> at(s, "/networkRules/virtualNetworkRules/0").put("subnetId", "/x")));

        // Wrong types, for every property.
        List<JsonNode> notString = List.of(NODES.arrayNode().add("x"), NODES.objectNode().put("a", "b"));
        for (String p : List.of("vaultName", "resourceGroupName", "location", "tenantId", "sku", "stage")) {
            for (JsonNode v : notString) {
                cases.add(mutate(p + " as " + v.getNodeType(), "spec-type", p, s -> s.set(p, v)));
            }
        }
        for (JsonNode v : List.of(NODES.textNode("ninety"), NODES.numberNode(9.5), NODES.booleanNode(true), NODES.arrayNode())) {
            cases.add(mutate("softDeleteRetentionInDays as " + v, "spec-type", "softDeleteRetentionInDays",
                    s -> s.set("softDeleteRetentionInDays", v)));
        }
        for (String p : List.of("enablePurgeProtection", "enableRbacAuthorization", "enabledForDeployment",
                "enabledForTemplateDeployment", "enabledForDiskEncryption", "protect")) {
            for (JsonNode v : List.of(NODES.textNode("yes"), NODES.numberNode(1), NODES.arrayNode())) {
                cases.add(mutate(p + " as " + v, "spec-type", p, s -> s.set(p, v)));
            }
        }
        for (String p : List.of("limits", "networkRules", "logging")) {
            for (JsonNode v : List.of(NODES.textNode("x"), NODES.numberNode(42), NODES.arrayNode())) {
                cases.add(mutate(p + " as " + v.getNodeType(), "spec-type", p, s -> s.set(p, v)));
            }
        }
        for (String p : List.of("accessPolicies", "trustedServices")) {
            for (JsonNode v : List.of(NODES.textNode("x"), NODES.objectNode())) {
                cases.add(mutate(p + " as " + v.getNodeType(), "spec-type", p, s -> s.set(p, v)));
            }
        }
        cases.add(mutate("tags as a string", "spec-type", "tags", s -> s.put("tags", "x")));
        cases.add(mutate("tags as a list", "spec-type", "tags", s -> s.set("tags", NODES.arrayNode())));
        cases.add(mutate("tag value as a list", "spec-type", "tags.team", s -> s.putObject("tags").set("team", NODES.arrayNode())));
        cases.add(mutate("ipRules as a string", "spec-type", "networkRules.ipRules", s -> at(s, "/networkRules").put("ipRules", "52.1.2.3")));
        cases.add(mutate("ipRules element as a mapping", "spec-type", "networkRules.ipRules[1]",
                s -> ((ArrayNode) s.at("/networkRules/ipRules")).set(1, NODES.objectNode().put("cidr", "1.2.3.4"))));
        cases.add(mutate("virtualNetworkRules as a string", "spec-type", "networkRules.virtualNetworkRules",
                s -> at(s, "/networkRules").put("virtualNetworkRules", "x")));
        cases.add(mutate("virtualNetworkRules element as a string", "spec-type", "networkRules.virtualNetworkRules[0]",
                s -> ((ArrayNode) s.at("/networkRules/virtualNetworkRules")).set(0, NODES.textNode("/subscriptions/x"))));
        cases.add(mutate("permissions.keys as a string", "spec-type", "accessPolicies[0].permissions.keys",
                s -> at(s, "/accessPolicies/0/permissions").put("keys", "get")));
        cases.add(mutate("permissions as a list", "spec-type", "accessPolicies[0].permissions",
                s -> at(s, "/accessPolicies/0").set("permissions", NODES.arrayNode())));
        cases.add(mutate("limits.maxIpRules as text", "spec-type", "limits.maxIpRules", s -> s.putObject("limits").put("maxIpRules", "many")));
        cases.add(mutate("limits.refusedPrefixLengths element as text", "spec-type", "limits.refusedPrefixLengths[0]",
                s -> s.putObject("limits").putArray("refusedPrefixLengths").add("/32")));
        cases.add(mutate("logging.metrics as text", "spec-type", "logging.metrics", s -> at(s, "/logging").put("metrics", "yes")));
        cases.add(mutate("logging.categories as a mapping", "spec-type", "logging.categories",
                s -> at(s, "/logging").putObject("categories")));
        cases.add(mutate("serviceEndpoints as a string", "spec-type", "networkRules.virtualNetworkRules[1].subnet.serviceEndpoints",
                s -> at(s, "/networkRules/virtualNetworkRules/1/subnet").put("serviceEndpoints", "Microsoft.Storage")));

        // Unknown properties at every level.
        for (String[] level : new String[][] {{"", "vaultNmae", "vaultNmae"}, {"/networkRules", "ipRule", "networkRules.ipRule"},
                {"/networkRules/virtualNetworkRules/0", "subnetID", "networkRules.virtualNetworkRules[0].subnetID"},
                {"/networkRules/virtualNetworkRules/0/subnet", "adressPrefix", "networkRules.virtualNetworkRules[0].subnet.adressPrefix"},
                {"/accessPolicies/0", "objectID", "accessPolicies[0].objectID"},
                {"/accessPolicies/0/permissions", "secret", "accessPolicies[0].permissions.secret"},
                {"/logging", "workspaceId", "logging.workspaceId"}}) {
            cases.add(mutate("unknown property " + level[2], "spec-unknown-property", level[2], s -> at(s, level[0]).put(level[1], "x")));
        }
        cases.add(mutate("unknown property in limits", "spec-unknown-property", "limits.maxRules", s -> s.putObject("limits").put("maxRules", 5)));
        cases.add(mutate("unknown property in a trusted service", "spec-unknown-property", "trustedServices[0].identity",
                s -> s.putArray("trustedServices").addObject().put("service", "templateDeployment").put("identity", "x")));

        // Values outside their allowed set.
        cases.add(mutate("sku gold", "spec-enum", "sku", s -> s.put("sku", "gold")));
        cases.add(mutate("stage dry-run", "spec-enum", "stage", s -> s.put("stage", "dry-run")));
        cases.add(mutate("defaultAction Block", "spec-enum", "networkRules.defaultAction", s -> at(s, "/networkRules").put("defaultAction", "Block")));
        cases.add(mutate("bypass All", "spec-enum", "networkRules.bypass", s -> at(s, "/networkRules").put("bypass", "All")));
        cases.add(mutate("log category Everything", "spec-enum", "logging.categories[0]",
                s -> at(s, "/logging").putArray("categories").add("Everything")));
        for (String[] p : new String[][] {{"keys", "fly"}, {"secrets", "read"}, {"certificates", "renew"}, {"storage", "mount"}}) {
            cases.add(mutate("permission " + p[0] + " " + p[1], "spec-enum", "accessPolicies[0].permissions." + p[0] + "[0]",
                    s -> at(s, "/accessPolicies/0/permissions").putArray(p[0]).add(p[1])));
        }
        cases.add(mutate("unknown trusted service", "spec-enum", "trustedServices[0].service",
                s -> s.putArray("trustedServices").addObject().put("service", "azureQuantum")));
        cases.add(mutate("limits profile latest", "limits-profile", "limits.profile", s -> s.putObject("limits").put("profile", "latest")));
        return cases;
    }

    static Case ipRule(String rule, String value) {
        return mutate("ip rule " + value.replace("\n", "\\n") + " (" + rule + ")", rule, "networkRules.ipRules[3]",
                s -> ((ArrayNode) s.at("/networkRules/ipRules")).add(value));
    }

    static List<Case> rules() {
        List<Case> cases = new ArrayList<>();
        for (String v : List.of("", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.4/33", "01.2.3.4", "0x1.2.3.4", "1.2.3.4 ", " 1.2.3.4",
                "1.2.3.4/", "1.2.3.*", "1.2.3.4-1.2.3.9", "1.2.3.4/255.255.255.0", "16909060", "١.2.3.4", "1.2.3.4\t", "1..3.4",
                "a.b.c.d", "1.2.3.4/08", "1.2.3.4%eth0", "999.999.999.999", "1.2.3.4//24")) {
            cases.add(ipRule("ip-rule-syntax", v));
        }
        for (String v : List.of("2001:db8::1", "::1", "::ffff:52.1.2.3", "fe80::1%eth0", "2001:db8::/32")) {
            cases.add(ipRule("ip-rule-ipv6", v));
        }
        for (String v : List.of("52.1.2.3/32", "52.1.2.2/31", "20.0.0.1/32")) {
            cases.add(ipRule("ip-rule-prefix", v));
        }
        for (String v : List.of("10.0.0.0/8", "10.1.2.3", "172.16.0.0", "172.31.255.255", "192.168.1.0/24", "127.0.0.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "0.0.0.0/0", "8.0.0.0/6", "224.0.0.1", "240.0.0.1", "255.255.255.255", "192.0.0.9", "172.0.0.0/8")) {
            cases.add(ipRule("ip-rule-not-public", v));
        }
        for (String v : List.of("192.0.2.1", "198.51.100.7", "203.0.113.0/24", "198.18.0.1")) {
            cases.add(ipRule("ip-rule-documentation-range", v));
        }
        cases.add(ipRule("ip-rule-host-bits", "52.1.2.3/24"));
        cases.add(ipRule("ip-rule-duplicate", "52.168.0.7"));
        cases.add(ipRule("ip-rule-overlap", "40.74.28.128/25"));
        for (String v : List.of("snet-app", "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s",
                "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v",
                "", "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/s")) {
            cases.add(mutate("subnet id '" + v + "'", "vnet-rule-subnet-id", "networkRules.virtualNetworkRules[4].subnetId",
                    s -> ((ArrayNode) s.at("/networkRules/virtualNetworkRules")).addObject().put("subnetId", v)));
        }
        cases.add(mutate("duplicate managed subnet", "vnet-rule-duplicate", "networkRules.virtualNetworkRules[4]",
                s -> ((ArrayNode) s.at("/networkRules/virtualNetworkRules")).add(s.at("/networkRules/virtualNetworkRules/0").deepCopy())));
        for (String v : List.of("10.0.1.5/24", "10.0.1.0", "10.0.1.0/40")) {
            cases.add(mutate("subnet prefix " + v, "subnet-address-prefix", "networkRules.virtualNetworkRules[0].subnet.addressPrefix",
                    s -> at(s, "/networkRules/virtualNetworkRules/0/subnet").put("addressPrefix", v)));
        }
        for (String v : List.of("kv", "1kv-a", "kv-", "kv--a", "kv_a", "a234567890123456789012345", "kv.a", "kv a", "-kv")) {
            cases.add(mutate("vault name '" + v + "'", "vault-name", "vaultName", s -> s.put("vaultName", v)));
        }
        for (String v : List.of("contoso.onmicrosoft.com", "8d3c2f1a5b6e4c7d9a0b1e2f3a4b5c6d", "", "{tenant}")) {
            cases.add(mutate("tenant '" + v + "'", "tenant-id", "tenantId", s -> s.put("tenantId", v)));
        }
        for (int v : new int[] {0, 6, 91, 365, -1}) {
            cases.add(mutate("retention " + v, "soft-delete-retention", "softDeleteRetentionInDays", s -> s.put("softDeleteRetentionInDays", v)));
        }
        for (String v : List.of("alice@contoso.com", "app-registration-name", "0a1b2c3d-4e5f-4a6b-8c7d")) {
            cases.add(mutate("object id '" + v + "'", "access-policy-object-id", "accessPolicies[0].objectId",
                    s -> at(s, "/accessPolicies/0").put("objectId", v)));
        }
        cases.add(mutate("policy tenant not a GUID", "access-policy-object-id", "accessPolicies[0].tenantId",
                s -> at(s, "/accessPolicies/0").put("tenantId", "contoso")));
        cases.add(mutate("keys all", "access-policy-broad-permission", "accessPolicies[0].permissions.keys",
                s -> at(s, "/accessPolicies/0/permissions").putArray("keys").add("all")));
        cases.add(mutate("secrets purge", "access-policy-broad-permission", "accessPolicies[0].permissions.secrets",
                s -> at(s, "/accessPolicies/0/permissions").putArray("secrets").add("purge")));
        cases.add(mutate("policies under RBAC", "access-policy-rbac-conflict", "accessPolicies", s -> s.put("enableRbacAuthorization", true)));
        cases.add(mutate("trusted service with bypass None", "trusted-service-bypass", "networkRules.bypass", s -> {
            at(s, "/networkRules").put("bypass", "None");
            s.put("enabledForTemplateDeployment", true);
            s.putArray("trustedServices").addObject().put("service", "templateDeployment");
        }));
        cases.add(mutate("backup without a policy", "trusted-service-access-policy", "trustedServices[0].objectId",
                s -> s.putArray("trustedServices").addObject().put("service", "azureBackup").put("objectId", "5e1a7c2b-9d3f-4e8a-b6c1-0f2e3d4c5b6a")));
        cases.add(mutate("sql without identity", "trusted-service-access-policy", "trustedServices[0].objectId",
                s -> s.putArray("trustedServices").addObject().put("service", "sqlDatabase")));
        cases.add(mutate("backup with too weak a policy", "trusted-service-access-policy", "trustedServices[0].objectId",
                s -> s.putArray("trustedServices").addObject().put("service", "azureBackup").put("objectId", "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")));
        for (String svc : List.of("virtualMachinesDeployment", "templateDeployment", "diskEncryption")) {
            cases.add(mutate(svc + " without its switch", "trusted-service-flag", "trustedServices[0].service",
                    s -> s.putArray("trustedServices").addObject().put("service", svc)));
        }
        cases.add(mutate("duplicate trusted service", "trusted-service-duplicate", "trustedServices[1]", s -> {
            s.put("enabledForDiskEncryption", true);
            ArrayNode list = s.putArray("trustedServices");
            list.addObject().put("service", "diskEncryption");
            list.addObject().put("service", "diskEncryption");
        }));
        cases.add(mutate("no logging", "logging-missing", "logging", s -> s.remove("logging")));
        cases.add(mutate("logging without destination", "logging-missing", "logging", s -> s.putObject("logging").putArray("categories").add("AuditEvent")));
        cases.add(mutate("workspace by name", "logging-destination", "logging.logAnalyticsWorkspaceId",
                s -> at(s, "/logging").put("logAnalyticsWorkspaceId", "law-platform")));
        cases.add(mutate("event hub name alone", "logging-destination", "logging.eventHubName", s -> at(s, "/logging").put("eventHubName", "hub")));
        cases.add(mutate("storage account by name", "logging-destination", "logging.storageAccountId",
                s -> at(s, "/logging").put("storageAccountId", "stlogs")));
        cases.add(mutate("maxIpRules 0", "limits-override", "limits.maxIpRules", s -> s.putObject("limits").put("maxIpRules", 0)));
        cases.add(mutate("maxVirtualNetworkRules -1", "limits-override", "limits.maxVirtualNetworkRules",
                s -> s.putObject("limits").put("maxVirtualNetworkRules", -1)));
        cases.add(mutate("refused prefix 40", "limits-override", "limits.refusedPrefixLengths[0]",
                s -> s.putObject("limits").putArray("refusedPrefixLengths").add(40)));
        cases.add(mutate("default action Allow with rules", "default-action-allow", "networkRules.defaultAction",
                s -> at(s, "/networkRules").put("defaultAction", "Allow")));
        cases.add(mutate("stage observe", "default-action-allow", "stage", s -> s.put("stage", "observe")));
        return cases;
    }

    static final String PE_SUBNET = "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-network-prod"
            + "/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/snet-private-endpoints";
    static final String PE_ZONES = "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-dns"
            + "/providers/Microsoft.Network/privateDnsZones/";

    /** A private endpoint added to the flagship (which keeps public access, so its rules stay valid). */
    static ObjectNode endpoint(ObjectNode spec, String name) {
        ArrayNode list = spec.has("privateEndpoints") ? (ArrayNode) spec.get("privateEndpoints") : spec.putArray("privateEndpoints");
        return list.addObject().put("name", name).put("subnetId", PE_SUBNET);
    }

    /** Private endpoints and public network access: every rule, and the structural mistakes peculiar to them. */
    static List<Case> privateConnectivity() {
        List<Case> cases = new ArrayList<>();
        cases.add(mutate("public network access Off", "spec-enum", "publicNetworkAccess", s -> s.put("publicNetworkAccess", "Off")));
        cases.add(mutate("private endpoint without subnet", "spec-required", "privateEndpoints[0]",
                s -> endpoint(s, "pe-kv").remove("subnetId")));
        cases.add(mutate("private endpoint without name", "spec-required", "privateEndpoints[0].name",
                s -> endpoint(s, "pe-kv").remove("name")));
        cases.add(mutate("private endpoint zones as a string", "spec-type", "privateEndpoints[0].privateDnsZoneIds",
                s -> endpoint(s, "pe-kv").put("privateDnsZoneIds", PE_ZONES + "privatelink.vaultcore.azure.net")));
        cases.add(mutate("private endpoint name ending in '-'", "private-endpoint-name", "privateEndpoints[0].name",
                s -> endpoint(s, "pe-kv-")));
        cases.add(mutate("private endpoint subnet by name", "private-endpoint-subnet-id", "privateEndpoints[0].subnetId",
                s -> endpoint(s, "pe-kv").put("subnetId", "snet-private-endpoints")));
        cases.add(mutate("private DNS zone by name", "private-endpoint-dns-zone", "privateEndpoints[0].privateDnsZoneIds[0]",
                s -> endpoint(s, "pe-kv").putArray("privateDnsZoneIds").add("privatelink.vaultcore.azure.net")));
        cases.add(mutate("private DNS zone of another service", "private-endpoint-dns-zone", "privateEndpoints[0].privateDnsZoneIds[0]",
                s -> endpoint(s, "pe-kv").putArray("privateDnsZoneIds").add(PE_ZONES + "privatelink.blob.core.windows.net")));
        cases.add(mutate("private DNS zone of the China cloud", "private-endpoint-dns-zone", "privateEndpoints[0].privateDnsZoneIds[0]",
                s -> endpoint(s, "pe-kv").putArray("privateDnsZoneIds").add(PE_ZONES + "privatelink.vaultcore.azure.cn")));
        cases.add(mutate("static IP outside the managed subnet", "private-endpoint-static-ip", "privateEndpoints[0].staticIpAddress",
                s -> endpoint(s, "pe-kv").put("subnetId", PE_SUBNET.replace("vnet-hub/subnets/snet-private-endpoints",
                        "vnet-hub/subnets/snet-build")).put("staticIpAddress", "10.0.2.10")));
        cases.add(mutate("static IP Azure reserves", "private-endpoint-static-ip", "privateEndpoints[0].staticIpAddress",
                s -> {
                    ObjectNode endpoint = endpoint(s, "pe-kv").put("staticIpAddress", "10.0.9.1");
                    endpoint.remove("subnetId");
                    endpoint.putObject("subnet").put("resourceGroupName", "rg-network-prod").put("virtualNetworkName", "vnet-hub")
                            .put("name", "snet-pe").put("addressPrefix", "10.0.9.0/24");
                }));
        cases.add(mutate("static IP with a prefix", "private-endpoint-static-ip", "privateEndpoints[0].staticIpAddress",
                s -> endpoint(s, "pe-kv").put("staticIpAddress", "10.0.9.10/32")));
        cases.add(mutate("two private endpoints with one name", "private-endpoint-duplicate", "privateEndpoints[1].name", s -> {
            endpoint(s, "pe-kv");
            endpoint(s, "PE-KV").put("subnetId", PE_SUBNET.replace("vnet-hub", "vnet-spoke-apps"));
        }));
        cases.add(mutate("public access disabled, no private endpoint", "public-access-no-private-endpoint", "privateEndpoints",
                s -> s.put("publicNetworkAccess", "Disabled")));
        cases.add(mutate("public access disabled with IP rules", "public-access-rules-ignored", "networkRules.ipRules", s -> {
            s.put("publicNetworkAccess", "Disabled");
            endpoint(s, "pe-kv");
        }));
        cases.add(mutate("public access disabled with trusted services", "public-access-trusted-services", "trustedServices", s -> {
            s.put("publicNetworkAccess", "Disabled").put("enabledForTemplateDeployment", true);
            s.putArray("trustedServices").addObject().put("service", "templateDeployment");
            endpoint(s, "pe-kv");
        }));
        return cases;
    }

    static List<Case> huge() {
        List<Case> cases = new ArrayList<>();
        cases.add(mutate("5000 IP rules", "ip-rule-count", "networkRules.ipRules", s -> {
            ArrayNode list = at(s, "/networkRules").putArray("ipRules");
            for (int i = 0; i < 5000; i++) {
                list.add("52." + (i / 65536) + "." + ((i / 256) % 256) + "." + (i % 256));
            }
        }));
        cases.add(mutate("1000 subnets", "vnet-rule-count", "networkRules.virtualNetworkRules", s -> {
            ArrayNode list = at(s, "/networkRules").putArray("virtualNetworkRules");
            for (int i = 0; i < 1000; i++) {
                list.addObject().put("subnetId", "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg"
                        + "/providers/Microsoft.Network/virtualNetworks/v" + (i % 10) + "/subnets/s" + i);
            }
        }));
        cases.add(mutate("2000 access policies", "access-policy-count", "accessPolicies", s -> {
            ArrayNode list = s.putArray("accessPolicies");
            for (int i = 0; i < 2000; i++) {
                list.addObject().put("objectId", new java.util.UUID(7, i).toString()).putObject("permissions").putArray("secrets").add("get");
            }
        }));
        cases.add(mutate("a megabyte vault name", "vault-name", "vaultName", s -> s.put("vaultName", "k".repeat(1 << 20))));
        cases.add(mutate("a long IP rule", "ip-rule-syntax", "networkRules.ipRules[3]",
                s -> ((ArrayNode) s.at("/networkRules/ipRules")).add("1".repeat(100_000))));
        return cases;
    }

    static final String VAULT_ID = "/subscriptions/6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d/resourceGroups/rg-platform-prod"
            + "/providers/Microsoft.KeyVault/vaults/kv-platform-prod";

    /** The flagship spec adopting the vault it describes, with one thing about the adoption broken. */
    static List<Case> adoption() {
        List<Case> cases = new ArrayList<>();
        cases.add(mutate("existing without resourceId", "spec-required", "existing.resourceId", s -> s.putObject("existing")));
        cases.add(mutate("existing as a string", "spec-type", "existing", s -> s.put("existing", VAULT_ID)));
        for (String id : List.of("kv-platform-prod", VAULT_ID + "/", VAULT_ID.replace("vaults", "managedHSMs"),
                VAULT_ID.replace("6b1f3c55-8d2e-4c39-9d56-0f9a1a2b3c4d", "my-subscription"),
                VAULT_ID.replace("kv-platform-prod", "kv-other"), VAULT_ID.replace("rg-platform-prod", "rg-other"))) {
            cases.add(mutate("existing id '" + id + "'", "adopt-resource-id", "existing.resourceId",
                    s -> s.putObject("existing").put("resourceId", id)));
        }
        cases.add(mutate("existing.observed misspelt", "spec-unknown-property", "existing.observed.purgeProtection",
                s -> adopted(s).put("purgeProtection", true)));
        cases.add(mutate("retention Azure keeps", "adopt-immutable-property", "softDeleteRetentionInDays",
                s -> adopted(s).put("softDeleteRetentionInDays", 30)));
        cases.add(mutate("purge protection off again", "adopt-immutable-property", "enablePurgeProtection", s -> {
            adopted(s).put("enablePurgeProtection", true);
            s.put("enablePurgeProtection", false);
        }));
        cases.add(mutate("adopting closes an open vault", "adopt-property-differs", "networkRules.defaultAction",
                s -> adopted(s).putObject("networkRules").put("defaultAction", "Allow")));
        return cases;
    }

    /** Adopts {@link #VAULT_ID} and returns the (empty) {@code observed} mapping to fill. */
    private static ObjectNode adopted(ObjectNode spec) {
        ObjectNode existing = spec.putObject("existing");
        existing.put("resourceId", VAULT_ID);
        return existing.putObject("observed");
    }
}
