package dev.kvguard.core.importer;

import static dev.kvguard.core.importer.Carry.at;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads every Key Vault in a document of Azure's tools and carries each over to a kvguard spec tree. */
public final class Importer {
    private static final String ACCESS_POLICIES_TYPE = "Microsoft.KeyVault/vaults/accessPolicies";
    private static final String DIAGNOSTIC_TYPE = "Microsoft.Insights/diagnosticSettings";
    private static final String NESTED_DIAGNOSTIC_TYPE = "Microsoft.KeyVault/vaults/providers/diagnosticSettings";

    private Importer() {
    }

    /** Every vault of the document, in document order; empty for a kvguard spec or a document without vaults. */
    public static List<ImportedVault> vaults(JsonNode root) {
        return switch (DocumentFormat.detect(root)) {
            case SPEC -> List.of();
            case TERRAFORM -> TerraformVaults.read(root);
            case ARM_TEMPLATE -> template(root);
            case AZURE_RESOURCE -> {
                Carry c = new Carry("", "name", ArmExpressions.NONE);
                AzureVaults.vault(c, root, "", null);
                yield List.of(c.build());
            }
            case REST_BODY -> {
                Carry c = new Carry("", "properties", ArmExpressions.NONE);
                AzureVaults.vault(c, root, "", null);
                yield List.of(c.build());
            }
            case REST_EXAMPLE -> {
                JsonNode parameters = root.path("parameters");
                Carry c = new Carry("", "parameters.vaultName", ArmExpressions.NONE);
                AzureVaults.vault(c, parameters.path("parameters"), "parameters.parameters", new AzureVaults.Identity(
                        parameters.get("vaultName"), "parameters.vaultName", parameters.get("resourceGroupName"),
                        "parameters.resourceGroupName"));
                yield List.of(c.build());
            }
        };
    }

    private static List<ImportedVault> template(JsonNode root) {
        ArmExpressions expressions = ArmExpressions.of(root);
        JsonNode resources = root.path("resources");
        List<Integer> vaults = new ArrayList<>();
        for (int i = 0; i < resources.size(); i++) {
            if (AzureVaults.VAULT_TYPE.equalsIgnoreCase(resources.get(i).path("type").asText())) {
                vaults.add(i);
            }
        }
        List<ImportedVault> out = new ArrayList<>();
        for (int index : vaults) {
            JsonNode vault = resources.get(index);
            String base = "resources[" + index + "]";
            Carry c = new Carry(base, at(base, "name"), expressions);
            AzureVaults.vault(c, vault, base, null);
            String name = vault.path("name").asText();
            int policies = vault.path("properties").path("accessPolicies").size();
            for (int i = 0; i < resources.size(); i++) {
                JsonNode r = resources.get(i);
                String type = r.path("type").asText().toLowerCase(Locale.ROOT);
                String path = "resources[" + i + "]";
                if (type.equals(ACCESS_POLICIES_TYPE.toLowerCase(Locale.ROOT)) && namesVault(r.path("name").asText(), name, vaults.size())) {
                    policies = AzureVaults.accessPolicies(c, r.path("properties").path("accessPolicies"),
                            path + ".properties.accessPolicies", policies);
                } else if ((type.equals(DIAGNOSTIC_TYPE.toLowerCase(Locale.ROOT)) && scopedToVault(r, name, vaults.size()))
                        || (type.equals(NESTED_DIAGNOSTIC_TYPE.toLowerCase(Locale.ROOT)) && namesVault(r.path("name").asText(), name, vaults.size()))) {
                    AzureVaults.diagnosticSetting(c, r, path);
                }
            }
            out.add(c.build());
        }
        return out;
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
