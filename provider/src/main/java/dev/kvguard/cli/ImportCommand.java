package dev.kvguard.cli;

import dev.kvguard.core.azure.Guid;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.importer.Adoption;
import dev.kvguard.core.importer.DocumentFormat;
import dev.kvguard.core.importer.Documents;
import dev.kvguard.core.importer.ImportedVault;
import dev.kvguard.core.importer.Importer;
import dev.kvguard.core.importer.SpecYaml;
import dev.kvguard.core.render.TextEscaper;
import dev.kvguard.core.spec.declaration.Inputs.SecureKeyVault;
import dev.kvguard.core.spec.io.SpecLimits;
import dev.kvguard.core.spec.io.SpecReader;
import dev.kvguard.core.spec.io.SpecSyntaxException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kvguard import FILE... [--output DIR] [--profile NAME]}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Prints the kvguard spec of every Key Vault in documents of Azure's tools: az keyvault show or "
                + "az resource show, ARM templates (Bicep compiles to them), REST request bodies, terraform show -json.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Documents to import.")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Write one spec file per vault into DIR (named after the vault) instead of printing them.")
    Path output;

    @Option(names = "--lock-down", description = "Close the firewall (default action Deny); an open vault gets stage observe first.")
    boolean lockDown;

    @Option(names = "--adopt", description = "Adopt the vault instead of creating it: write an 'existing' block with its "
            + "resource id and the settings the document shows, so that validation warns about every one the spec changes. "
            + "Only for documents of Azure's state (az keyvault show, az resource show, terraform show -json of the state).")
    boolean adopt;

    @Option(names = "--subscription", paramLabel = "GUID",
            description = "With --adopt, the subscription of vaults whose document of Azure's state names no resource id.")
    String subscription;

    @Option(names = "--resource-group", paramLabel = "NAME",
            description = "Resource group of vaults whose document names none (ARM templates, REST bodies).")
    String resourceGroup;

    @Mixin
    ProfileOption profile;

    @Option(names = "--force", description = "With --output, replace spec files that already exist.")
    boolean force;

    @Override
    public Integer call() {
        if (subscription != null && !Guid.isGuid(subscription)) {
            return Formats.fail(spec, "--subscription '" + subscription + "' is not a subscription id (a GUID such as "
                    + Guid.EXAMPLE + ")");
        }
        String profileName = profile.name();
        List<String> specs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean findings = false;
        boolean unusable = false;
        for (Path file : files) {
            List<ImportedVault> vaults;
            DocumentFormat format;
            com.fasterxml.jackson.databind.JsonNode root;
            try {
                root = SpecReader.readDocumentTree(file, SpecLimits.MAX_DOCUMENT_BYTES);
                format = DocumentFormat.detect(root);
                if (format == DocumentFormat.SPEC) {
                    throw new SpecSyntaxException(file + ": already a kvguard spec (or no document kvguard can import);"
                            + " formats: az keyvault show, ARM template, REST body, terraform show -json");
                }
                if (adopt && !DocumentFormat.isObservedState(root)) {
                    throw new SpecSyntaxException(file + ": --adopt needs what Azure has (az keyvault show, az resource show,"
                            + " terraform show -json of the state), and "
                            + (format == DocumentFormat.TERRAFORM ? "a Terraform plan" : format.withArticle()) + " says what is wanted;"
                            + " import it without --adopt, or import the deployed vault's az keyvault show");
                }
                vaults = Importer.vaults(root);
                if (vaults.isEmpty()) {
                    throw new SpecSyntaxException(file + ": " + format.withArticle() + " without any Key Vault"
                            + (format == DocumentFormat.AZURE_LIST ? " with its properties (az keyvault list leaves them out;"
                            + " run az keyvault show for each vault)" : ""));
                }
            } catch (SpecSyntaxException e) {
                // Like validate: one unusable file is reported and the others are still imported.
                Formats.fail(spec, e.getMessage());
                unusable = true;
                continue;
            }
            for (ImportedVault imported : vaults) {
                String groupName = SecureKeyVault.RESOURCE_GROUP_NAME.name();
                if (resourceGroup != null && !imported.spec().has(groupName)) {
                    imported.spec().put(groupName, resourceGroup);
                }
                // Adoption records what the vault has, so it comes before the lock-down changes it.
                ImportedVault adopted = adopt ? Adoption.adopt(imported, root, subscription) : imported;
                ImportedVault vault = lockDown ? adopted.lockedDown() : adopted;
                Documents.withProfile(vault.spec(), profileName);
                String where = file + (vault.label().isEmpty() ? "" : " " + vault.label());
                specs.add(SpecYaml.write(vault, List.of("kvguard spec imported from " + where + " (" + format.description() + ")")));
                names.add(vault.spec().path(SecureKeyVault.VAULT_NAME.name()).asText(vault.label().isEmpty() ? "vault" : vault.label()));
                for (Finding f : vault.findings()) {
                    findings = true;
                    // Paths and messages quote the document: shown on the terminal, never obeyed by it.
                    spec.commandLine().getErr().println("kvguard: " + TextEscaper.escape(file + ": " + f.path() + ": " + f.message()));
                }
            }
        }
        int worst = unusable ? KvguardCli.UNUSABLE : findings ? KvguardCli.FINDINGS : KvguardCli.OK;
        if (output != null) {
            return Math.max(worst, write(specs, names));
        }
        Formats.print(spec, String.join("---\n", specs), findings);
        return worst;
    }

    /**
     * One file per vault in {@link #output}. A file that exists (a hand-edited spec, or the vault of another
     * document with the same name) is kept unless --force; two vaults of this run never share a file.
     */
    private int write(List<String> specs, List<String> names) {
        Path target = output;
        try {
            Files.createDirectories(output);
            java.util.Set<Path> written = new java.util.HashSet<>();
            int worst = KvguardCli.OK;
            for (int i = 0; i < specs.size(); i++) {
                target = output.resolve(names.get(i).replaceAll("[^A-Za-z0-9._-]", "_") + ".yaml");
                if (!written.add(target)) {
                    worst = Formats.fail(spec, target + ": another vault of this import has the same name; "
                            + "import the documents one at a time into different directories");
                    continue;
                }
                try {
                    if (force) {
                        Files.writeString(target, specs.get(i));
                    } else {
                        Files.writeString(target, specs.get(i), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    }
                } catch (FileAlreadyExistsException e) {
                    worst = Formats.fail(spec, target + ": exists already and was kept; use --force to replace it");
                    continue;
                }
                spec.commandLine().getOut().println(TextEscaper.escape(target.toString()));
            }
            spec.commandLine().getOut().flush();
            return worst;
        } catch (AccessDeniedException e) {
            return Formats.fail(spec, "cannot write " + target + " (permission denied)");
        } catch (IOException e) {
            return Formats.fail(spec, "cannot write " + target + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
    }
}
