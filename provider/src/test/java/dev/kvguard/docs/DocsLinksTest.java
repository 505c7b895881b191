package dev.kvguard.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** The README and docs/ link only to files and headings that exist, and the README keeps CI's test command. */
class DocsLinksTest {

    static final Path ROOT = Path.of("..");
    static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("BENCHMARKS.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** Every relative link of a page that points nowhere, as "page: target". */
    static List<String> brokenLinks(Path page) throws IOException {
        List<String> broken = new ArrayList<>();
        MARKDOWN.parse(Files.readString(page)).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                String target = link.getDestination();
                if (!target.matches("^[a-z]+:.*")) {
                    int hash = target.indexOf('#');
                    Path file = hash == 0 ? page : page.getParent().resolve(hash < 0 ? target : target.substring(0, hash));
                    try {
                        if (!Files.exists(file) || hash >= 0 && !anchors(file).contains(target.substring(hash + 1))) {
                            broken.add(page.getFileName() + ": " + target);
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                visitChildren(link);
            }
        });
        return broken;
    }

    /** GitHub's anchors for the headings of a Markdown file: lower case, punctuation dropped, spaces to hyphens. */
    static List<String> anchors(Path file) throws IOException {
        List<String> anchors = new ArrayList<>();
        MARKDOWN.parse(Files.readString(file)).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                heading.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text t) {
                        text.append(t.getLiteral());
                    }

                    @Override
                    public void visit(org.commonmark.node.Code code) {
                        text.append(code.getLiteral());
                    }
                });
                anchors.add(slug(text.toString()));
            }
        });
        return anchors;
    }

    static String slug(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    @Test
    void everyRelativeLinkResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            broken.addAll(brokenLinks(page));
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void aMissingFileOrHeadingIsReported() throws IOException {
        Path page = Files.createTempFile("page", ".md");
        Files.writeString(page, "# Limits profiles\n\n[a](#limits-profiles) [b](#nowhere) [c](missing.md) [d](https://x.y/z)\n");
        String name = page.getFileName().toString();
        assertEquals(List.of(name + ": #nowhere", name + ": missing.md"), brokenLinks(page));
        Files.delete(page);
        assertEquals("the-kvguard-command", slug("The `kvguard` command"));
    }

    @Test
    void theReadmeKeepsTheCommandCiRuns() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String ci = Files.readString(ROOT.resolve(".ci/run"));
        assertTrue(ci.strip().endsWith("./mvnw -B verify"), ci);
        assertTrue(readme.contains("\n./mvnw -B verify\n"), "README.md lost the test command .ci/run runs");
        assertTrue(readme.contains("\n./mvnw -B -q install -DskipTests && ./kvguard preview "), "README.md lost the first command");
    }
}
