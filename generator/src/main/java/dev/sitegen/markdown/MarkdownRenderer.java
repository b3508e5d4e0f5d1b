package dev.sitegen.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns a page body into HTML with one shared, thread-safe CommonMark parser and renderer.
 * Bare URLs in text stay text (no autolink extension): seed text is data, and a link must be
 * written as one ({@code <https://...>} or {@code [text](url)}).
 * Raw HTML in Markdown is shown as text, not passed through (as Hugo's default): a page model may
 * come from a scraped dump, and the site must stay valid HTML whatever it holds. Root-relative
 * links get the site's base path, so they work under a GitHub Pages project path.
 */
public final class MarkdownRenderer {

    /** The rendered body, with the plain text of its paragraphs for summaries, tagging and search. */
    public record RenderedBody(String html, List<String> paragraphs) {
        public RenderedBody {
            Objects.requireNonNull(html, "html");
            paragraphs = List.copyOf(paragraphs);
        }
    }

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final String basePath;

    /** @param basePath the site's base path, starting and ending with '/' */
    public MarkdownRenderer(String basePath) {
        this.basePath = Objects.requireNonNull(basePath, "basePath");
        List<Extension> extensions = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true)
                .softbreak("\n").attributeProviderFactory(context -> MarkdownRenderer::cellAlignment).build();
    }

    public RenderedBody render(String markdown) {
        Node document = parser.parse(markdown);
        BodyVisitor visitor = new BodyVisitor(basePath, true);
        document.accept(visitor);
        return new RenderedBody(html(document, markdown.length()), visitor.paragraphs);
    }

    /** The body's HTML alone: pages need no paragraph text. */
    public String html(String markdown) {
        Node document = parser.parse(markdown);
        document.accept(new BodyVisitor(basePath, false));
        return html(document, markdown.length());
    }

    /** The plain text of the body's paragraphs alone, without rendering HTML nobody reads. */
    public List<String> paragraphs(String markdown) {
        BodyVisitor visitor = new BodyVisitor(basePath, true);
        parser.parse(markdown).accept(visitor);
        return List.copyOf(visitor.paragraphs);
    }

    private String html(Node document, int markdownLength) {
        // Sized for the usual HTML of that much Markdown, so the buffer is not regrown and copied as it fills.
        StringBuilder out = new StringBuilder(markdownLength + markdownLength / 4 + 256);
        renderer.render(document, out);
        String html = out.toString();
        if (html.contains("<table>")) {
            // A wide table scrolls inside its own focusable region instead of widening the page.
            html = html.replace("<table>", "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"Table\"><table>")
                    .replace("</table>", "</table></div>");
        }
        return html;
    }

    /** Table cell alignment as a style: the {@code align} attribute is obsolete in HTML5. */
    private static void cellAlignment(Node node, String tagName, java.util.Map<String, String> attributes) {
        String align = attributes.remove("align");
        if (align != null) {
            attributes.put("style", "text-align:" + align);
        }
    }

    /**
     * The plain text of the first paragraph, parsing only as many blank-line separated chunks as it
     * takes: listings need a summary of every page, and a full parse of each would double the build.
     */
    public String firstParagraph(String markdown) {
        int from = 0;
        while (from < markdown.length()) {
            int end = markdown.indexOf("\n\n", from);
            String chunk = end < 0 ? markdown.substring(from) : markdown.substring(from, end);
            if (!standsAlone(chunk)) {
                break; // the chunk may need the rest of the document: fall back to the full parse
            }
            BodyVisitor visitor = new BodyVisitor(basePath, true);
            parser.parse(chunk).accept(visitor);
            if (!visitor.paragraphs.isEmpty()) {
                return visitor.paragraphs.get(0);
            }
            if (end < 0) {
                return "";
            }
            from = end + 2;
        }
        List<String> all = paragraphs(markdown);
        return all.isEmpty() ? "" : all.get(0);
    }

    /**
     * Whether a blank-line separated chunk parses the same alone as in its document: not when it may
     * open a block that spans blank lines (fences, HTML, indented code) or use a link reference
     * defined elsewhere.
     */
    private static boolean standsAlone(String chunk) {
        String start = chunk.stripLeading();
        return !(start.startsWith("```") || start.startsWith("~~~") || start.startsWith("<")
                || chunk.startsWith("    ") || chunk.startsWith("\t") || chunk.indexOf('[') >= 0);
    }

    /**
     * One pass over the tree: the page title is the only h1, so body headings start at h2; links
     * get the base path; paragraph text is collected when asked for.
     */
    private static final class BodyVisitor extends AbstractVisitor {
        private final String basePath;
        private final boolean collect;
        private final List<String> paragraphs = new ArrayList<>();
        private StringBuilder current;

        BodyVisitor(String basePath, boolean collect) {
            this.basePath = basePath;
            this.collect = collect;
        }

        @Override
        public void visit(Heading heading) {
            if (heading.getLevel() == 1) {
                heading.setLevel(2);
            }
            visitChildren(heading);
        }

        @Override
        public void visit(Paragraph paragraph) {
            if (!collect) {
                visitChildren(paragraph); // links inside still get the base path
                return;
            }
            current = new StringBuilder();
            visitChildren(paragraph);
            String text = current.toString().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
            current = null;
        }

        @Override
        public void visit(Text text) {
            if (current != null) {
                current.append(text.getLiteral());
            }
        }

        @Override
        public void visit(Code code) {
            if (current != null) {
                current.append(code.getLiteral());
            }
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            if (current != null) {
                current.append(' ');
            }
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            if (current != null) {
                current.append(' ');
            }
        }

        @Override
        public void visit(Link link) {
            link.setDestination(withBase(link.getDestination()));
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            image.setDestination(withBase(image.getDestination()));
            visitChildren(image);
        }

        private String withBase(String destination) {
            if (destination.startsWith("/") && !destination.startsWith("//") && !basePath.equals("/")) {
                return basePath + destination.substring(1);
            }
            return destination;
        }
    }
}
