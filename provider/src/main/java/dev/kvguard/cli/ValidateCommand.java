package dev.kvguard.cli;

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

/** {@code kvguard validate FILE... [--format text|json]}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validates spec files (YAML or JSON) against every documented Key Vault network limit.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Spec files to validate.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        Formats.require(spec, format, OutputFormat.TEXT, OutputFormat.JSON);
        List<Validated> results = new ArrayList<>();
        for (Path file : files) {
            try {
                results.add(new Validated(file.toString(), Validator.validate(SpecReader.read(file))));
            } catch (SpecSyntaxException e) {
                spec.commandLine().getErr().println("kvguard: " + e.getMessage());
                return KvguardCli.UNUSABLE;
            }
        }
        String out = format == OutputFormat.JSON ? ValidationRenderer.json(results) : ValidationRenderer.text(results);
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        boolean errors = results.stream().map(Validated::report).anyMatch(ValidationReport::hasErrors);
        return errors ? KvguardCli.FINDINGS : KvguardCli.OK;
    }
}
