package dev.sitegen.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownEscaperTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer("/repo/");

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "*not emphasis*", "_not emphasis_", "[x](y)", "![img](/a.png)",
            "1. not a list", "12) not a list", "- not a list", "+ not a list", "# not a heading", "a & b", "&amp;",
            "&copy; 2025", "`not code`", "a | b | c", "~~not struck~~", "> not a quote", "---", "===", "***",
            "back\\slash\\", "[foo]: /not-a-definition", "1.5 million people", "<!-- not a comment -->",
            "\"quoted\" text"})
    void seedTextRendersBackToItselfEscaped(String text) {
        String markdown = MarkdownEscaper.escape(text);
        MarkdownRenderer.RenderedBody body = renderer.render(markdown);
        assertEquals("<p>" + html(text) + "</p>\n", body.html(), markdown);
        assertEquals(List.of(text), body.paragraphs(), markdown);
    }

    @Test
    void lineBreaksAndTabsBecomeSpaces() {
        assertEquals("one two three", MarkdownEscaper.escape("one\ntwo\tthree\n"));
    }

    @Test
    void plainTextStaysReadable() {
        assertEquals("The harbour reopened on Monday, officials said.",
                MarkdownEscaper.escape("The harbour reopened on Monday, officials said."));
    }

    @Test
    void urlInSeedTextStaysText() {
        String text = "Read more at https://example.com/story or write to desk@example.com";
        String html = renderer.render(MarkdownEscaper.escape(text)).html();
        assertFalse(html.contains("<a"), html);
    }
}
