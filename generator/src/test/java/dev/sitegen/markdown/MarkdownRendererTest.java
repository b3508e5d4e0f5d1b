package dev.sitegen.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer("/repo/");

    private String html(String markdown) {
        return renderer.render(markdown).html();
    }

    @Test
    void rawHtmlIsEscapedNotPassedThrough() {
        String html = html("Hello <b onclick=\"x()\">world</b>\n\n<script>alert(1)</script>\n");
        assertFalse(html.contains("<b"), html);
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    }

    @Test
    void rootRelativeLinkGetsBasePath() {
        assertTrue(html("See [the story](/articles/x/).").contains("href=\"/repo/articles/x/\""));
    }

    @Test
    void rootRelativeImageGetsBasePath() {
        assertTrue(html("![boats](/assets/boats.jpg)").contains("src=\"/repo/assets/boats.jpg\""));
    }

    @Test
    void absoluteAndProtocolRelativeLinksAreLeftAlone() {
        String html = html("[a](https://example.com/x) [b](//cdn.example.com/y) [c](other/)");
        assertTrue(html.contains("href=\"https://example.com/x\""), html);
        assertTrue(html.contains("href=\"//cdn.example.com/y\""), html);
        assertTrue(html.contains("href=\"other/\""), html);
    }

    @Test
    void rootBasePathLeavesLinksAsWritten() {
        assertTrue(new MarkdownRenderer("/").render("[x](/articles/x/)").html().contains("href=\"/articles/x/\""));
    }

    @Test
    void javascriptLinkIsNeutralised() {
        assertFalse(html("[x](javascript:alert(1))").contains("javascript:"));
    }

    @Test
    void bodyHeadingOneBecomesHeadingTwo() {
        String html = html("# Damage\n\nText\n");
        assertTrue(html.startsWith("<h2"), html);
        assertFalse(html.contains("<h1"), html);
    }

    @Test
    void lowerHeadingsKeepTheirLevel() {
        assertTrue(html("### Detail\n").startsWith("<h3"));
    }

    @Test
    void htmlAloneAndParagraphsAloneMatchTheFullRender() {
        MarkdownRenderer based = new MarkdownRenderer("/repo/");
        String markdown = """
                # Title-level heading

                Text with [a link](/articles/x/) and ![a picture](/img/a.png).

                | a | b |
                |:--|--:|
                | 1 | 2 |

                Last *paragraph*.
                """;
        MarkdownRenderer.RenderedBody full = based.render(markdown);
        assertEquals(full.html(), based.html(markdown));
        assertEquals(full.paragraphs(), based.paragraphs(markdown));
        assertTrue(full.html().contains("href=\"/repo/articles/x/\""), full.html());
        assertTrue(full.html().contains("class=\"table-wrap\""), full.html());
        assertEquals(List.of("Text with a link and a picture.", "Last paragraph."), full.paragraphs());
    }

    @Test
    void paragraphsHoldPlainText() {
        List<String> paragraphs = renderer.render("""
                # Heading is not a paragraph

                Hello *big* `code` [link](/x)
                next line.

                > Quoted words.
                """).paragraphs();
        assertEquals(List.of("Hello big code link next line.", "Quoted words."), paragraphs);
    }

    @Test
    void firstParagraphSkipsHeading() {
        assertEquals("First words.", renderer.firstParagraph("# Title\n\n## Sub\n\nFirst words.\n\nSecond.\n"));
    }

    @Test
    void firstParagraphOfBodyWithoutParagraphIsEmpty() {
        assertEquals("", renderer.firstParagraph("# Only a heading\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Plain *first* paragraph.\n\nSecond.\n",
            "# Heading\n\nAfter the heading.\n",
            "```\ncode\n\nstill code\n```\n\nAfter the code.\n",
            "- item one\n\n  more of item one\n\nAfter the list.\n",
            "> quote\n>\n> more quote\n\nAfter the quote.\n",
            "Soft\nline break.\n",
            "    indented code\n\n    more code\n\nAfter.\n",
            "| a | b |\n|---|---|\n| 1 | 2 |\n\nAfter the table.\n"})
    void firstParagraphEqualsFirstOfFullRender(String markdown) {
        assertEquals(renderer.render(markdown).paragraphs().get(0), renderer.firstParagraph(markdown));
    }

    @Test
    void firstParagraphResolvesReferenceLinksDefinedLater() {
        String markdown = "See [the docs][1].\n\n[1]: https://example.com/docs\n";
        assertEquals(renderer.render(markdown).paragraphs().get(0), renderer.firstParagraph(markdown));
    }

    @Test
    void firstParagraphSkipsBlocksSpanningBlankLines() {
        String markdown = "<!-- note\n\nhidden -->\n\n  ```\ncode\n\nmore\n  ```\n\nReal first paragraph.\n";
        assertEquals(renderer.render(markdown).paragraphs().get(0), renderer.firstParagraph(markdown));
    }
}
