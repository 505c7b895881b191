package dev.kvguard.docs;

import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.spec.declaration.Kind;
import dev.kvguard.core.spec.declaration.ObjectType;
import dev.kvguard.core.spec.declaration.Property;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the component input classes in {@code dev.kvguard.components.inputs} from the declaration
 * ({@link Inputs}): one {@code Args} class per object type, with the fields Pulumi's analyzer turns into
 * the schema, {@code Optional} getters for optional properties, and builders with {@code Output}, plain,
 * varargs and enum overloads. A small string template rather than JavaPoet: the classes are a handful of
 * fixed shapes, and a template keeps the output readable next to the code that writes it.
 *
 * <p>It lives with the tests because only the build uses it; {@code ArgsGeneratorTest} fails when the
 * checked-in classes differ from what it writes.
 */
public final class ArgsGenerator {

    /** The command that regenerates the classes, then the schema and the pages made from it. */
    public static final String REGENERATE =
            "./mvnw -B -q -pl provider test-compile exec:java@args compile exec:java@schema exec:java@docs";

    static final String PACKAGE = "dev.kvguard.components.inputs";
    static final String ENUM_PACKAGE = "dev.kvguard.core.spec";

    private static final Pattern CODE = Pattern.compile("`([^`]*)`");
    private static final int WIDTH = 120;

    private ArgsGenerator() {
    }

