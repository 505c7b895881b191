package dev.kvguard.preview;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.internal.Internal;
import com.pulumi.core.internal.OutputData;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceArgs;
import com.pulumi.resources.ResourceTransformation;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import dev.kvguard.components.SecureKeyVault;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.render.PreviewReport;
import dev.kvguard.pulumi.KvguardValidationException;
import dev.kvguard.pulumi.ProfileConfig;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Runs a Pulumi program in-process against Pulumi's mock engine and {@link FakeAzure}: no CLI, no
 * credentials, no network. Records what a preview would register (type, parent, dependencies, inputs),
 * the kvguard components' plans, and their findings.
 *
 * <p>By default it runs as {@code pulumi preview} does ({@link Phase#PREVIEW}): the program sees a dry
 * run, and the outputs of the resources it creates are unknown (see {@link FakeAzure}), so kvguard's
 * deferred checks and {@code input-unknown-at-preview} behave as under the real engine.
 * {@link Phase#DEPLOYMENT} runs as {@code pulumi up} does once Azure has answered: every output known.
 */
public final class OfflinePreview {

    /** A registered resource with its inputs and import id (null unless adopted); the report keeps only what reviewers read. */
    public record Registration(String type, String name, String parent, List<String> dependsOn, Map<String, Object> inputs,
                               String importId) {
    }

    /** Which run of the engine to imitate. */
    public enum Phase {
        /** {@code pulumi preview}: outputs of resources being created are unknown. */
        PREVIEW,
        /** {@code pulumi up}, after Azure answered: every output known. */
        DEPLOYMENT
    }

    /** Stands in, in {@link Registration#inputs()}, for an input not known when the resource was registered. */
    public static final String UNKNOWN_INPUT = "(unknown at preview)";

    /** The report, plus everything recorded, for tests that inspect inputs. */
    public record Outcome(PreviewReport report, List<Registration> registrations, TestResult result) {
    }

    private OfflinePreview() {
    }

    public static PreviewReport run(String program, Consumer<Context> stack) {
        return record(program, stack).report();
    }

    /** Previews with {@code profile} for the components whose inputs name none (through {@link ProfileConfig}). */
    public static PreviewReport run(String program, Consumer<Context> stack, LimitsProfile profile) {
        return record(program, stack, Phase.PREVIEW, profile).report();
    }

    /** Runs the program as {@code pulumi preview} would. */
    public static Outcome record(String program, Consumer<Context> stack) {
        return record(program, stack, Phase.PREVIEW);
    }

    public static Outcome record(String program, Consumer<Context> stack, Phase phase) {
        return record(program, stack, phase, LimitsProfile.DEFAULT);
    }

    public static Outcome record(String program, Consumer<Context> stack, Phase phase, LimitsProfile profile) {
        Map<String, Class<?>> classes = new ConcurrentHashMap<>();
        FakeAzure azure = phase == Phase.PREVIEW
                ? FakeAzure.preview(type -> Optional.ofNullable(classes.get(type))) : FakeAzure.deployment();
        Map<Resource, String> parents = new ConcurrentHashMap<>();
        Map<Resource, Output<List<Resource>>> dependsOn = new ConcurrentHashMap<>();
        Map<Resource, ResourceArgs> arguments = new ConcurrentHashMap<>();
        // The mock monitor sees neither options nor classes: a stack transformation records parent and
        // dependsOn, the arguments as given, and the SDK class that FakeAzure reads output types from.
        ResourceTransformation recorder = args -> {
            args.options().getParent().ifPresent(p -> parents.put(args.resource(), p.pulumiResourceName()));
            dependsOn.put(args.resource(), args.options().getDependsOn());
            arguments.put(args.resource(), args.args());
            classes.putIfAbsent(args.resource().pulumiResourceType(), args.resource().getClass());
            return Optional.empty();
        };
        try {
            // TestOptions carries no config; the SDK's own test builder does (PulumiTest.withOptions uses it too).
            TestResult result = PulumiTestInternal.builder().options(TestOptions.builder().preview(phase == Phase.PREVIEW)
                            .resourceTransformations(List.of(recorder)).build())
                    .mocks(azure).config(ProfileConfig.of(profile)).build().runTest(ctx -> {
                        try {
                            stack.accept(ctx);
                        } finally {
                            azure.release(); // the program has returned: let the engine's answers arrive
                        }
                    });
            List<Registration> registrations = new ArrayList<>();
            List<PreviewReport.ComponentPlan> plans = new ArrayList<>();
            List<Finding> findings = new ArrayList<>();
            for (Resource r : result.resources()) {
                if (r.pulumiResourceType().equals("pulumi:pulumi:Stack")) {
                    continue;
                }
                Map<String, Object> known = azure.inputs().getOrDefault(r.pulumiResourceType() + " " + r.pulumiResourceName(), Map.of());
                registrations.add(new Registration(r.pulumiResourceType(), r.pulumiResourceName(), parents.get(r),
                        names(dependsOn.get(r)), withUnknowns(known, arguments.get(r)),
                        azure.importIds().get(r.pulumiResourceType() + " " + r.pulumiResourceName())));
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

    /**
     * The inputs the mock monitor received, plus a marker for every input that was unknown (the monitor
     * drops those), so that a report shows them as unknown rather than absent.
     */
    private static Map<String, Object> withUnknowns(Map<String, Object> known, ResourceArgs args) {
        if (args == null) {
            return known;
        }
        Map<String, Object> inputs = new TreeMap<>(known);
        for (Class<?> c = args.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                Import input = field.getAnnotation(Import.class);
                if (input == null || Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                String name = input.name().isEmpty() ? field.getName() : input.name();
                if (!inputs.containsKey(name) && unknown(field, args)) {
                    inputs.put(name, UNKNOWN_INPUT);
                }
            }
        }
        return inputs;
    }

    /** Whether the input is an output that settled unknown (a known null is simply absent). */
    private static boolean unknown(Field field, Object owner) {
        Object value;
        try {
            field.setAccessible(true);
            value = field.get(owner);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false; // an argument class we cannot read: report only what the monitor saw
        }
        if (!(value instanceof Output<?> output)) {
            return false;
        }
        CompletableFuture<? extends OutputData<?>> data = Internal.of(output).getDataAsync();
        return data.isDone() && !data.isCompletedExceptionally() && !data.join().isKnown();
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
