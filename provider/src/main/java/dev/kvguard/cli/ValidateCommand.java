package dev.kvguard.cli;

import dev.kvguard.core.importer.Documents;
import dev.kvguard.core.render.Sarif;
import dev.kvguard.core.render.ValidationRenderer;
import dev.kvguard.core.render.ValidationRenderer.Validated;
import dev.kvguard.core.spec.io.SpecDocument;
import dev.kvguard.core.spec.io.SpecLocator;
import dev.kvguard.core.spec.io.SpecReader;
import dev.kvguard.core.spec.io.SpecSyntaxException;
import dev.kvguard.core.validate.ValidationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kvguard validate FILE... [--format text|json|sarif]}. Every readable file is reported; a file
 * that cannot be read or parsed gets one line on stderr and its own entry in the report (text line,
 * JSON {@code error}, SARIF tool notification); when no file at all could be read, JSON and SARIF still
 * print their document (holding only those entries), text prints no report. Exit code: the worst outcome, 2 (a file unreadable) over 1 (errors) over 0.
 */
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
        // One unreadable file must not hide the others: each is reported, and the exit code is the worst outcome.
        List<Validated> results = new ArrayList<>();
        List<Source> sources = new ArrayList<>(); // one per result
        String profileName = profile.name();
        for (Path file : files) {
            try {
                SpecDocument document = SpecReader.readDocument(file, System.in);
                for (Documents.Checked vault : Documents.check(document.tree(), file.toString(), profileName)) {
                    results.add(new Validated(vault.label().isEmpty() ? file.toString() : file + " " + vault.label(), vault.report()));
                    sources.add(new Source(file, document.locator()));
                }
            } catch (SpecSyntaxException e) {
                Formats.fail(spec, e.getMessage());
                results.add(Validated.unreadable(file.toString(), e.getMessage()));
                sources.add(new Source(file, SpecLocator.none()));
            }
        }
        // A JSON or SARIF consumer (a SARIF upload) needs a document even when no file could be read; text has its stderr lines.
        if (format == OutputFormat.TEXT && results.stream().noneMatch(Validated::readable)) {
            return KvguardCli.UNUSABLE;
        }
        String out = switch (format) {
            case JSON -> ValidationRenderer.json(results);
            case SARIF -> Sarif.render(Version.number(), IntStream.range(0, results.size()).filter(i -> results.get(i).readable())
                            .mapToObj(i -> SpecFiles.artifact(sources.get(i).file(), results.get(i).report().findings(), sources.get(i).locator())).toList(),
                    IntStream.range(0, results.size()).filter(i -> !results.get(i).readable())
                            .mapToObj(i -> new Sarif.Unreadable(SpecFiles.uri(sources.get(i).file()), results.get(i).error())).toList());
            default -> ValidationRenderer.text(results);
        };
        boolean errors = results.stream().filter(Validated::readable).map(Validated::report).anyMatch(ValidationReport::hasErrors);
        int code = Formats.print(spec, out, errors);
        return results.stream().allMatch(Validated::readable) ? code : KvguardCli.UNUSABLE;
    }

    /** Where a result came from, with the lines of the one read of that file (standard input is read once). */
    private record Source(Path file, SpecLocator locator) {
    }
}
