package dev.sitegen.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.diag.ContentException;
import dev.sitegen.diag.SiteGenException;
import dev.sitegen.diag.SourcePosition;
import dev.sitegen.markdown.MarkdownEscaper;
import dev.sitegen.markdown.MarkdownRenderer;
import dev.sitegen.model.Origin;
import dev.sitegen.model.Page;
import dev.sitegen.model.Site;
import dev.sitegen.model.Taxonomy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineTest {

    private static final SiteConfig CONFIG = SiteConfig.builder().baseUrl("/repo/").title("Harbour News").build();

    @TempDir
    Path userDir;

    private static ViewFactory views(Page... pages) {
        List<Taxonomy> taxonomies = List.of(new Taxonomy("topics", "Topics", "Topic", List.of()),
                new Taxonomy("tags", "Tags", "Tag", List.of()), new Taxonomy("sources", "Sources", "Source", List.of()),
                new Taxonomy("authors", "Authors", "Author", List.of()));
        Site site = new Site(List.of(pages), taxonomies, Map.of(), Map.of());
        return new ViewFactory(CONFIG, site, new MarkdownRenderer(CONFIG.basePath()), new TemplateEngine(Optional.empty()));
    }

    private static Page page(String title) {
        return Page.builder("a", title, new Origin(Path.of("seeds/a.md"), 1)).build();
    }

    private TemplateEngine userEngine(String name, String text) throws IOException {
        Files.writeString(userDir.resolve(name), text);
        return new TemplateEngine(Optional.of(userDir));
    }

    @Test
    void userTemplateOverridesThatThemeFileOnly() throws IOException {
        TemplateEngine engine = userEngine("404.ftlh", "<p>Custom 404 for ${site.title}</p>\n");
        ViewFactory views = views(page("A"));
        assertEquals("<p>Custom 404 for Harbour News</p>\n", engine.render("404.ftlh", views.model(views.notFound())));
        assertTrue(engine.render("search.ftlh", views.model(views.search())).contains("class=\"search-form\""));
    }

    @Test
    void utf8RenderingGivesTheBytesOfTheRenderedText() throws IOException {
        TemplateEngine engine = userEngine("404.ftlh", "<p>${site.title}</p>\n");
        // Non-Latin text, a character outside the BMP, a lone surrogate (becomes '?', as with
        // String.getBytes); a page longer than the buffers keep, then short pages again.
        String odd = "Zürich – 東京 😀 \uD800 end";
        for (String title : List.of(odd, odd + "x".repeat(1_200_000), "é", odd)) {
            ViewFactory views = new ViewFactory(SiteConfig.builder().baseUrl("/").title(title).build(),
                    new Site(List.of(page("A")), List.of(), Map.of(), Map.of()), new MarkdownRenderer("/"), engine);
            String rendered = engine.render("404.ftlh", views.model(views.notFound()));
            assertEquals("<p>" + title + "</p>\n", rendered);
            assertArrayEquals(rendered.getBytes(StandardCharsets.UTF_8), engine.renderUtf8("404.ftlh", views.model(views.notFound())));
        }
    }

    @Test
    void userTemplateCanUseTheThemeLayout() throws IOException {
        TemplateEngine engine = userEngine("404.ftlh",
                "<#import \"layout.ftlh\" as l>\n<@l.page meta=page.meta><p>Lost at sea</p></@l.page>\n");
        ViewFactory views = views(page("A"));
        String html = engine.render("404.ftlh", views.model(views.notFound()));
        assertTrue(html.contains("<p>Lost at sea</p>"), html);
        assertTrue(html.contains("<header class=\"site-header\">"), html);
    }

    @Test
    void syntaxErrorInUserTemplateNamesItsFileAndLine() throws IOException {
        TemplateEngine engine = userEngine("search.ftlh", "<p>fine</p>\n<#if>\n");
        ContentException e = assertThrows(ContentException.class, () -> engine.preload(List.of("search.ftlh")));
        SourcePosition at = e.position().orElseThrow();
        assertEquals(userDir.resolve("search.ftlh"), at.file());
        assertEquals(2, at.line());
        assertTrue(e.getMessage().startsWith("template syntax error: "), e.getMessage());
    }

    @Test
    void errorInThemeTemplateNamesItsPathUnderTemplates() {
        TemplateEngine engine = new TemplateEngine(Optional.empty());
        ContentException e = assertThrows(ContentException.class, () -> engine.render("404.ftlh", Map.of()));
        SourcePosition at = e.position().orElseThrow();
        assertEquals(Path.of("templates", "404.ftlh"), at.file());
        assertEquals(2, at.line());
    }

    @Test
    void errorInUserLayoutNamesTheLayoutNotThePageUsingIt() throws IOException {
        TemplateEngine engine = userEngine("layout.ftlh", "<#macro page meta>\n<body>\n${nosuch}\n<#nested>\n</#macro>\n");
        ViewFactory views = views(page("A"));
        ContentException e = assertThrows(ContentException.class,
                () -> engine.render("404.ftlh", views.model(views.notFound())));
        SourcePosition at = e.position().orElseThrow();
        assertEquals(userDir.resolve("layout.ftlh"), at.file());
        assertEquals(3, at.line());
    }

    @Test
    void syntaxErrorInUserLayoutNamesTheLayout() throws IOException {
        TemplateEngine engine = userEngine("layout.ftlh", "<#macro page meta>\n<body>\n<#if>\n</#macro>\n");
        ViewFactory views = views(page("A"));
        ContentException e = assertThrows(ContentException.class,
                () -> engine.render("404.ftlh", views.model(views.notFound())));
        SourcePosition at = e.position().orElseThrow();
        assertEquals(userDir.resolve("layout.ftlh"), at.file());
        assertEquals(3, at.line());
    }

    @Test
    void unknownTemplateIsAContentError() {
        TemplateEngine engine = new TemplateEngine(Optional.empty());
        ContentException e = assertThrows(ContentException.class, () -> engine.preload(List.of("nope.ftlh")));
        assertTrue(e.getMessage().startsWith("template not found"), e.getMessage());
    }

    @Test
    void missingUserTemplatesFolderIsAnError() {
        Path missing = userDir.resolve("missing");
        SiteGenException e = assertThrows(SiteGenException.class, () -> new TemplateEngine(Optional.of(missing)));
        assertEquals(SourcePosition.of(missing), e.position().orElseThrow());
    }

    @Test
    void seedTextWithScriptElementIsEscapedInThePage() {
        String hostile = "<script>alert(1)</script>";
        Page p = Page.builder("a", hostile, new Origin(Path.of("seeds/a.txt"), 1)).source(hostile).summary(hostile)
                .location(hostile).imageCaption(hostile).copyright(hostile)
                .body(MarkdownEscaper.escape(hostile) + "\n").build();
        ViewFactory views = views(p);
        String html = new TemplateEngine(Optional.empty()).render("article.ftlh", views.model(views.article(p)));
        assertFalse(html.contains("<script>alert"), html);
        assertTrue(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"), html);
    }

    @Test
    void seedTextCannotCloseTheJsonLdScript() {
        Page p = page("</script><script>alert(1)</script>");
        ViewFactory views = views(p);
        String html = new TemplateEngine(Optional.empty()).render("article.ftlh", views.model(views.article(p)));
        assertEquals(1, html.split("</script>", -1).length - 1, html);
    }
}
