package dev.kvguard.core.spec.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads spec files: YAML 1.2 ({@code .yaml}, {@code .yml}, and any other name, since YAML accepts JSON too)
 * or JSON ({@code .json}), from a regular file or, for the name {@code -}, from standard input. Both
 * formats meet the same {@link SpecLimits}; duplicate keys and trailing documents are refused, since
 * silently keeping one of them would hide a mistake. Every refusal is one line that names the place
 * but never quotes the file, which may be a secret passed by mistake.
 */
public final class SpecReader {
    /** The file name that stands for standard input. */
    public static final String STDIN = "-";

    private SpecReader() {
    }

    /** Reads and binds a spec file. */
    public static BoundSpec read(Path file) throws SpecSyntaxException {
        return read(file, System.in);
    }

    /** Reads and binds a spec file, taking {@code stdin} for the name {@code -}. */
    public static BoundSpec read(Path file, InputStream stdin) throws SpecSyntaxException {
        SpecDocument document = readDocument(file, stdin);
        try {
            return SpecBinder.bind(document.tree()).locatedBy(document.locator());
        } catch (StackOverflowError e) {
            throw new SpecSyntaxException(source(file) + ": nested too deeply to read");
        }
    }

    /** Reads a spec file into a tree, refusing anything that is not a mapping at the top. */
    public static JsonNode readTree(Path file) throws SpecSyntaxException {
        return readDocument(file, System.in).tree();
    }

    /** Reads a spec file into a tree and the line of each of its paths. */
    public static SpecDocument readDocument(Path file, InputStream stdin) throws SpecSyntaxException {
        return readDocument(file, stdin, SpecLimits.MAX_BYTES, "a spec file", false);
    }

    /**
     * Reads a document of Azure's tools ({@code terraform show -json} of a large state runs to megabytes) into
     * a tree, with {@code maxBytes} instead of the spec limit, still checked before reading. The top level may
     * also be a list ({@code az keyvault list}, {@code az resource list}).
     */
    public static JsonNode readDocumentTree(Path file, long maxBytes) throws SpecSyntaxException {
        return readDocument(file, System.in, maxBytes, "a document to import", true).tree();
    }

    private static SpecDocument readDocument(Path file, InputStream stdin, long maxBytes, String what, boolean list)
            throws SpecSyntaxException {
        String source = source(file);
        byte[] bytes = isStdin(file) ? bounded(stdin, source, maxBytes, what) : regularFile(file, source, maxBytes, what);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SpecSyntaxException(source + ": not UTF-8 text");
        }
        return parseDocument(text, source, isJson(file), list);
    }

    /** Parses spec text; {@code source} names it in messages. */
    public static JsonNode parse(String text, String source, boolean json) throws SpecSyntaxException {
        return parseDocument(text, source, json).tree();
    }

    /** Parses spec text into a tree and the line of each of its paths; {@code source} names it in messages. */
    public static SpecDocument parseDocument(String text, String source, boolean json) throws SpecSyntaxException {
        return parseDocument(text, source, json, false);
    }

    private static SpecDocument parseDocument(String text, String source, boolean json, boolean list) throws SpecSyntaxException {
        // A byte-order mark is allowed at the start of a UTF-8 file and means nothing.
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        SpecDocument document;
        try {
            document = json ? JsonTree.parse(body) : YamlTree.parse(body);
        } catch (Refusal e) {
            throw new SpecSyntaxException(source + ": invalid " + (json ? "JSON" : "YAML") + (e.line > 0 ? " " : "") + e.describe());
        } catch (StackOverflowError e) {
            throw new SpecSyntaxException(source + ": nested too deeply to read");
        } catch (OutOfMemoryError e) {
            throw new SpecSyntaxException(source + ": too large to read in the memory available");
        } catch (RuntimeException e) {
            // A parser bug must still end in one line; its message may quote the file, so it is not shown.
            throw new SpecSyntaxException(source + ": cannot be parsed (" + e.getClass().getSimpleName() + ")");
        }
        JsonNode root = document == null ? null : document.tree();
        if (root == null || root.isNull()) {
            throw new SpecSyntaxException(source + ": the file is empty");
        }
        if (!root.isObject() && !(list && root.isArray())) {
            throw new SpecSyntaxException(source + ": the top level must be a mapping of kvguard properties, not "
                    + Describe.kind(root));
        }
        return document;
    }

    static boolean isJson(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    static boolean isStdin(Path file) {
        return file.toString().equals(STDIN);
    }

    private static String source(Path file) {
        return isStdin(file) ? "standard input" : file.toString();
    }

    /**
     * The bytes of a regular file, its size checked before reading: devices ({@code /dev/zero}), pipes and
     * directories are refused without being opened, so they can neither hang kvguard nor fill its memory.
     */
    private static byte[] regularFile(Path file, String source, long maxBytes, String what) throws SpecSyntaxException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new SpecSyntaxException(source + ": no such file");
        } catch (IOException e) {
            throw new SpecSyntaxException(source + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (attributes.isDirectory()) {
            throw new SpecSyntaxException(source + ": is a directory, not a spec file");
        }
        if (!attributes.isRegularFile()) {
            throw new SpecSyntaxException(source + ": is not a regular file (a device, pipe or socket); "
                    + "pass a file, or '-' to read standard input");
        }
        if (attributes.size() > maxBytes) {
            throw tooLarge(source, attributes.size() + " bytes", maxBytes, what);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return bounded(in, source, maxBytes, what);
        } catch (AccessDeniedException e) {
            throw new SpecSyntaxException(source + ": cannot be read (permission denied)");
        } catch (IOException e) {
            throw new SpecSyntaxException(source + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** At most {@link SpecLimits#MAX_BYTES} bytes; one more means the input is too large (it may still be growing). */
    private static byte[] bounded(InputStream in, String source, long maxBytes, String what) throws SpecSyntaxException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) maxBytes + 1);
        } catch (IOException e) {
            throw new SpecSyntaxException(source + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(source, "more than " + maxBytes + " bytes", maxBytes, what);
        }
        return bytes;
    }

    private static SpecSyntaxException tooLarge(String source, String size, long maxBytes, String what) {
        return new SpecSyntaxException(source + ": " + size + ", over the limit of " + maxBytes
                + " bytes (" + (maxBytes >> 20) + " MiB) for " + what);
    }
}
