package dev.kvguard.it.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Every {@code Pulumi.yaml} and {@code PulumiPlugin.yaml} in the repository loads in Pulumi: valid YAML,
 * valid against Pulumi's project schema ({@code pulumi/project.json}, vendored from pulumi/pulumi), and
 * with no key Pulumi would ignore.
 */
class PulumiProjectFilesTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode SCHEMA_TREE = schemaTree();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SCHEMA_TREE);

    /**
     * The project schema accepts any further top-level key (Pulumi keeps them for the language), so a
     * misspelt key would pass it; outside Pulumi YAML, only the schema's own properties mean anything.
     * Pulumi YAML programs add these (Pulumi YAML language reference).
     */
    private static final Set<String> YAML_PROGRAM_KEYS = Set.of("variables", "resources", "outputs");

    /** The keys of a plugin project: Go's {@code workspace.PluginProject} in pulumi/pulumi {@code project.go}. */
    private static final Set<String> PLUGIN_KEYS = Set.of("runtime", "packages", "requiredPulumiVersion", "template");

    private static JsonNode schemaTree() {
        try (InputStream in = PulumiProjectFilesTest.class.getClassLoader().getResourceAsStream("pulumi/project.json")) {
            if (in == null) {
                throw new IllegalStateException("pulumi/project.json is not on the test classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Path> files(String name) throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(p -> p.getFileName().toString().equals(name)).filter(p -> !generated(p)).sorted().toList().stream();
        }
    }

    /** Build output and git metadata hold no project of ours. */
    private static boolean generated(Path file) {
        for (Path part : ROOT.relativize(file)) {
            if (part.toString().equals("target") || part.toString().equals(".git")) {
                return true;
            }
        }
        return false;
    }

    static Stream<Path> projects() throws IOException {
        return files("Pulumi.yaml");
    }

    static Stream<Path> plugins() throws IOException {
        return files("PulumiPlugin.yaml");
    }

    /** The problems Pulumi would have with a Pulumi.yaml document, empty when it loads. */
    static List<String> projectProblems(JsonNode project) {
        List<String> problems = new ArrayList<>();
        SCHEMA.validate(project).stream().map(ValidationMessage::getMessage).sorted().forEach(problems::add);
        boolean yamlProgram = "yaml".equals(project.path("runtime").isObject()
                ? project.path("runtime").path("name").asText() : project.path("runtime").asText());
        for (String key : keys(project)) {
            if (!SCHEMA_TREE.path("properties").has(key) && !(yamlProgram && YAML_PROGRAM_KEYS.contains(key))) {
                problems.add("'" + key + "' is not a key of Pulumi's project schema");
            }
        }
        return problems;
    }

    /** The problems Pulumi would have with a PulumiPlugin.yaml document. */
    static List<String> pluginProblems(JsonNode plugin) {
        List<String> problems = new ArrayList<>();
        for (String key : keys(plugin)) {
            if (!PLUGIN_KEYS.contains(key)) {
                problems.add("'" + key + "' is not a key of a plugin project");
            }
        }
        if (!plugin.has("runtime")) {
            problems.add("missing 'runtime'");
        }
        // runtime and packages have the same shape as in a project: check them with the project schema.
        ObjectNode asProject = JSON.createObjectNode().put("name", "plugin");
        for (String key : List.of("runtime", "packages")) {
            if (plugin.has(key)) {
                asProject.set(key, plugin.get(key));
            }
        }
        SCHEMA.validate(asProject).stream().map(ValidationMessage::getMessage).sorted().forEach(problems::add);
        return problems;
    }

    /**
     * A YAML document read as YAML 1.2 (core schema), as Pulumi's Go reader and kvguard's spec reader do; Jackson's
     * YAML reader is YAML 1.1, where {@code on} or {@code no} would be booleans.
     */
    static JsonNode yaml(String text) {
        Object document = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(text);
        return JSON.valueToTree(document);
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        return keys;
    }

    private static JsonNode read(Path file) throws IOException {
        JsonNode document = yaml(Files.readString(file));
        assertTrue(document != null && document.isObject(), file + " is not a YAML mapping");
        return document;
    }

    @Test
    void theRepositoryHasItsProjectsAndItsPlugin() throws IOException {
        List<String> projects = projects().map(p -> ROOT.relativize(p).toString().replace('\\', '/')).toList();
        assertEquals(List.of("Pulumi.yaml", "examples/existing-subnets/Pulumi.yaml", "examples/multi-network/Pulumi.yaml",
                "examples/one-subnet/Pulumi.yaml", "examples/private-endpoint/Pulumi.yaml", "examples/staged-tightening/Pulumi.yaml",
                "examples/trusted-services/Pulumi.yaml", "examples/yaml/Pulumi.yaml"), projects);
        assertEquals(List.of("provider/PulumiPlugin.yaml"),
                plugins().map(p -> ROOT.relativize(p).toString().replace('\\', '/')).toList());
    }

    @ParameterizedTest
    @MethodSource("projects")
    void everyProjectLoadsInPulumi(Path file) throws IOException {
        assertEquals(List.of(), projectProblems(read(file)), file.toString());
    }

    @ParameterizedTest
    @MethodSource("plugins")
    void everyPluginProjectLoadsInPulumi(Path file) throws IOException {
        assertEquals(List.of(), pluginProblems(read(file)), file.toString());
    }

    @Test
    void theCheckRefusesWhatPulumiRefusesOrIgnores() throws IOException {
        assertEquals(List.of(), projectProblems(yaml("name: p\nruntime: java\n")));
        assertFalse(projectProblems(yaml("runtime: java\n")).isEmpty(), "name is required");
        assertFalse(projectProblems(yaml("name: p\nruntime: 7\n")).isEmpty(), "runtime is a name or an object");
        assertEquals(List.of("'descripton' is not a key of Pulumi's project schema"),
                projectProblems(yaml("name: p\nruntime: java\ndescripton: x\n")));
        // resources: belongs to Pulumi YAML programs only.
        assertEquals(List.of(), projectProblems(yaml("name: p\nruntime: yaml\nresources: {}\n")));
        assertEquals(List.of("'resources' is not a key of Pulumi's project schema"),
                projectProblems(yaml("name: p\nruntime: java\nresources: {}\n")));
        assertEquals(List.of(), pluginProblems(yaml("runtime: java\n")));
        assertEquals(List.of("'name' is not a key of a plugin project"), pluginProblems(yaml("runtime: java\nname: x\n")));
        assertEquals(List.of("missing 'runtime'"), pluginProblems(yaml("packages: {}\n")));
    }

    @Test
    void projectFilesAreReadAsYaml12() {
        // YAML 1.1 would read these as booleans; in YAML 1.2 (Pulumi's reading) they are strings.
        assertEquals("{\"name\":\"on\",\"description\":\"no\"}", yaml("name: on\ndescription: no\n").toString());
    }

    @Test
    void anUnquotedColonInADescriptionIsNotYaml() {
        // The mistake that once made examples/staged-tightening unloadable.
        assertThrowsYaml("name: p\nruntime: java\ndescription: Two deployments: observe, then enforce.\n");
    }

    private static void assertThrowsYaml(String text) {
        try {
            yaml(text);
        } catch (YamlEngineException expected) {
            return;
        }
        throw new AssertionError("parsed: " + text);
    }
}
