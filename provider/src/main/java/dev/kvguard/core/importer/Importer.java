package dev.kvguard.core.importer;

import static dev.kvguard.core.importer.Carry.at;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.finding.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads every Key Vault in a document of Azure's tools and carries each over to a kvguard spec tree. */
public final class Importer {

    /** The rules importing reports: values of a document that cannot be known before deployment. */
    public static final Set<Rule> RULES = Set.of(Rule.IMPORT_EXPRESSION, Rule.IMPORT_UNKNOWN);

    private static final String VAULT_CHILD = "microsoft.keyvault/vaults/";
    private static final String DEPLOYMENT_TYPE = "microsoft.resources/deployments";

    private Importer() {
    }

    /** Every vault of the document, in document order; empty for a kvguard spec or a document without vaults. */
    public static List<ImportedVault> vaults(JsonNode root) {
        return switch (DocumentFormat.detect(root)) {
            case SPEC -> List.of();
            case TERRAFORM -> TerraformVaults.read(root);
            case ARM_TEMPLATE -> template(root);
            case AZURE_RESOURCE -> {
                Carry c = new Carry("", ArmNames.NAME, ArmExpressions.NONE);
                AzureVaults.vault(c, root, "", null);
                yield List.of(c.build());
            }
            case AZURE_LIST -> list(root);
            case REST_BODY -> {
                Carry c = new Carry("", ArmNames.PROPERTIES, ArmExpressions.NONE);
                AzureVaults.vault(c, root, "", null);
                yield List.of(c.build());
            }
            case REST_EXAMPLE -> {
                JsonNode parameters = root.path(ArmNames.PARAMETERS);
                String vaultName = at(ArmNames.PARAMETERS, ArmNames.REST_VAULT_NAME);
                Carry c = new Carry("", vaultName, ArmExpressions.NONE);
                AzureVaults.vault(c, parameters.path(ArmNames.REST_BODY), at(ArmNames.PARAMETERS, ArmNames.REST_BODY),
                        new AzureVaults.Identity(parameters.get(ArmNames.REST_VAULT_NAME), vaultName,
                                parameters.get(ArmNames.REST_RESOURCE_GROUP_NAME),
                                at(ArmNames.PARAMETERS, ArmNames.REST_RESOURCE_GROUP_NAME)));
                yield List.of(c.build());
            }
        };
    }

