package dev.kvguard.cli;

import dev.kvguard.core.importer.Documents;
import dev.kvguard.core.render.Sarif;
import dev.kvguard.core.render.ValidationRenderer;
import dev.kvguard.core.render.ValidationRenderer.Validated;
import dev.kvguard.core.spec.io.SpecReader;
import dev.kvguard.core.spec.io.SpecSyntaxException;
import dev.kvguard.core.validate.ValidationReport;
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

/** {@code kvguard validate FILE... [--format text|json|sarif]}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validates spec files (YAML or JSON), or documents of Azure's tools (az keyvault show, ARM templates, "
                + "REST bodies, terraform show -json), against every documented Key Vault network limit.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Spec files or documents to validate.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text, json or sarif (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    ProfileOption profile;

    @Override
    public Integer call() {
        Formats.require(spec, format, OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.SARIF);
        List<Validated> results = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        String profileName = profile.name();
        for (Path file : files) {
            try {
                for (Documents.Checked vault : Documents.check(SpecReader.readTree(file), file.toString(), profileName)) {
                    results.add(new Validated(vault.label().isEmpty() ? file.toString() : file + " " + vault.label(), vault.report()));
                    sources.add(file);
                }
            } catch (SpecSyntaxException e) {
                spec.commandLine().getErr().println("kvguard: " + e.getMessage());
                return KvguardCli.UNUSABLE;
            }
        }
        String out = switch (format) {
            case JSON -> ValidationRenderer.json(results);
            case SARIF -> Sarif.render(Version.number(), java.util.stream.IntStream.range(0, results.size())
                    .mapToObj(i -> SpecFiles.artifact(sources.get(i), results.get(i).report().findings())).toList());
            default -> ValidationRenderer.text(results);
        };
        boolean errors = results.stream().map(Validated::report).anyMatch(ValidationReport::hasErrors);
        return Formats.print(spec, out, errors);
    }
}
