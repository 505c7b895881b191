package dev.kvguard.cli;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.importer.Adoption;
import dev.kvguard.core.importer.DocumentFormat;
import dev.kvguard.core.importer.Documents;
import dev.kvguard.core.importer.ImportedVault;
import dev.kvguard.core.importer.Importer;
import dev.kvguard.core.importer.SpecYaml;
import dev.kvguard.core.spec.io.SpecReader;
import dev.kvguard.core.spec.io.SpecSyntaxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            + "resource id and the settings the document shows, so that validation warns about every one the spec changes.")
    boolean adopt;

    @Option(names = "--subscription", paramLabel = "GUID",
            description = "With --adopt, the subscription of vaults whose document names no resource id.")
    String subscription;

    @Option(names = "--resource-group", paramLabel = "NAME",
            description = "Resource group of vaults whose document names none (ARM templates, REST bodies).")
    String resourceGroup;

    @Mixin
    ProfileOption profile;

    @Override
    public Integer call() {
        String profileName = profile.name();
        List<String> specs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Finding> unresolved = new ArrayList<>();
        for (Path file : files) {
            List<ImportedVault> vaults;
            DocumentFormat format;
            com.fasterxml.jackson.databind.JsonNode root;
            try {
                root = SpecReader.readTree(file);
                format = DocumentFormat.detect(root);
                if (format == DocumentFormat.SPEC) {
                    throw new SpecSyntaxException(file + ": already a kvguard spec (or no document kvguard can import);"
                            + " formats: az keyvault show, ARM template, REST body, terraform show -json");
                }
                vaults = Importer.vaults(root);
                if (vaults.isEmpty()) {
                    throw new SpecSyntaxException(file + ": a " + format.description() + " without any Key Vault");
                }
            } catch (SpecSyntaxException e) {
                spec.commandLine().getErr().println("kvguard: " + e.getMessage());
                return KvguardCli.UNUSABLE;
            }
            for (ImportedVault imported : vaults) {
                if (resourceGroup != null && !imported.spec().has("resourceGroupName")) {
                    imported.spec().put("resourceGroupName", resourceGroup);
                }
                // Adoption records what the vault has, so it comes before the lock-down changes it.
                ImportedVault adopted = adopt ? Adoption.adopt(imported, root, subscription) : imported;
                ImportedVault vault = lockDown ? adopted.lockedDown() : adopted;
                Documents.withProfile(vault.spec(), profileName);
                String where = file + (vault.label().isEmpty() ? "" : " " + vault.label());
                specs.add(SpecYaml.write(vault, List.of("kvguard spec imported from " + where + " (" + format.description() + ")")));
                names.add(vault.spec().path("vaultName").asText(vault.label().isEmpty() ? "vault" : vault.label()));
                for (Finding f : vault.findings()) {
                    unresolved.add(f);
                    spec.commandLine().getErr().println("kvguard: " + file + ": " + f.path() + ": " + f.message());
                }
            }
        }
        if (output != null) {
            try {
                Files.createDirectories(output);
                for (int i = 0; i < specs.size(); i++) {
                    Path target = output.resolve(names.get(i).replaceAll("[^A-Za-z0-9._-]", "_") + ".yaml");
                    Files.writeString(target, specs.get(i));
                    spec.commandLine().getOut().println(target);
                }
            } catch (IOException e) {
                spec.commandLine().getErr().println("kvguard: cannot write to " + output + " (" + e.getClass().getSimpleName() + ")");
                return KvguardCli.UNUSABLE;
            }
            spec.commandLine().getOut().flush();
            return unresolved.isEmpty() ? KvguardCli.OK : KvguardCli.FINDINGS;
        }
        return Formats.print(spec, String.join("---\n", specs), !unresolved.isEmpty());
    }
}