    /**
     * Every vault of a list. {@code az keyvault list} prints vaults without their {@code properties}: such an
     * entry says nothing about its firewall, so it is left out rather than imported as an open vault.
     */
    private static List<ImportedVault> list(JsonNode root) {
        List<ImportedVault> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode resource = root.get(i);
            if (AzureVaults.VAULT_TYPE.equalsIgnoreCase(resource.path("type").asText()) && resource.path(ArmNames.PROPERTIES).isObject()) {
                String base = "[" + i + "]";
                Carry c = new Carry(base, at(base, ArmNames.NAME), ArmExpressions.NONE);
                AzureVaults.vault(c, resource, base, null);
                out.add(c.build());
            }
        }
        return out;
    }

    /** A resource of a template with its document path. */
    private record Located(JsonNode node, String path) {
        String type() {
            return node.path("type").asText().toLowerCase(Locale.ROOT);
        }
    }

    private static List<ImportedVault> template(JsonNode root) {
        List<ImportedVault> out = new ArrayList<>();
        template(root, "", ArmExpressions.of(root), out);
        return out;
    }

    /**
     * The vaults of one template (the document, or a nested deployment's {@code properties.template}, which is
     * what a Bicep module compiles to), in document order, followed by those of its nested deployments.
     */
    private static void template(JsonNode template, String base, ArmExpressions expressions, List<ImportedVault> out) {
        List<Located> resources = resources(template.path("resources"), at(base, "resources"));
        List<Located> vaults = resources.stream().filter(r -> r.type().equals(AzureVaults.VAULT_TYPE.toLowerCase(Locale.ROOT))).toList();
        for (Located vault : vaults) {
            Carry c = new Carry(vault.path(), at(vault.path(), ArmNames.NAME), expressions);
            AzureVaults.vault(c, vault.node(), vault.path(), null);
            deployment(c, vault, expressions);
            String name = vault.node().path(ArmNames.NAME).asText();
            int policies = vault.node().path(ArmNames.PROPERTIES).path(ArmNames.ACCESS_POLICIES).size();
            // A vault's own child resources have a type relative to it ("accessPolicies"); they always belong to it.
            List<Located> children = resources(vault.node().path("resources"), at(vault.path(), "resources"));
            for (Located r : children) {
                String type = r.type().contains("/") ? r.type() : VAULT_CHILD + r.type();
                policies = child(c, r, type, policies, true);
            }
            for (Located r : resources) {
                boolean mine = r.type().equals(ArmNames.DIAGNOSTIC_TYPE.toLowerCase(Locale.ROOT))
                        ? scopedToVault(r.node(), name, vaults.size()) : namesVault(r.node().path(ArmNames.NAME).asText(), name, vaults.size());
                policies = child(c, r, r.type(), policies, mine);
            }
            out.add(c.build());
        }
        for (Located r : resources) {
            JsonNode nested = r.node().path(ArmNames.PROPERTIES).path("template");
            if (r.type().equals(DEPLOYMENT_TYPE) && nested.isObject()) {
                template(nested, at(at(r.path(), ArmNames.PROPERTIES), "template"), nestedExpressions(r.node(), nested, expressions), out);
            }
        }
    }

    /** Carries an access-policy or diagnostic-setting resource that belongs to the vault; returns the policy count. */
    private static int child(Carry c, Located r, String type, int policies, boolean mine) {
        if (!mine) {
            return policies;
        }
        if (type.equals(ArmNames.ACCESS_POLICIES_TYPE.toLowerCase(Locale.ROOT))) {
            return AzureVaults.accessPolicies(c, r.node().path(ArmNames.PROPERTIES).path(ArmNames.ACCESS_POLICIES),
                    at(at(r.path(), ArmNames.PROPERTIES), ArmNames.ACCESS_POLICIES), policies);
        }
        if (type.equals(ArmNames.DIAGNOSTIC_TYPE.toLowerCase(Locale.ROOT)) || type.equals(ArmNames.NESTED_DIAGNOSTIC_TYPE.toLowerCase(Locale.ROOT))) {
            AzureVaults.diagnosticSetting(c, r.node(), r.path());
        }
        return policies;
    }

    /** Notes what ARM decides only at deployment: whether the vault is deployed at all, and how many times. */
    private static void deployment(Carry c, Located vault, ArmExpressions expressions) {
        JsonNode condition = vault.node().get("condition");
        if (condition != null) {
            ArmExpressions.Resolution r = expressions.resolve(condition);
            if (r.resolved() && r.value() != null && r.value().isBoolean() && !r.value().asBoolean()) {
                c.note(InputPath.ROOT, "the template does not deploy this vault: " + at(vault.path(), "condition") + " is false.");
            } else if (!(r.resolved() && r.value() != null && r.value().isBoolean())) {
                c.note(InputPath.ROOT, "the template deploys this vault only when " + at(vault.path(), "condition") + " ("
                        + condition.asText() + ") holds at deployment.");
            }
        }
        if (vault.node().path(ArmNames.EXISTING).asBoolean(false)) {
            c.note(InputPath.ROOT, at(vault.path(), ArmNames.EXISTING) + " is true: the template refers to this vault and does not deploy it.");
        }
        if (vault.node().has("copy")) {
            c.note(InputPath.ROOT, at(vault.path(), "copy") + " deploys this vault several times; kvguard imported it once: write one"
                    + " spec per copy.");
        }
    }

    /**
     * The resources of a template: a list, or (languageVersion 2.0) an object keyed by symbolic name.
     */
    private static List<Located> resources(JsonNode resources, String path) {
        List<Located> out = new ArrayList<>();
        if (resources.isArray()) {
            for (int i = 0; i < resources.size(); i++) {
                out.add(new Located(resources.get(i), path + "[" + i + "]"));
            }
        } else if (resources.isObject()) {
            resources.fields().forEachRemaining(f -> out.add(new Located(f.getValue(), path + "." + f.getKey())));
        }
        return out;
    }

    /**
     * The expressions of a nested template: with inner scope its own parameters, given the literal values the
     * deployment passes (resolved in the outer template); with outer scope (ARM's default) the outer template's.
     */
    private static ArmExpressions nestedExpressions(JsonNode deployment, JsonNode nested, ArmExpressions outer) {
        JsonNode properties = deployment.path(ArmNames.PROPERTIES);
        if (!"inner".equalsIgnoreCase(properties.path("expressionEvaluationOptions").path("scope").asText())) {
            return outer;
        }
        com.fasterxml.jackson.databind.node.ObjectNode copy = nested.deepCopy();
        JsonNode declared = copy.path(ArmNames.PARAMETERS);
        properties.path(ArmNames.PARAMETERS).fields().forEachRemaining(passed -> {
            JsonNode parameter = ArmExpressions.field(declared, passed.getKey());
            if (parameter instanceof com.fasterxml.jackson.databind.node.ObjectNode p) {
                ArmExpressions.Resolution r = outer.resolve(passed.getValue().get("value"));
                if (r.resolved() && r.value() != null) {
                    p.set("defaultValue", r.value());
                } else {
                    p.remove("defaultValue");
                }
            }
        });
        return ArmExpressions.of(copy);
    }

    /**
     * Whether a child resource's name ({@code vault/add}, {@code [format('{0}/add', parameters('n'))]}) names the
     * vault: its text mentions the vault's name expression or literal; with a single vault, any child does.
     */
    private static boolean namesVault(String childName, String vaultName, int vaultCount) {
        return vaultCount == 1 || childName.contains(strip(vaultName));
    }

    private static boolean scopedToVault(JsonNode setting, String vaultName, int vaultCount) {
        String scope = setting.path("scope").asText();
        return scope.toLowerCase(Locale.ROOT).contains("microsoft.keyvault/vaults")
                && (vaultCount == 1 || scope.contains(strip(vaultName)));
    }

    /** The inside of an expression ({@code parameters('n')} of {@code [parameters('n')]}), or the literal. */
    private static String strip(String name) {
        return name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
    }
}
