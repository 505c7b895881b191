package dev.kvguard.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The official SARIF 2.1.0 JSON schema (shipped in a test dependency), to validate kvguard's SARIF against. */
public final class SarifSchema {
    private static final JsonSchema SCHEMA = load();

    private SarifSchema() {
    }

    private static JsonSchema load() {
        try (InputStream in = SarifSchema.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            if (in == null) {
                throw new IllegalStateException("sarif-schema-2.1.0.json is not on the test classpath");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertValid(String sarif) throws IOException {
        JsonNode document = new ObjectMapper().readTree(sarif);
        Set<ValidationMessage> problems = SCHEMA.validate(document);
        assertEquals(Set.of(), problems, "SARIF 2.1.0 schema violations");
    }

    /** For negative tests: the problems a document has. */
    public static Set<ValidationMessage> problems(String sarif) throws IOException {
        return SCHEMA.validate(new ObjectMapper().readTree(sarif));
    }
}
