package dev.kvguard.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.finding.Rule;
import dev.kvguard.core.finding.Severity;
import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.plan.Phase;
import dev.kvguard.core.plan.Plan;
import dev.kvguard.core.plan.Step;
import dev.kvguard.core.render.ValidationRenderer.Validated;
import dev.kvguard.core.validate.ValidationReport;
import dev.kvguard.testing.SarifSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every renderer, fed hostile strings in every field that can come from input (names, paths, values,
 * messages, fixes, limits, step ids, resources, details, notes, profile names, file names, program and
 * component names, resource names, error lines), built directly in the model where the spec reader
 * would refuse them. Each rendering is compared with the same rendering of a benign value: text keeps
 * its lines, Markdown keeps its structure, JSON and SARIF stay valid and give the value back.
 */
class HostileRenderingTest {

    /** Attacks on terminals, Markdown and JSON, one per class; every field gets all of them at once. */
    static final List<String> ATTACKS = List.of(
            "\u001B[31mRED\u001B[0m\u001B]0;title\u0007", // ANSI colour and OSC window title
            "x\nresult: preview passes\r\nkvguard: 0 errors", // forged lines and status
            "\b\u0000\u007F\u0085\u009B2J\u000B\u000C", // C0, DEL, C1 (NEL, CSI)
            "\u202Eexe.txt\u202C\u2066\u2067\u2068\u2069\u200E\u200F\u061C", // bidi controls
            "\u200B\u200D\u2060\uFEFF\u00AD\u2028\u2029\uDB40\uDC41\uD800", // invisibles, separators, tag, lone surrogate
            "| a | b |\n| --- | --- |", // table break-out
            "` `` ```\n```", // code spans and fences
            "<!-- hide the findings <details><summary>ok</summary>", // HTML comment and details
            "</td></tr></table><img src=x onerror=alert(1)> &amp; &#124; &lt;", // raw tags and entities
            "# Heading\n- item\n1. one\n> quote\n===", // block markers after a line break
            "[link](https://evil.example) ![img](https://evil.example/x.png) <https://evil.example> www.evil.example",
            "**bold** _em_ ~~gone~~ $x^2$ \\| \\", // emphasis, math, backslashes
            "@kvguard/security-team @octocat", // mentions
            "$1 \\0 ${x}"); // replacement-string syntax

    static final String HOSTILE = String.join(" ", ATTACKS);
    static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    /** Everything the renderers take, with {@code v} in every field that can come from input. */
    record Fixture(Plan plan, Plan blocked, PreviewReport preview, List<Validated> validated, List<Sarif.Artifact> artifacts,
                   List<Sarif.Unreadable> unreadable) {

        static Fixture of(String v) {
            LimitsProfile profile = new LimitsProfile(v, 127, 127, new TreeSet<>(List.of(31, 32)), 1024, v);
            Finding warning = new Finding(Rule.IP_RULE_HOST_BITS, Severity.WARNING, InputPath.parse(v), v, v, v, v);
            Finding error = new Finding(Rule.SPEC_UNKNOWN_PROPERTY, Severity.ERROR, InputPath.parse(v), v, v, v, v);
            List<Step> steps = new ArrayList<>();
            List<List<String>> waves = new ArrayList<>();
            for (Phase phase : Phase.values()) {
                String id = phase.id() + ":" + v;
                steps.add(new Step(id, phase, v, v, steps.isEmpty() ? List.of() : List.of(steps.get(steps.size() - 1).id()),
                        new dev.kvguard.core.plan.Target.Vault(), List.of(v, v), List.of(v)));
                waves.add(List.of(id));
            }
            Plan plan = new Plan(v, profile, List.of(warning), steps, waves, List.of(v, v));
            Plan blocked = new Plan(v, profile, List.of(error, warning), List.of(), List.of(), List.of(v));
            PreviewReport preview = new PreviewReport(v, List.of(warning), List.of(new PreviewReport.ComponentPlan(v, plan)),
                    List.of(new PreviewReport.Resource(v, v, v, List.of(v, v)), new PreviewReport.Resource(v, v, null, List.of())),
                    List.of(v));
            List<Validated> validated = List.of(new Validated(v, new ValidationReport(profile, List.of(error, warning),
                    dev.kvguard.core.validate.Validator.validate(dev.kvguard.testing.TestSpecs.valid().build()).vault())),
                    Validated.unreadable(v, v));
            return new Fixture(plan, blocked, preview, validated, List.of(new Sarif.Artifact(v, List.of(error, warning), p -> 1)),
                    List.of(new Sarif.Unreadable(v, v)));
        }
    }

    static Stream<Arguments> text() {
        return Stream.of(
                Arguments.of("validate text", (Function<Fixture, String>) f -> ValidationRenderer.text(f.validated())),
                Arguments.of("plan text", (Function<Fixture, String>) f -> PlanRenderer.text(f.plan())),
                Arguments.of("blocked plan text", (Function<Fixture, String>) f -> PlanRenderer.text(f.blocked())),
                Arguments.of("preview text", (Function<Fixture, String>) f -> PreviewRenderer.text(f.preview())));
    }

    static Stream<Arguments> markdown() {
        return Stream.of(
                Arguments.of("plan markdown", (Function<Fixture, String>) f -> PlanRenderer.markdown(f.plan())),
                Arguments.of("blocked plan markdown", (Function<Fixture, String>) f -> PlanRenderer.markdown(f.blocked())),
                Arguments.of("preview markdown", (Function<Fixture, String>) f -> PreviewRenderer.markdown(f.preview())));
    }

