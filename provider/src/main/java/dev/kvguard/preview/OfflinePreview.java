package dev.kvguard.preview;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceTransformation;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import dev.kvguard.components.SecureKeyVault;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.render.PreviewReport;
import dev.kvguard.pulumi.KvguardValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Runs a Pulumi program in-process against Pulumi's mock engine and {@link FakeAzure}: no CLI, no
 * credentials, no network. Records what a preview would register (type, parent, dependencies, inputs),
 * the kvguard components' plans, and their findings.
 */
public final class OfflinePreview {

    /** A registered resource with its inputs (the report keeps only what reviewers read). */
    public record Registration(String type, String name, String parent, List<String> dependsOn, Map<String, Object> inputs) {
    }

    /** The report, plus everything recorded, for tests that inspect inputs. */
    public record Outcome(PreviewReport report, List<Registration> registrations, TestResult result) {
    }

    private OfflinePreview() {
    }

    public static PreviewReport run(String program, Consumer<Context> stack) {
        return record(program, stack).report();
    }

    public static Outcome record(String program, Consumer<Context> stack) {
        FakeAzure azure = new FakeAzure();
        Map<Resource, String> parents = new ConcurrentHashMap<>();
        Map<Resource, Output<List<Resource>>> dependsOn = new ConcurrentHashMap<>();
        // The mock monitor does not see options: a stack transformation records parent and dependsOn.
        ResourceTransformation recorder = args -> {
            args.options().getParent().ifPresent(p -> parents.put(args.resource(), p.pulumiResourceName()));
            dependsOn.put(args.resource(), args.options().getDependsOn());
            return Optional.empty();
        };
        try {
            TestResult result = PulumiTest.withOptions(TestOptions.builder().preview(false)
                            .resourceTransformations(List.of(recorder)).build())
                    .withMocks(azure).runTest(stack);
            List<Registration> registrations = new ArrayList<>();
            List<PreviewReport.ComponentPlan> plans = new ArrayList<>();
            List<Finding> findings = new ArrayList<>();
            for (Resource r : result.resources()) {
                if (r.pulumiResourceType().equals("pulumi:pulumi:Stack")) {
                    continue;
                }
                registrations.add(new Registration(r.pulumiResourceType(), r.pulumiResourceName(), parents.get(r),
                        names(dependsOn.get(r)), azure.inputs().getOrDefault(r.pulumiResourceType() + " " + r.pulumiResourceName(), Map.of())));
                if (r instanceof SecureKeyVault vault) {
                    plans.add(new PreviewReport.ComponentPlan(vault.pulumiResourceName(), vault.deploymentPlan()));
                    findings.addAll(vault.deploymentPlan().findings());
                }
            }
            registrations.sort(Comparator.comparing(Registration::type).thenComparing(Registration::name));
            plans.sort(Comparator.comparing(PreviewReport.ComponentPlan::component));
            List<String> errors = new ArrayList<>();
            Set<Finding> refused = new LinkedHashSet<>();
            for (Exception e : result.exceptions()) {
                KvguardValidationException validation = validationCause(e);
                if (validation != null) {
                    refused.addAll(validation.findings());
                } else {
                    errors.add(firstLine(e));
                }
            }
            findings.addAll(refused);
            List<PreviewReport.Resource> resources = registrations.stream()
                    .map(x -> new PreviewReport.Resource(x.type(), x.name(), x.parent(), x.dependsOn())).toList();
            return new Outcome(new PreviewReport(program, findings, plans, resources, errors), registrations, result);
        } finally {
            PulumiTest.cleanup();
        }
    }

    private static List<String> names(Output<List<Resource>> output) {
        if (output == null) {
            return List.of();
        }
        List<Resource> list = PulumiTest.extractValue(output);
        return list == null ? List.of() : list.stream().map(Resource::pulumiResourceName).sorted().toList();
    }

    private static KvguardValidationException validationCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof KvguardValidationException v) {
                return v;
            }
        }
        return null;
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root.getClass().getSimpleName() + ": " + message.lines().findFirst().orElse("");
    }
}
