package dev.kvguard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kvguard.core.spec.io.SpecBinder;
import dev.kvguard.core.spec.io.SpecReader;
import dev.kvguard.core.validate.Validator;
import dev.kvguard.golden.ExampleSpecsTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Pulumi YAML example passes the flagship spec file's properties, unchanged, to the component. */
class YamlProgramTest {

    @Test
    void propertiesAreTheFlagshipSpecFile() throws Exception {
        JsonNode program = SpecReader.readTree(Path.of("../examples/yaml/Pulumi.yaml"));
        JsonNode resource = program.at("/resources/platform");
        assertEquals("kvguard:index:SecureKeyVault", resource.get("type").asText());
        assertEquals("../../provider", program.at("/packages/kvguard").asText());
        JsonNode spec = SpecReader.readTree(ExampleSpecsTest.SPECS.resolve("multi-network.yaml"));
        assertEquals(spec, resource.get("properties"));
        assertFalse(Validator.validate(SpecBinder.bind(resource.get("properties"))).hasErrors());
    }
}
