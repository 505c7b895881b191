package dev.kvguard.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers, checked on the compiled main classes (tests excluded). Each layer may use only the
 * layers before it:
 *
 * <pre>
 *   core  &lt;  pulumi  &lt;  components  &lt;  provider, preview  &lt;  cli
 * </pre>
 *
 * <ul>
 *   <li>{@code core}: spec, validation, plan and rendering; plain Java, no Pulumi, no gRPC.</li>
 *   <li>{@code pulumi}: turns a plan into Pulumi resources (the only layer that speaks azure-native).</li>
 *   <li>{@code components}: the {@code SecureKeyVault} and {@code SubnetServiceEndpoint} components and their inputs.</li>
 *   <li>{@code provider}: the component provider plugin and its schema; {@code preview}: the offline
 *       preview under Pulumi's mocks. Neither knows the other.</li>
 *   <li>{@code cli}: the command line; it reaches Pulumi only through {@code preview} (loaded lazily,
 *       see {@code CliClassLoadingTest}) and reads its version from {@code provider}.</li>
 * </ul>
 */
@AnalyzeClasses(packages = "dev.kvguard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersGoOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("core").definedBy("dev.kvguard.core..")
            .layer("pulumi").definedBy("dev.kvguard.pulumi..")
            .layer("components").definedBy("dev.kvguard.components..")
            .layer("provider").definedBy("dev.kvguard.provider..")
            .layer("preview").definedBy("dev.kvguard.preview..")
            .layer("cli").definedBy("dev.kvguard.cli..")
            .whereLayer("core").mayNotAccessAnyLayer()
            .whereLayer("pulumi").mayOnlyAccessLayers("core")
            .whereLayer("components").mayOnlyAccessLayers("core", "pulumi")
            .whereLayer("provider").mayOnlyAccessLayers("core", "pulumi", "components")
            .whereLayer("preview").mayOnlyAccessLayers("core", "pulumi", "components")
            .whereLayer("cli").mayOnlyAccessLayers("core", "provider", "preview");

    /** A new top-level package has to be given its place in the layers above. */
    @ArchTest
    static final ArchRule everyClassIsInALayer = classes().should().resideInAnyPackage(
            "dev.kvguard.core..", "dev.kvguard.pulumi..", "dev.kvguard.components..",
            "dev.kvguard.provider..", "dev.kvguard.preview..", "dev.kvguard.cli..");

    @ArchTest
    static final ArchRule coreIsPlainJava = noClasses().that().resideInAPackage("dev.kvguard.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.pulumi..", "io.grpc..", "com.google.protobuf..", "picocli..")
            .because("spec, validation, plan and rendering run without Pulumi");

    /** validate and plan start without loading Pulumi; only the preview command reaches it, through preview. */
    @ArchTest
    static final ArchRule cliKnowsNoPulumi = noClasses().that().resideInAPackage("dev.kvguard.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("com.pulumi..", "io.grpc..", "com.google.protobuf..");

    /** Every package under dev.kvguard is a slice; no two may depend on each other, directly or round about. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.kvguard.(**)").should().beFreeOfCycles();

    /** The main jar ships no test code: test helpers live in the test-jar, under dev.kvguard.testing. */
    @ArchTest
    static final ArchRule noTestHelpersInMain = noClasses().should().resideInAPackage("dev.kvguard.testing..");

    @ArchTest
    static final ArchRule mainUsesNoTestLibrary = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.junit..", "org.mockito..", "com.tngtech.archunit..", "org.commonmark..", "com.networknt..");

    /** Pulumi's mocks run the offline preview; nothing else in the main jar may use them. */
    @ArchTest
    static final ArchRule onlyPreviewMocksPulumi = noClasses().that().resideOutsideOfPackage("dev.kvguard.preview..")
            .should().dependOnClassesThat().resideInAPackage("com.pulumi.test..");
}
