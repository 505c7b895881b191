package dev.kvguard.cli;

import dev.kvguard.core.plan.Plan;
import dev.kvguard.core.plan.Planner;
import dev.kvguard.core.render.PlanRenderer;
import dev.kvguard.core.render.Sarif;
import dev.kvguard.core.spec.io.BoundSpec;
import dev.kvguard.core.spec.io.SpecReader;
import dev.kvguard.core.spec.io.SpecSyntaxException;
import dev.kvguard.core.validate.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    @Parameters(paramLabel = "FILE", description = "Spec file (YAML or JSON).")
    Path file;

    @Option(names = "--format", defaultValue = "text",
            description = "text, markdown, json or sarif (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        Formats.require(spec, format, OutputFormat.TEXT, OutputFormat.MARKDOWN, OutputFormat.JSON, OutputFormat.SARIF);
        BoundSpec bound;
        try {
            bound = SpecReader.read(file);
        } catch (SpecSyntaxException e) {
            return Formats.fail(spec, e.getMessage());
        }
        Plan plan = Planner.plan(bound.spec(), Validator.validate(bound));
        String out = switch (format) {
            case JSON -> PlanRenderer.json(plan);
            case MARKDOWN -> PlanRenderer.markdown(plan);
            case SARIF -> Sarif.render(Version.number(), List.of(SpecFiles.artifact(file, plan.findings())));
            default -> PlanRenderer.text(plan);
        };
        return Formats.print(spec, out, plan.hasErrors());
    }
}