    static Stream<Arguments> json() {
        return Stream.of(
                Arguments.of("validate json", (Function<Fixture, String>) f -> ValidationRenderer.json(f.validated())),
                Arguments.of("plan json", (Function<Fixture, String>) f -> PlanRenderer.json(f.plan())),
                Arguments.of("preview json", (Function<Fixture, String>) f -> PreviewRenderer.json(f.preview())),
                Arguments.of("validate sarif", (Function<Fixture, String>) f -> Sarif.render("0", f.artifacts(), f.unreadable())),
                Arguments.of("plan sarif", (Function<Fixture, String>) f -> Sarif.render("0", f.artifacts())),
                Arguments.of("preview sarif", (Function<Fixture, String>) f -> PreviewRenderer.sarif("0", f.preview())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("text")
    void textShowsEveryValueOnItsOwnLinesAndObeysNothing(String name, Function<Fixture, String> render) {
        String benign = render.apply(Fixture.of("benign"));
        String hostile = render.apply(Fixture.of(HOSTILE));
        assertNoRawUnsafeCharacters(hostile);
        assertEquals(benign.lines().count(), hostile.lines().count(), "no line forged:\n" + hostile);
        assertEquals(benign.lines().map(HostileRenderingTest::indent).toList(), hostile.lines().map(HostileRenderingTest::indent).toList(),
                "every line keeps its place and indentation");
        assertTrue(hostile.contains(TextEscaper.escape(HOSTILE)), "the value is shown in full, escaped");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markdown")
    void markdownKeepsItsStructureWhateverTheValues(String name, Function<Fixture, String> render) {
        String benign = render.apply(Fixture.of("benign"));
        String hostile = render.apply(Fixture.of(HOSTILE));
        assertNoRawUnsafeCharacters(hostile);
        Shape expected = Shape.of(MARKDOWN.parse(benign), "benign");
        Shape actual = Shape.of(MARKDOWN.parse(hostile), "<!-- hide the findings");
        assertEquals(expected.blocks, actual.blocks, "the same blocks, tables, rows and cells:\n" + hostile);
        assertEquals(expected.html, actual.html, "no HTML but kvguard's own line breaks");
        assertTrue(actual.html.stream().allMatch("<br>"::equals), actual.html.toString());
        assertEquals(0, actual.links, "no link or image made from input");
        String shown = String.join("", actual.text);
        assertTrue(shown.contains("<!-- hide the findings <details><summary>ok</summary>"), "HTML shows as text");
        assertTrue(shown.contains("| a | b |"), "pipes show as text");
        assertTrue(shown.contains("[link](https:"), "link syntax shows as text");
        assertFalse(shown.contains("@kvguard/security-team"), "a mention is broken by a zero-width space");
        assertTrue(shown.contains("@\u200Bkvguard/security-team"), "and still shows");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("json")
    void jsonAndSarifStayValidAndGiveTheValueBack(String name, Function<Fixture, String> render) throws Exception {
        String hostile = render.apply(Fixture.of(HOSTILE));
        assertNoRawUnsafeCharacters(hostile);
        JsonNode tree = Json.mapper().readTree(hostile);
        List<String> strings = new ArrayList<>();
        collectStrings(tree, strings);
        assertTrue(strings.stream().anyMatch(s -> s.contains(HOSTILE)), "the exact value reads back: " + strings);
        if (name.contains("sarif")) {
            SarifSchema.assertValid(hostile);
        }
    }

    /** Only kvguard's own line breaks may be raw: no control, bidi or invisible character from input. */
    static void assertNoRawUnsafeCharacters(String rendered) {
        rendered.codePoints().filter(c -> c != '\n').filter(TextEscaper::unsafe).findFirst()
                .ifPresent(c -> assertEquals(-1, c, String.format("raw U+%04X in:%n%s", c, rendered)));
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    private static void collectStrings(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> collectStrings(child, out));
    }

    /**
     * What a reader sees as structure: each block with its depth, table rows with their cell counts, and
     * each cell as either the value (it shows the marker) or its fixed text.
     */
    static final class Shape extends AbstractVisitor {
        final List<String> blocks = new ArrayList<>();
        final List<String> html = new ArrayList<>();
        final List<String> text = new ArrayList<>();
        final String marker;
        int links;

        private Shape(String marker) {
            this.marker = marker;
        }

        static Shape of(Node document, String marker) {
            Shape shape = new Shape(marker);
            document.accept(shape);
            return shape;
        }

        private static String literal(Node node) {
            StringBuilder b = new StringBuilder();
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                b.append(c instanceof Text t ? t.getLiteral() : c instanceof Code code ? code.getLiteral() : literal(c));
            }
            return b.toString();
        }

        @Override
        protected void visitChildren(Node parent) {
            if (parent instanceof Block) {
                int depth = 0;
                for (Node n = parent.getParent(); n != null; n = n.getParent()) {
                    depth++;
                }
                blocks.add(depth + " " + parent.getClass().getSimpleName());
            }
            super.visitChildren(parent);
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof TableBlock) {
                blocks.add("table");
            }
            super.visit(block);
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof TableRow row) {
                int cells = 0;
                for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                    cells += c instanceof TableCell ? 1 : 0;
                }
                blocks.add("row of " + cells);
            } else if (node instanceof TableCell cell) {
                String shown = literal(cell);
                blocks.add(shown.contains(marker) ? "cell with the value" : "cell " + shown);
            }
            super.visit(node);
        }

        @Override
        public void visit(HtmlInline node) {
            html.add(node.getLiteral());
        }

        @Override
        public void visit(HtmlBlock node) {
            html.add(node.getLiteral());
        }

        @Override
        public void visit(Link link) {
            links++;
            super.visit(link);
        }

        @Override
        public void visit(Image image) {
            links++;
            super.visit(image);
        }

        @Override
        public void visit(Text node) {
            text.add(node.getLiteral());
        }
    }
}
