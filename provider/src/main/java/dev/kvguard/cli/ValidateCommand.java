package dev.kvguard.cli;

import dev.kvguard.core.render.Sarif;
import dev.kvguard.core.render.ValidationRenderer;
import dev.kvguard.core.render.ValidationRenderer.Validated;
import dev.kvguard.core.spec.io.SpecReader;
import dev.kvguard.core.spec.io.SpecSyntaxException;
import dev.kvguard.core.validate.ValidationReport;
import dev.kvguard.core.validate.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kvguard validate FILE... [--format text|json|sarif]}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validates spec files (YAML or JSON) against every documented Key Vault network limit.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Spec files to validate.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text, json or sarif (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        Formats.require(spec, format, OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.SARIF);
        List<Validated> results = new ArrayList<>();
        for (Path file : files) {
            try {
                results.add(new Validated(file.toString(), Validator.validate(SpecReader.read(file))));
            } catch (SpecSyntaxException e) {
                spec.commandLine().getErr().println("kvguard: " + e.getMessage());
                return KvguardCli.UNUSABLE;
            }
        }
        String out = switch (format) {
            case JSON -> ValidationRenderer.json(results);
            case SARIF -> Sarif.render(Version.number(), results.stream()
                    .map(v -> SpecFiles.artifact(Path.of(v.source()), v.report().findings())).toList());
            default -> ValidationRenderer.text(results);
        };
        boolean errors = results.stream().map(Validated::report).anyMatch(ValidationReport::hasErrors);
        return Formats.print(spec, out, errors);
    }
}