    /** Writes every class; {@code args[0]} is the main source root (default {@code src/main/java}). */
    public static void main(String[] args) throws IOException {
        Path dir = directory(Path.of(args.length > 0 ? args[0] : "src/main/java"));
        Files.createDirectories(dir);
        for (Map.Entry<String, String> file : files().entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
        System.out.println("wrote " + files().size() + " classes in " + dir);
    }

    /** Where the classes go below a source root. */
    static Path directory(Path sourceRoot) {
        return sourceRoot.resolve(PACKAGE.replace('.', '/'));
    }

    /** File name to content, for every declared type. */
    static Map<String, String> files() {
        Map<String, String> out = new LinkedHashMap<>();
        for (ObjectType type : Inputs.types()) {
            out.put(type.argsClassName() + ".java", source(type));
        }
        return out;
    }

    /** The source of one {@code Args} class. */
    static String source(ObjectType type) {
        String cls = type.argsClassName();
        StringBuilder out = new StringBuilder();
        out.append("// Generated from ").append(declaration(type)).append(" by ArgsGenerator; do not edit.\n")
                .append("// After changing the declaration: ").append(REGENERATE).append('\n');
        out.append("package ").append(PACKAGE).append(";\n\n").append(imports(type)).append('\n');
        String intro = type.isComponent() ? "Inputs of {@link dev.kvguard.components." + type.name() + "}. " : "";
        out.append(javadoc("", intro + markdown(type.description()),
                "<p>Generated from {@link " + declaration(type) + "}. Only instance fields: the Pulumi component "
                        + "analyzer turns every declared field into a schema property, and reads no enums, so typed "
                        + "values are written as their spec strings."));
        out.append("public final class ").append(cls).append(" extends ResourceArgs {\n");
        for (Property<?> p : type.properties()) {
            out.append('\n').append(javadoc("    ", markdown(p.description())));
            out.append("    @Import(name = \"").append(p.name()).append('"').append(p.required() ? ", required = true" : "")
                    .append(")\n    private Output<").append(javaType(p)).append("> ").append(p.name()).append(";\n");
        }
        out.append("\n    private ").append(cls).append("() {\n    }\n");
        for (Property<?> p : type.properties()) {
            out.append('\n').append(javadoc("    ", markdown(p.description())));
            String output = "Output<" + javaType(p) + ">";
            if (p.required()) {
                out.append("    public ").append(output).append(' ').append(p.name()).append("() {\n        return ")
                        .append(p.name()).append(";\n    }\n");
            } else {
                out.append("    public Optional<").append(output).append("> ").append(p.name())
                        .append("() {\n        return Optional.ofNullable(").append(p.name()).append(");\n    }\n");
            }
        }
        out.append("\n    public static Builder builder() {\n        return new Builder();\n    }\n\n")
                .append("    /** A builder starting from every property of {@code defaults}. */\n")
                .append("    public static Builder builder(").append(cls).append(" defaults) {\n")
                .append("        return new Builder(defaults);\n    }\n\n")
                .append("    /** Builder in the Pulumi Java idiom: plain and {@code Output} overloads, lists as {@code List} or varargs. */\n")
                .append("    public static final class Builder {\n")
                .append("        private final ").append(cls).append(" args = new ").append(cls).append("();\n\n")
                .append("        private Builder() {\n        }\n\n")
                .append("        private Builder(").append(cls).append(" defaults) {\n");
        for (Property<?> p : type.properties()) {
            out.append("            args.").append(p.name()).append(" = defaults.").append(p.name()).append(";\n");
        }
        out.append("        }\n");
        for (Property<?> p : type.properties()) {
            setters(out, p);
        }
        out.append("\n        public ").append(cls).append(" build() {\n            return args;\n        }\n    }\n}\n");
        return out.toString();
    }

    private static void setters(StringBuilder out, Property<?> p) {
        String n = p.name();
        out.append('\n').append(javadoc("        ", markdown(p.description())));
        out.append("        public Builder ").append(n).append("(Output<").append(javaType(p)).append("> ").append(n)
                .append(") {\n            args.").append(n).append(" = ").append(n).append(";\n            return this;\n        }\n");
        overload(out, n, javaType(p), "Output.of(" + n + ")");
        if (p.kind().isList()) {
            overload(out, n, element(p) + "...", "List.of(" + n + ")");
        }
        p.enumType().ifPresent(e -> {
            String simple = e.getSimpleName();
            if (p.kind() == Kind.ENUM_LIST) {
                overload(out, n, simple + "...", "Arrays.stream(" + n + ").map(" + simple + "::specName).toList()");
            } else {
                overload(out, n, simple, n + ".specName()");
            }
        });
    }

    private static void overload(StringBuilder out, String name, String parameterType, String argument) {
        out.append("\n        public Builder ").append(name).append('(').append(parameterType).append(' ').append(name)
                .append(") {\n            return ").append(name).append('(').append(argument).append(");\n        }\n");
    }

    /** The type a field holds inside its {@code Output}: enums are written as their spec strings. */
    static String javaType(Property<?> p) {
        return switch (p.kind()) {
            case STRING, ENUM -> "String";
            case INTEGER -> "Integer";
            case BOOLEAN -> "Boolean";
            case STRING_LIST, ENUM_LIST -> "List<String>";
            case INTEGER_LIST -> "List<Integer>";
            case STRING_MAP -> "Map<String, String>";
            case OBJECT -> p.objectType().orElseThrow().argsClassName();
            case OBJECT_LIST -> "List<" + p.objectType().orElseThrow().argsClassName() + ">";
        };
    }

    private static String element(Property<?> p) {
        return switch (p.kind()) {
            case INTEGER_LIST -> "Integer";
            case OBJECT_LIST -> p.objectType().orElseThrow().argsClassName();
            default -> "String";
        };
    }

    private static String imports(ObjectType type) {
        TreeSet<String> imports = new TreeSet<>(List.of("com.pulumi.core.Output", "com.pulumi.core.annotations.Import",
                "com.pulumi.resources.ResourceArgs"));
        for (Property<?> p : type.properties()) {
            p.enumType().ifPresent(e -> imports.add(e.getName()));
            if (p.kind() == Kind.ENUM_LIST) {
                imports.add("java.util.Arrays");
            }
            if (p.kind().isList()) {
                imports.add("java.util.List");
            }
            if (p.kind() == Kind.STRING_MAP) {
                imports.add("java.util.Map");
            }
            if (!p.required()) {
                imports.add("java.util.Optional");
            }
        }
        StringBuilder out = new StringBuilder();
        imports.forEach(i -> out.append("import ").append(i).append(";\n"));
        return out.toString();
    }

    private static String declaration(ObjectType type) {
        return Inputs.class.getName() + "." + type.name();
    }

    /** Markdown of a description to Javadoc: {@code `x`} to {@code {@code x}}, HTML specials escaped elsewhere. */
    static String markdown(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = CODE.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(html(text.substring(at, m.start()))).append("{@code ").append(m.group(1)).append('}');
            at = m.end();
        }
        return out.append(html(text.substring(at))).toString();
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A Javadoc comment: on one line when it fits, else wrapped at words; paragraphs separated by a blank line. */
    static String javadoc(String indent, String... paragraphs) {
        if (paragraphs.length == 1 && indent.length() + paragraphs[0].length() + 7 <= WIDTH) {
            return indent + "/** " + paragraphs[0] + " */\n";
        }
        StringBuilder out = new StringBuilder(indent).append("/**\n");
        for (int i = 0; i < paragraphs.length; i++) {
            if (i > 0) {
                out.append(indent).append(" *\n");
            }
            StringBuilder line = new StringBuilder();
            for (String word : paragraphs[i].split(" ")) {
                if (line.length() > 0 && indent.length() + 3 + line.length() + 1 + word.length() > WIDTH) {
                    out.append(indent).append(" * ").append(line).append('\n');
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            out.append(indent).append(" * ").append(line).append('\n');
        }
        return out.append(indent).append(" */\n").toString();
    }
}
