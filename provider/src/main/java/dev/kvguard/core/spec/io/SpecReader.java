package dev.kvguard.core.spec.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads spec files: YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}); any other name is read
 * as YAML, which accepts JSON too. Duplicate keys and trailing documents are refused, since silently
 * keeping one of them would hide a mistake.
 */
public final class SpecReader {

    private static final ObjectMapper JSON = strict(new ObjectMapper());
    private static final ObjectMapper YAML = strict(new ObjectMapper(new YAMLFactory()));

    private SpecReader() {
    }

    private static ObjectMapper strict(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // One document per file: a second JSON value or YAML document would otherwise be ignored silently.
        mapper.enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        return mapper;
    }

    /** Reads and binds a spec file. */
    public static BoundSpec read(Path file) throws SpecSyntaxException {
        return SpecBinder.bind(readTree(file));
    }

    /** Reads a spec file into a tree, refusing anything that is not a mapping at the top. */
    public static JsonNode readTree(Path file) throws SpecSyntaxException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new SpecSyntaxException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new SpecSyntaxException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new SpecSyntaxException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return parse(text, file.toString(), isJson(file));
    }

    /** Parses spec text; {@code source} names it in messages. */
    public static JsonNode parse(String text, String source, boolean json) throws SpecSyntaxException {
        JsonNode root;
        try {
            root = (json ? JSON : YAML).readTree(text);
        } catch (JsonProcessingException e) {
            throw new SpecSyntaxException(source + ": " + (json ? "invalid JSON" : "invalid YAML") + where(e)
                    + ": " + firstLine(e.getOriginalMessage()));
        } catch (RuntimeException e) {
            // SnakeYAML reports some limits (nesting depth, document size) as unchecked exceptions.
            throw new SpecSyntaxException(source + ": cannot be parsed: " + firstLine(e.getMessage()));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new SpecSyntaxException(source + ": the file is empty");
        }
        if (!root.isObject()) {
            throw new SpecSyntaxException(source + ": the top level must be a mapping of kvguard properties, not "
                    + Describe.kind(root));
        }
        return root;
    }

    static boolean isJson(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static String where(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unknown error";
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
