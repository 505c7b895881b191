package dev.kvguard.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One escaping policy per format, checked character class by character class. */
class EscapersTest {

    @Test
    void textShowsControlCharactersAndLineBreaksInsteadOfObeyingThem() {
        assertEquals("a\\u001B[31mb\\u0000", TextEscaper.escape("a\u001B[31mb\u0000"));
        assertEquals("line\\nresult: preview passes", TextEscaper.escape("line\nresult: preview passes"));
        assertEquals("a\\rb\\tc\\u0008", TextEscaper.escape("a\rb\tc\b"));
        assertEquals("\\u007F\\u0085\\u009B", TextEscaper.escape("\u007F\u0085\u009B"));
        assertEquals("", TextEscaper.escape(null));
    }

    @Test
    void textShowsBidiAndInvisibleFormatCharacters() {
        assertEquals("\\u202Eabc\\u202C", TextEscaper.escape("\u202Eabc\u202C"));
        assertEquals("\\u2066\\u2067\\u2068\\u2069", TextEscaper.escape("\u2066\u2067\u2068\u2069"));
        assertEquals("\\u200E\\u200F\\u061C\\u200B\\u00AD\\uFEFF", TextEscaper.escape("\u200E\u200F\u061C\u200B\u00AD\uFEFF"));
        assertEquals("\\u2028\\u2029", TextEscaper.escape("\u2028\u2029"));
        // Tag characters (invisible ASCII look-alikes) are supplementary: one escape per code point.
        assertEquals("a\\U000E0041", TextEscaper.escape("a\uDB40\uDC41"));
        assertEquals("\\uD800x", TextEscaper.escape("\uD800x"), "an unpaired surrogate");
        assertEquals("\\uFE0F\\u3164", TextEscaper.escape("\uFE0F\u3164"));
    }

    @Test
    void textDoublesABackslashSoAWrittenEscapeIsToldApartFromAnEscapedCharacter() {
        assertEquals("a\\\\u001B", TextEscaper.escape("a\\u001B"), "six characters as written");
        assertEquals("a\\u001B", TextEscaper.escape("a\u001B"), "the ESC character");
        assertEquals("C:\\\\x\\n", TextEscaper.escape("C:\\x\n"));
    }

    @Test
    void textLeavesOrdinaryTextAloneIncludingNonAsciiLetters() {
        String plain = "kv-prod · Zürich 東京 ~ /subscriptions/x \"q\" 😀";
        assertSame(plain, TextEscaper.escape(plain));
    }

    @Test
    void markdownTextEscapesHtmlTablesAndInlineSyntax() {
        assertEquals("a &#124; b &lt;br&gt; c\\\\nd \\\\\\\\ e", MarkdownEscaper.text("a | b <br> c\nd \\ e"));
        assertEquals("&lt;!-- x --&gt; &amp;lt;", MarkdownEscaper.text("<!-- x --> &lt;"));
        assertEquals("\\*\\*b\\*\\* \\_i\\_ \\~\\~s\\~\\~ \\`c\\` !\\[img\\](u) \\$x\\$ \\#1",
                MarkdownEscaper.text("**b** _i_ ~~s~~ `c` ![img](u) $x$ #1"));
        assertEquals("", MarkdownEscaper.text(null));
    }

    @Test
    void markdownTextCannotMentionOrAutolink() {
        assertEquals("@&#8203;org/team", MarkdownEscaper.text("@org/team"));
        assertEquals("https:&#8203;//evil.example", MarkdownEscaper.text("https://evil.example"));
        assertEquals("WWW&#8203;.evil.example", MarkdownEscaper.text("WWW.evil.example"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"- item", "+ item", "=== ", "1. first", "12) x"})
    void markdownTextAtLineStartCannotOpenABlock(String value) {
        String escaped = MarkdownEscaper.text(value);
        assertTrue(escaped.matches("^(\\\\[-+=]|\\d+\\\\[.)]).*"), escaped);
    }

    @Test
    void markdownTextKeepsInnerHyphensAndLeadingSpacesVisible() {
        assertEquals("kv-a 1. x", MarkdownEscaper.text("kv-a 1. x"));
        assertEquals("&#32;&#32;&#32;&#32;code", MarkdownEscaper.text("    code"));
    }

    @Test
    void codeSpansUseAFenceLongerThanAnyBacktickRun() {
        assertEquals("`x`", MarkdownEscaper.code("x"));
        assertEquals("", MarkdownEscaper.code(""));
        assertEquals("", MarkdownEscaper.code(null));
        assertEquals("``a`b``", MarkdownEscaper.code("a`b"));
        assertEquals("```a``b```", MarkdownEscaper.code("a``b"));
        assertEquals("`` `a ``", MarkdownEscaper.code("`a"));
        assertEquals("`` a` ``", MarkdownEscaper.code("a`"));
        assertEquals("`  a  `", MarkdownEscaper.code(" a "), "one space each side is stripped by CommonMark");
        assertEquals("`a\\nb`", MarkdownEscaper.code("a\nb"));
    }

    @Test
    void aPipeInATableCellIsNeverInACodeSpan() {
        assertEquals("`a-b`", MarkdownEscaper.cellCode("a-b"));
        assertEquals("a\\\\\\\\&#124;b", MarkdownEscaper.cellCode("a\\|b"));
    }

    @Test
    void codeBlocksCannotBeClosedFromInside() {
        assertEquals("```\nplain\n```\n", MarkdownEscaper.block("plain"));
        assertEquals("`````\n```` x\\n```\n`````\n", MarkdownEscaper.block("```` x\n```"));
    }

    @Test
    void jsonEscapesControlsBidiAndInvisiblesAndReadsBackUnchanged() throws Exception {
        String hostile = "a\u001B[2J\u007F\u0085\u202E\u2066\u200B\n\"\\\uDB40\uDC41 Zürich";
        String json = Json.write(Json.object().put("v", hostile));
        assertEquals("{\n  \"v\": \"a\\u001B[2J\\u007F\\u0085\\u202E\\u2066\\u200B\\n\\\"\\\\\\uDB40\\uDC41 Zürich\"\n}\n", json);
        JsonNode back = Json.mapper().readTree(json);
        assertEquals(hostile, back.get("v").asText());
        assertFalse(json.chars().anyMatch(c -> c < 0x20 && c != '\n'));
    }

    @Test
    void sarifUrisArePercentEncodedFilePaths() {
        assertEquals("examples/specs/payments-vault.yaml", Sarif.uri("examples/specs/payments-vault.yaml"));
        assertEquals("my%20spec%23%7C%0A.yaml", Sarif.uri("my spec#|\n.yaml"));
        assertEquals("Z%C3%BCrich/%E2%80%AE.yaml", Sarif.uri("Zürich/\u202E.yaml"));
    }
}
