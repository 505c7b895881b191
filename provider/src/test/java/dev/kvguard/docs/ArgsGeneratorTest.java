package dev.kvguard.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The checked-in component input classes are exactly what {@link ArgsGenerator} writes from the declaration. */
class ArgsGeneratorTest {

    static final Path DIR = ArgsGenerator.directory(Path.of("src/main/java"));
    static final String STALE = "regenerate with " + ArgsGenerator.REGENERATE + " (from the repository root) and commit the result";

    @Test
    void everyArgsClassIsCurrent() throws Exception {
        for (Map.Entry<String, String> file : ArgsGenerator.files().entrySet()) {
            Golden.assertMatches(DIR.resolve(file.getKey()), file.getValue(), STALE);
        }
    }

    @Test
    void theInputsPackageHoldsOnlyGeneratedClasses() throws Exception {
        try (Stream<Path> files = Files.list(DIR)) {
            assertEquals(new TreeSet<>(ArgsGenerator.files().keySet()),
                    files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
                    "a hand-written class in " + DIR + " would escape the declaration");
        }
    }

    @Test
    void overloadsFollowTheKindOfEachProperty() {
        String vault = ArgsGenerator.source(Inputs.SecureKeyVault.TYPE);
        assertTrue(vault.contains("    @Import(name = \"vaultName\", required = true)\n    private Output<String> vaultName;\n"), vault);
        assertTrue(vault.contains("    public Output<String> vaultName() {\n"), vault);
        assertTrue(vault.contains("    public Optional<Output<String>> sku() {\n"), vault);
        assertTrue(vault.contains("        public Builder sku(Sku sku) {\n            return sku(sku.specName());\n"), vault);
        assertTrue(vault.contains("        public Builder accessPolicies(AccessPolicyArgs... accessPolicies) {\n"
                + "            return accessPolicies(List.of(accessPolicies));\n"), vault);
        assertTrue(vault.contains("        public Builder tags(Map<String, String> tags) {\n"), vault);
        String logging = ArgsGenerator.source(Inputs.Logging.TYPE);
        assertTrue(logging.contains("        public Builder categories(LogCategory... categories) {\n"
                + "            return categories(Arrays.stream(categories).map(LogCategory::specName).toList());\n"), logging);
        String limits = ArgsGenerator.source(Inputs.Limits.TYPE);
        assertTrue(limits.contains("        public Builder refusedPrefixLengths(Integer... refusedPrefixLengths) {\n"), limits);
    }

    @Test
    void descriptionsBecomeJavadocWithCodeAndEscapedHtml() {
        assertEquals("Default {@code Deny} &amp; {@code a<b>}, not &lt;this&gt;.",
                ArgsGenerator.markdown("Default `Deny` & `a<b>`, not <this>."));
        assertEquals("    /** Short. */\n", ArgsGenerator.javadoc("    ", "Short."));
        String wrapped = ArgsGenerator.javadoc("", "word ".repeat(40).trim());
        assertTrue(wrapped.startsWith("/**\n * word word"), wrapped);
        assertTrue(wrapped.lines().allMatch(l -> l.length() <= 120), wrapped);
    }
}
