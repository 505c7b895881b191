package dev.kvguard.core.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.declaration.Inputs.Limits;
import dev.kvguard.core.spec.declaration.Inputs.SecureKeyVault;
import dev.kvguard.core.spec.io.BoundSpec;
import dev.kvguard.core.spec.io.SpecBinder;
import dev.kvguard.core.spec.io.SpecSyntaxException;
import dev.kvguard.core.validate.ValidationReport;
import dev.kvguard.core.validate.Validator;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code validate} and {@code plan} read: a kvguard spec, or any document {@link Importer} understands.
 * Each vault is bound and validated as its imported spec, and its findings are given back in the
 * document's own paths ({@code resources[2].properties.networkAcls.ipRules[0].value}), so that they (and
 * SARIF lines) point at what the user wrote.
 */
public final class Documents {

    /** The resource group of a document that names none, as plans show it. */
    public static final String DEPLOYMENT_GROUP = "(the deployment's resource group)";

    private Documents() {
    }

    /**
     * One checked vault.
     *
     * @param label  where the vault is in the document ("" for a spec or a single-vault document)
     * @param format the document's format
     * @param bound  the bound spec (for the planner)
     * @param report the findings, in the document's paths
     */
    public record Checked(String label, DocumentFormat format, BoundSpec bound, ValidationReport report) {
    }

    /**
     * Binds and validates every vault of a parsed document.
     *
     * @param root    the parsed document
     * @param source  its name, for messages
     * @param profile the limits profile for vaults that name none, or null for kvguard's default
     * @throws SpecSyntaxException when a document of Azure's tools holds no Key Vault
     */
    public static List<Checked> check(JsonNode root, String source, String profile) throws SpecSyntaxException {
        DocumentFormat format = DocumentFormat.detect(root);
        if (format == DocumentFormat.SPEC) {
            BoundSpec bound = SpecBinder.bind(root.isObject() ? withProfile((ObjectNode) root.deepCopy(), profile) : root);
            return List.of(new Checked("", format, bound, Validator.validate(bound)));
        }
        List<ImportedVault> vaults = Importer.vaults(root);
        if (vaults.isEmpty()) {
            throw new SpecSyntaxException(source + ": " + format.withArticle() + " without any Key Vault ("
                    + AzureVaults.VAULT_TYPE + " or azurerm_key_vault)");
        }
        List<Checked> out = new ArrayList<>();
        for (ImportedVault vault : vaults) {
            ObjectNode tree = withProfile(vault.spec().deepCopy(), profile);
            SpecNode vaultInputs = SpecNode.vault(tree);
            InputPath groupName = Place.VAULT.at(SecureKeyVault.RESOURCE_GROUP_NAME);
            boolean placeholder = !vaultInputs.has(SecureKeyVault.RESOURCE_GROUP_NAME)
                    && !vault.unresolved().contains(groupName.toString());
            if (placeholder) {
                // A template or request body is deployed into a resource group it does not name.
                vaultInputs.put(SecureKeyVault.RESOURCE_GROUP_NAME, DEPLOYMENT_GROUP);
            }
            BoundSpec bound = SpecBinder.bind(tree);
            ValidationReport report = Validator.validate(bound);
            // The placeholder is kvguard's wording, not the user's input: the naming rule has nothing to say of it.
            List<Finding> findings = report.findings().stream()
                    .filter(f -> !(placeholder && f.path().equals(groupName))).toList();
            out.add(new Checked(vaults.size() == 1 ? "" : vault.label(), format, bound,
                    report.withFindings(inDocumentPaths(vault, findings))));
        }
        return out;
    }

    /** Sets {@code limits.profile} when the spec names no profile and one was asked for. */
    public static ObjectNode withProfile(ObjectNode spec, String profile) {
        SpecNode vault = SpecNode.vault(spec);
        if (profile != null && !SpecNode.read(vault.path(SecureKeyVault.LIMITS), Limits.TYPE).has(Limits.PROFILE)) {
            vault.object(SecureKeyVault.LIMITS).set(Limits.PROFILE, TextNode.valueOf(profile));
        }
        return spec;
    }

    /**
     * The vault's findings in document paths, with the import's own findings; findings on values that could
     * not be resolved are dropped, since the import already reports those once, where they are.
     */
    static List<Finding> inDocumentPaths(ImportedVault vault, List<Finding> findings) {
        List<Finding> out = new ArrayList<>(vault.findings());
        for (Finding f : findings) {
            if (vault.unresolved().stream().anyMatch(u -> InputPath.parse(u).covers(f.path()))) {
                continue;
            }
            out.add(f.at(InputPath.parse(vault.documentPath(f.path().toString()))));
        }
        out.sort(Finding.ORDER);
        return out;
    }
}
