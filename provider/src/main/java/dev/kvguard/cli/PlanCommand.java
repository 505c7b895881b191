package dev.kvguard.cli;

import dev.kvguard.core.importer.Documents;
import dev.kvguard.core.plan.Plan;
import dev.kvguard.core.plan.Planner;
import dev.kvguard.core.render.PlanRenderer;
import dev.kvguard.core.render.Sarif;
import dev.kvguard.core.spec.io.SpecDocument;
import dev.kvguard.core.spec.io.SpecReader;
import dev.kvguard.core.spec.io.SpecSyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kvguard plan FILE [--format text|markdown|json|sarif]}. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Validates a spec file and prints its dependency-ordered deployment plan.")
final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Spec file (YAML or JSON), or a document of Azure's tools with one vault.")
    Path file;

    @Option(names = "--format", defaultValue = "text",
            description = "text, markdown, json or sarif (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    ProfileOption profile;

    @Override
    public Integer call() {
        Formats.require(spec, format, OutputFormat.TEXT, OutputFormat.MARKDOWN, OutputFormat.JSON, OutputFormat.SARIF);
        List<Documents.Checked> vaults;
        SpecDocument document;
        try {
            document = SpecReader.readDocument(file, System.in);
            vaults = Documents.check(document.tree(), file.toString(), profile.name());
        } catch (SpecSyntaxException e) {
            return Formats.fail(spec, e.getMessage());
        }
        if (vaults.size() > 1) {
            return Formats.fail(spec, file + " holds " + vaults.size() + " vaults ("
                    + String.join(", ", vaults.stream().map(Documents.Checked::label).toList())
                    + "); plan one at a time: 'kvguard import " + file + "' writes a spec for each");
        }
        Plan plan = Planner.plan(vaults.get(0).report());
        String out = switch (format) {
            case JSON -> PlanRenderer.json(plan);
            case MARKDOWN -> PlanRenderer.markdown(plan);
            case SARIF -> Sarif.render(Version.number(), List.of(SpecFiles.artifact(file, plan.findings(), document.locator())));
            default -> PlanRenderer.text(plan);
        };
        return Formats.print(spec, out, plan.hasErrors());
    }
}
