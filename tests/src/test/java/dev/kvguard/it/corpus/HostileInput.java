package dev.kvguard.it.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Corpus cases for hostile input, class by class: aliases and merge keys that change what a spec means,
 * YAML 1.1 spellings, tags, special numbers, nulls, hostile names, the size, depth, alias and value limits,
 * encodings (byte-order marks, CRLF, NUL bytes) and look-alike or invisible characters. Each edits the
 * flagship spec's text, so everything the case does not break stays valid.
 */
final class HostileInput {
    private static final String DENY = "  defaultAction: Deny\n";
    private static final String RETENTION = "sku: premium\n";
    private static final String FIRST_SUBNET = "{resourceGroupName: rg-network-prod, virtualNetworkName: vnet-hub, name: snet-build, addressPrefix: 10.0.1.0/24}";

    private HostileInput() {
    }

    static String base() {
        try {
            return Files.readString(Corpus.BASE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base text with {@code from} replaced by {@code to}; fails if the base no longer has {@code from}. */
    static String edit(String from, String to) {
        String text = base();
        if (!text.contains(from)) {
            throw new IllegalStateException("the base spec no longer contains " + from);
        }
        return text.replace(from, to);
    }

    static Corpus.Case yaml(String name, String rule, String path, String text) {
        return new Corpus.Case("hostile yaml: " + name, text.getBytes(StandardCharsets.UTF_8), ".yaml", rule, path);
    }

    static Corpus.Case json(String name, String rule, String path, String text) {
        return new Corpus.Case("hostile json: " + name, text.getBytes(StandardCharsets.UTF_8), ".json", rule, path);
    }

    static Corpus.Case refused(String name, String text) {
        return yaml(name + " (exit 2)", null, null, text);
    }

    static List<Corpus.Case> all() {
        List<Corpus.Case> cases = new ArrayList<>();
        aliasesAndMerges(cases);
        yaml11(cases);
        tags(cases);
        nulls(cases);
        names(cases);
        limits(cases);
        encodings(cases);
        secrets(cases);
        return cases;
    }

    static void aliasesAndMerges(List<Corpus.Case> cases) {
        // Jackson read an alias as its anchor's name; these mean exactly what Pulumi YAML makes of them.
        cases.add(yaml("alias sets defaultAction Allow", "default-action-allow", "networkRules.defaultAction",
                "tags: {mode: &open Allow}\n" + edit(DENY, "  defaultAction: *open\n")));
        cases.add(yaml("alias sets stage observe", "default-action-allow", "stage",
                "tags: {stage: &obs observe}\nstage: *obs\n" + base()));
        cases.add(yaml("alias to an enum value that is not allowed", "spec-enum", "networkRules.defaultAction",
                "tags: {mode: &open open}\n" + edit(DENY, "  defaultAction: *open\n")));
        cases.add(yaml("merge key brings in defaultAction Allow", "default-action-allow", "networkRules.defaultAction",
                "tags: &open {defaultAction: Allow}\n" + edit(DENY, "  <<: *open\n")));
        cases.add(yaml("merge key brings an unknown property", "spec-unknown-property", "networkRules.profile",
                "limits: &l {profile: current}\n" + edit(DENY, DENY + "  <<: *l\n")));
        cases.add(yaml("quoted << is an ordinary key", "spec-unknown-property", "networkRules.<<",
                "tags: &open {defaultAction: Allow}\n" + edit(DENY, DENY + "  \"<<\": *open\n")));
        cases.add(refused("merge key with a scalar", "tags: {a: &s Allow}\n" + edit(DENY, DENY + "  <<: *s\n")));
        cases.add(refused("merge key with a list of scalars", edit(DENY, DENY + "  <<: [a, b]\n")));
        cases.add(refused("key repeated next to a merge", edit(DENY, DENY + "  defaultAction: Allow\n")));
        cases.add(refused("two merge keys in one mapping", "tags: &open {defaultAction: Allow}\n" + edit(DENY, "  <<: *open\n  <<: *open\n")));
        cases.add(refused("key repeated in a mapping that merges", "tags: &open {defaultAction: Allow}\n"
                + edit(DENY, "  <<: *open\n  defaultAction: Deny\n  defaultAction: Allow\n")));
        cases.add(refused("alias to nothing", edit(DENY, "  defaultAction: *nowhere\n")));
        cases.add(refused("alias that refers to itself", "tags: &a {x: *a}\n" + base()));
        cases.add(yaml("alias as a key names the vault", "vault-name", "vaultName",
                "tags: {&k vaultName: x}\n" + edit("vaultName: kv-platform-prod", "*k : kv")));
        cases.add(json("JSON key << stays a key", "spec-unknown-property", "<<",
                "{\"<<\": {\"vaultName\": \"x\"}, \"vaultName\": \"kv-a\", \"resourceGroupName\": \"rg\", \"location\": \"l\","
                        + " \"tenantId\": \"8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d\"}"));
    }

    static void yaml11(List<Corpus.Case> cases) {
        for (String bool : List.of("yes", "no", "on", "off", "y", "n", "Yes", "ON", "1", "0", "\"true\"")) {
            cases.add(yaml("YAML 1.1 boolean " + bool, "spec-type", "enablePurgeProtection",
                    edit(RETENTION, RETENTION + "enablePurgeProtection: " + bool + "\n")));
        }
        for (String number : List.of("017", "0o17", "0x1e", "+30", "030", "3_0", "30.0", "3e1", "\"30\"", ".inf", "-.Inf", ".NaN",
                "99999999999999999999", "1:30", "0b11110")) {
            cases.add(yaml("retention written " + number, "spec-type", "softDeleteRetentionInDays",
                    edit(RETENTION, RETENTION + "softDeleteRetentionInDays: " + number + "\n")));
        }
        for (String value : List.of("017", "0x1e", "true", "True", "1e3", ".inf", ".nan", "12.5", "0o7")) {
            cases.add(yaml("vault name written " + value, "spec-type", "vaultName", edit("vaultName: kv-platform-prod", "vaultName: " + value)));
        }
        // Under YAML 1.2 these are text, so the vault-name rule judges them, as Pulumi YAML would pass them.
        for (String value : List.of("on", "no", "2001-12-14", "0o", "~x")) {
            cases.add(yaml("vault name " + value + " is text", "vault-name", "vaultName", edit("vaultName: kv-platform-prod", "vaultName: " + value)));
        }
        cases.add(yaml("vault name null is missing", "spec-required", "vaultName", edit("vaultName: kv-platform-prod", "vaultName: null")));
        cases.add(yaml("vault name ~ is missing", "spec-required", "vaultName", edit("vaultName: kv-platform-prod", "vaultName: ~")));
        cases.add(yaml("ip rule as a number", "spec-type", "networkRules.ipRules[0]", edit("    - 52.168.0.7 ", "    - 52168.0 ")));
        cases.add(yaml("maxIpRules .nan", "spec-type", "limits.maxIpRules", base() + "limits: {maxIpRules: .nan}\n"));
        cases.add(yaml("maxIpRules octal", "spec-type", "limits.maxIpRules", base() + "limits: {maxIpRules: 0o17}\n"));
        cases.add(yaml("refused prefix hex", "spec-type", "limits.refusedPrefixLengths[0]", base() + "limits: {refusedPrefixLengths: [0x20]}\n"));
        cases.add(yaml("metrics yes", "spec-type", "logging.metrics", base() + "  metrics: yes\n"));
        cases.add(yaml("tag value as a boolean", "spec-type", "tags.public", base() + "tags: {public: false}\n"));
        cases.add(yaml("tag value as octal", "spec-type", "tags.cost", base() + "tags: {cost: 0755}\n"));
    }

    static void tags(List<Corpus.Case> cases) {
        for (String tag : List.of("!secret", "!!binary", "!!timestamp", "!!python/object:os.system", "!<tag:example.com,2000:x>",
                "!!set", "!!omap", "!!pairs", "!ruby/object", "!!java.net.URL", "!!int", "!!float", "!!bool", "!!null")) {
            cases.add(refused("tag " + tag, edit("location: westeurope", "location: " + tag + " westeurope")));
        }
        cases.add(yaml("tag !!str on a number is text", "vault-name", "vaultName", edit("vaultName: kv-platform-prod", "vaultName: !!str 017")));
        cases.add(refused("tag directive", "%TAG !e! tag:example.com,2000:\n---\n" + edit("location: westeurope", "location: !e!x westeurope")));
    }

    static void nulls(List<Corpus.Case> cases) {
        cases.add(yaml("null ip rule", "spec-type", "networkRules.ipRules[1]", edit("    - 40.74.28.0/24 ", "    - null ")));
        cases.add(yaml("empty ip rule item", "spec-type", "networkRules.ipRules[1]", edit("    - 40.74.28.0/24       # office egress, Dublin", "    -")));
        cases.add(yaml("null service endpoint", "spec-type", "networkRules.virtualNetworkRules[1].subnet.serviceEndpoints[0]",
                edit("serviceEndpoints: [Microsoft.Storage", "serviceEndpoints: [null")));
        cases.add(yaml("null delegation", "spec-type", "networkRules.virtualNetworkRules[3].subnet.delegations[0]",
                edit("delegations: [Microsoft.Web/serverFarms]", "delegations: [~]")));
        cases.add(yaml("null virtual network rule", "spec-type", "networkRules.virtualNetworkRules[0]",
                edit("    - subnet: " + FIRST_SUBNET, "    - null")));
        cases.add(yaml("null secret permission", "spec-type", "accessPolicies[0].permissions.secrets[1]",
                edit("secrets: [get, list]", "secrets: [get, null]")));
        cases.add(yaml("null certificate permission", "spec-type", "accessPolicies[0].permissions.certificates[0]",
                edit("certificates: [get]", "certificates: [~]")));
        cases.add(yaml("null access policy", "spec-type", "accessPolicies[2]", edit("logging:\n", "  - null\nlogging:\n")));
        cases.add(yaml("null log category", "spec-type", "logging.categories[1]",
                edit("[AuditEvent, AzurePolicyEvaluationDetails]", "[AuditEvent, null]")));
        cases.add(yaml("null trusted service", "spec-type", "trustedServices[0]", base() + "trustedServices: [null]\n"));
        cases.add(yaml("null refused prefix", "spec-type", "limits.refusedPrefixLengths[0]", base() + "limits: {refusedPrefixLengths: [null]}\n"));
        cases.add(yaml("null tag value", "spec-type", "tags.team", base() + "tags: {team: null}\n"));
        cases.add(yaml("empty tag value", "spec-type", "tags.team", base() + "tags: {team: }\n"));
        cases.add(json("JSON null ip rule", "spec-type", "networkRules.ipRules[0]",
                "{\"vaultName\": \"kv-a\", \"resourceGroupName\": \"rg\", \"location\": \"l\", \"tenantId\": \"8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d\","
                        + " \"networkRules\": {\"ipRules\": [null]}}"));
    }

    static void names(List<Corpus.Case> cases) {
        String subnet = "networkRules.virtualNetworkRules[0].subnet.";
        for (String[] bad : new String[][] {{"backtick", "rg`x"}, {"pipe", "rg|x"}, {"newline", "\"rg\\nx\""}, {"bidi override", "\"rg\\u202Ex\""},
                {"zero-width space", "\"rg\\u200Bx\""}, {"trailing period", "rg."}, {"hash", "\"rg#x\""}, {"space", "rg x"},
                {"91 characters", "r".repeat(91)}, {"ANSI escape", "\"rg\\e[31mx\""}, {"markdown table", "\"rg | **ok** |\""}}) {
            cases.add(yaml("resource group with " + bad[0], "resource-group-name", subnet + "resourceGroupName",
                    edit("{resourceGroupName: rg-network-prod, virtualNetworkName: vnet-hub, name: snet-build",
                            "{resourceGroupName: " + bad[1] + ", virtualNetworkName: vnet-hub, name: snet-build")));
            cases.add(yaml("vault resource group with " + bad[0], "resource-group-name", "resourceGroupName",
                    edit("resourceGroupName: rg-platform-prod", "resourceGroupName: " + bad[1])));
        }
        for (String[] bad : new String[][] {{"one character", "v"}, {"Cyrillic e", "vnet-hub-\u0435"}, {"leading hyphen", "-vnet"},
                {"trailing period", "vnet."}, {"pipe", "vnet|x"}, {"65 characters", "v".repeat(65)}, {"newline", "\"vnet\\nx\""}}) {
            cases.add(yaml("virtual network with " + bad[0], "virtual-network-name", subnet + "virtualNetworkName",
                    edit("virtualNetworkName: vnet-hub, name: snet-build", "virtualNetworkName: " + bad[1] + ", name: snet-build")));
        }
        for (String[] bad : new String[][] {{"empty", "\"\""}, {"Cyrillic s", "\u0455net-build"}, {"trailing hyphen", "snet-"},
                {"backtick", "snet`x"}, {"81 characters", "s".repeat(81)}, {"carriage return", "\"snet\\rx\""}, {"bidi isolate", "\"snet\\u2066x\""}}) {
            cases.add(yaml("subnet with " + bad[0], "subnet-name", subnet + "name",
                    edit("name: snet-build,", "name: " + bad[1] + ",")));
        }
        for (String[] bad : new String[][] {{"<", "\"a<b\""}, {"slash", "a/b"}, {"percent", "\"a%b\""}, {"newline", "\"a\\nb\""},
                {"513 characters", "t".repeat(513)}}) {
            cases.add(new Corpus.Case("hostile yaml: tag name with " + bad[0],
                    (base() + "tags: {" + bad[1] + ": x}\n").getBytes(StandardCharsets.UTF_8), ".yaml", "tag-name", null));
        }
        for (String[] bad : new String[][] {{"ANSI escape", "\"\\e[2J\""}, {"newline", "\"a\\nb\""}, {"257 characters", "v".repeat(257)},
                {"bidi override", "\"\\u202Eevil\""}}) {
            cases.add(yaml("tag value with " + bad[0], "tag-value", "tags.team", base() + "tags: {team: " + bad[1] + "}\n"));
        }
        cases.add(yaml("vault name with Cyrillic a", "vault-name", "vaultName", edit("vaultName: kv-platform-prod", "vaultName: kv-pl\u0430tform")));
        cases.add(yaml("vault name with a byte-order mark inside", "vault-name", "vaultName",
                edit("vaultName: kv-platform-prod", "vaultName: \"kv-\\uFEFFplatform\"")));
        cases.add(yaml("vault name with fullwidth letters", "vault-name", "vaultName", edit("vaultName: kv-platform-prod", "vaultName: \uFF4B\uFF56-a")));
    }

    static void limits(List<Corpus.Case> cases) {
        // tags.x is at depth 2; each list adds one.
        int lists = 64 - 2;
        cases.add(yaml("nesting at the depth limit", "spec-type", "tags.x",
                base() + "tags: {x: " + "[".repeat(lists) + "1" + "]".repeat(lists) + "}\n"));
        cases.add(refused("nesting one past the depth limit", base() + "tags: {x: " + "[".repeat(lists + 1) + "1" + "]".repeat(lists + 1) + "}\n"));
        cases.add(json("JSON nesting at the depth limit", "spec-type", "tags.x",
                "{\"tags\": {\"x\": " + "[".repeat(lists) + "1" + "]".repeat(lists) + "}}"));
        cases.add(new Corpus.Case("hostile json: nesting one past the depth limit (exit 2)",
                ("{\"tags\": {\"x\": " + "[".repeat(lists + 1) + "1" + "]".repeat(lists + 1) + "}}").getBytes(StandardCharsets.UTF_8),
                ".json", null, null));
        cases.add(yaml("100 aliases", "spec-type", "tags.x", "tags: {a: &a v, x: [" + "*a, ".repeat(99) + "*a]}\n" + base()));
        cases.add(refused("101 aliases", "tags: {a: &a v, x: [" + "*a, ".repeat(100) + "*a]}\n" + base()));
        StringBuilder bomb = new StringBuilder("tags:\n  l0: &l0 [a, a, a, a, a, a, a, a, a, a]\n");
        for (int i = 1; i < 7; i++) {
            bomb.append("  l").append(i).append(": &l").append(i).append(" [").append(("*l" + (i - 1) + ", ").repeat(9))
                    .append("*l").append(i - 1).append("]\n");
        }
        cases.add(refused("alias bomb under the alias limit", bomb + base()));
        String padding = "#" + "x".repeat(4 * 1024 * 1024);
        String sizedHead = edit("sku: premium", "sku: gold");
        cases.add(yaml("file exactly at the size limit", "spec-enum", "sku",
                sizedHead + padding.substring(0, 4 * 1024 * 1024 - sizedHead.length())));
        cases.add(refused("file one byte over the size limit", sizedHead + padding.substring(0, 4 * 1024 * 1024 - sizedHead.length() + 1)));
        cases.add(refused("number of 1001 digits", edit(RETENTION, RETENTION + "softDeleteRetentionInDays: 1" + "0".repeat(1000) + "\n")));
        cases.add(yaml("number of 1000 digits", "spec-type", "softDeleteRetentionInDays",
                edit(RETENTION, RETENTION + "softDeleteRetentionInDays: 1" + "0".repeat(999) + "\n")));
        cases.add(new Corpus.Case("hostile json: number of 1001 digits (exit 2)",
                ("{\"softDeleteRetentionInDays\": 1" + "0".repeat(1000) + "}").getBytes(StandardCharsets.UTF_8), ".json", null, null));
        cases.add(json("float beyond double", "spec-type", "softDeleteRetentionInDays",
                "{\"vaultName\": \"kv-a\", \"resourceGroupName\": \"rg\", \"location\": \"l\", \"tenantId\": \"8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d\","
                        + " \"softDeleteRetentionInDays\": 1e999}"));
    }

    /** Marks the content of the secret cases: no output may contain it (see BadInputCorpusTest). */
    static final String SECRET = "FAKESECRETc2VjcmV0";

    /** Files passed by mistake that hold a secret: every one is refused without quoting it. */
    static void secrets(List<Corpus.Case> cases) {
        for (String[] secret : new String[][] {
                {"PEM key", "-----BEGIN OPENSSH PRIVATE KEY-----\n" + SECRET + "\n-----END OPENSSH PRIVATE KEY-----\n"},
                {"bare token", SECRET + "\n"},
                {".env file", "export TOKEN=" + SECRET + "\n"},
                {"token then broken flow", "token: " + SECRET + "\nx: [\n"},
                {"token as a key then broken flow", SECRET + ": {\n"},
                {"token in a tag", "token: !" + SECRET + " x\n"},
                {"token as an alias", "token: *" + SECRET + "\n"},
                {"token after a NUL", "\u0000" + SECRET + "\n"},
                {"token after a tab indent", "a:\n\t" + SECRET + "\n"},
                {"token in a second document", "a: 1\n---\n" + SECRET + "\n"}}) {
            cases.add(refused("secret file, " + secret[0], secret[1]));
            cases.add(new Corpus.Case("hostile json: secret file, " + secret[0] + " (exit 2)",
                    secret[1].getBytes(StandardCharsets.UTF_8), ".json", null, null));
        }
        cases.add(new Corpus.Case("hostile json: secret file, JSON with a bare token (exit 2)",
                ("{\"token\": " + SECRET + "}").getBytes(StandardCharsets.UTF_8), ".json", null, null));
        cases.add(new Corpus.Case("hostile json: secret file, JSON with a broken string (exit 2)",
                ("{\"token\": \"" + SECRET + "\n\"}").getBytes(StandardCharsets.UTF_8), ".json", null, null));
    }

    static void encodings(List<Corpus.Case> cases) {
        String gold = edit("sku: premium", "sku: gold");
        cases.add(yaml("CRLF line endings", "spec-enum", "sku", gold.replace("\n", "\r\n")));
        cases.add(yaml("CR line endings", "spec-enum", "sku", gold.replace("\n", "\r")));
        cases.add(yaml("byte-order mark", "spec-enum", "sku", "\uFEFF" + gold));
        cases.add(json("JSON with a byte-order mark", "spec-enum", "sku",
                "\uFEFF{\"vaultName\": \"kv-a\", \"resourceGroupName\": \"rg\", \"location\": \"l\", \"tenantId\": \"8d3c2f1a-5b6e-4c7d-9a0b-1e2f3a4b5c6d\","
                        + " \"sku\": \"gold\"}"));
        cases.add(refused("NUL byte in a value", edit("location: westeurope", "location: west\u0000europe")));
        cases.add(refused("NUL byte in a comment", edit("# office egress, Amsterdam", "# office\u0000egress")));
        cases.add(yaml("escaped NUL in a quoted value", "vault-name", "vaultName", edit("vaultName: kv-platform-prod", "vaultName: \"kv\\0a\"")));
        cases.add(new Corpus.Case("hostile json: raw NUL byte (exit 2)",
                "{\"vaultName\": \"kv\u0000a\"}".getBytes(StandardCharsets.UTF_8), ".json", null, null));
        cases.add(refused("second document after an end marker", gold + "...\n---\na: 1\n"));
        cases.add(refused("lone surrogate escape", edit("location: westeurope", "location: \"\\uD800\"")));
        cases.add(new Corpus.Case("hostile json: lone surrogate escape (exit 2)",
                "{\"vaultName\": \"kv\\uDC00a\"}".getBytes(StandardCharsets.UTF_8), ".json", null, null));
        cases.add(refused("complex mapping key", "? [a, b]\n: c\n" + base()));
        cases.add(new Corpus.Case("hostile yaml: UTF-16 text (exit 2)", gold.getBytes(StandardCharsets.UTF_16LE), ".yaml", null, null));
        cases.add(new Corpus.Case("hostile yaml: Latin-1 text (exit 2)", edit("location: westeurope", "location: wést")
                .getBytes(StandardCharsets.ISO_8859_1), ".yaml", null, null));
    }
}
