package dev.sitegen.check;

import dev.sitegen.diag.SiteGenException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteCheckerTest {

    @TempDir
    Path dir;

    private static CheckReport check(TestSite site, boolean validateHtml) {
        CheckOptions options = CheckOptions.builder().siteUrl(site.siteUrl).validateHtml(validateHtml).threads(2).build();
        return new SiteChecker(options).check(site.dir);
    }

    private static CheckProblem only(CheckReport report) {
        assertEquals(1, report.problems().size(), report::format);
        return report.problems().get(0);
    }

    @Test
    void validSiteUnderProjectPathPasses() {
        TestSite site = TestSite.projectSite(dir);

        CheckReport report = check(site, true);

        assertTrue(report.ok(), report::format);
        assertEquals(7, report.pages());
        assertTrue(report.format().endsWith(": 0 errors\n"), report::format);
    }

    @Test
    void validSiteAtDomainRootPasses() {
        TestSite site = new TestSite(dir, "/", "https://news.example.org/").writeAll();

        CheckReport report = check(site, false);

        assertTrue(report.ok(), report::format);
    }

    @Test
    void countsPagesAndLinksInTheSummary() {
        TestSite site = TestSite.projectSite(dir);

        CheckReport report = check(site, false);

        // 32 references in pages (2 of them external), 6 sitemap locations, 3 feed links.
        assertEquals(41, report.links(), report::format);
        assertEquals(2, report.externalLinks());
        assertEquals("checked 7 pages, 41 links: 0 errors", report.summary());
    }

    @Test
    void brokenLinkIsReportedWithFileAndLine() {
        TestSite site = TestSite.projectSite(dir);
        site.replace("index.html", "<li><a href=\"tags/\">", "<li><a href=\"/news-demo/topics/\">");

        CheckProblem p = only(check(site, false));

        assertEquals(CheckProblem.Kind.LINK, p.kind());
        assertEquals("index.html", p.file());
        assertEquals(site.lineOf("index.html", "/news-demo/topics/"), p.line());
        assertTrue(p.column() > 0);
        assertTrue(p.message().contains("no file topics/index.html"), p.message());
    }

    @Test
    void brokenRelativeLinkIsResolvedAgainstThePage() {
        TestSite site = TestSite.projectSite(dir);
        site.replace("articles/first/index.html", "href=\"../second/#details\"", "href=\"../third/\"");

        CheckProblem p = only(check(site, false));

        assertEquals("articles/first/index.html", p.file());
        assertTrue(p.message().contains("no file articles/third/index.html"), p.message());
    }

    @Test
    void brokenAnchorIsReported() {
        TestSite site = TestSite.projectSite(dir);
        site.replace("articles/first/index.html", "../second/#details", "../second/#nowhere");

        CheckProblem p = only(check(site, false));

        assertEquals(CheckProblem.Kind.ANCHOR, p.kind());
        assertEquals("articles/first/index.html", p.file());
        assertEquals(site.lineOf("articles/first/index.html", "#nowhere"), p.line());
        assertTrue(p.message().contains("no element with id 'nowhere' in articles/second/index.html"), p.message());
    }

    @Test
    void brokenAnchorOnTheSamePageIsReported() {
        TestSite site = TestSite.projectSite(dir);
        site.replace("index.html", "href=\"#main\"", "href=\"#content\"");

        CheckProblem p = only(check(site, false));

        assertEquals(CheckProblem.Kind.ANCHOR, p.kind());
        assertEquals("index.html", p.file());
    }

    @Test
    void rootAbsoluteLinkOutsideBasePathIsReported() {
        TestSite site = TestSite.projectSite(dir);
        site.replace("tags/politics/index.html", "href=\"/news-demo/articles/first/\"", "href=\"/articles/first/\"");

        CheckProblem p = only(check(site, false));

        assertEquals(CheckProblem.Kind.LINK, p.kind());
        assertEquals("tags/politics/index.html", p.file());
        assertEquals(site.lineOf("tags/politics/index.html", "/articles/first/"), p.line());
        assertTrue(p.message().contains("outside the base path /news-demo/"), p.message());
    }

    @Test
    void missingStylesheetIsReported() {
        TestSite site = TestSite.projectSite(dir);
        site.replace("tags/index.html", "assets/site.css", "assets/style.css");

        CheckProblem p = only(check(site, false));

        assertEquals("tags/index.html", p.file());
        assertEquals(6, p.line());
        assertTrue(p.message().startsWith("link[href]"), p.message());
    }

    @Test
    void everySrcsetCandidateIsChecked() {
        TestSite site = TestSite.projectSite(dir);
        site.replace("articles/first/index.html", "photo-2x.jpg 2x", "photo-3x.jpg 3x");

        CheckProblem p = only(check(site, false));

        assertTrue(p.message().startsWith("img[srcset]"), p.message());
        assertTrue(p.message().contains("no file assets/photo-3x.jpg"), p.message());
    }

    @Test
    void relativeLinkInNotFoundPageIsReported() {
        TestSite site = TestSite.projectSite(dir);
        site.replace("404.html", "<a href=\"/news-demo/\">", "<a href=\"index.html\">");

        CheckProblem p = only(check(site, false));

        assertEquals("404.html", p.file());
        assertTrue(p.message().contains("404.html is served at any depth"), p.message());
    }

    @Test
    void unknownElementIsReportedWithLine() {
        TestSite site = TestSite.projectSite(dir);
        site.replace("articles/second/index.html", "<h2 id=\"details\">", "<foo>x</foo>\n<h2 id=\"details\">");

        CheckReport report = check(site, true);

        assertFalse(report.ok());
        int line = site.lineOf("articles/second/index.html", "<foo>");
        assertTrue(report.problems().stream().anyMatch(p -> p.kind() == CheckProblem.Kind.HTML
                && p.file().equals("articles/second/index.html") && p.line() == line
                && p.message().contains("“foo”")), report::format);
    }

    @Test
    void pageWithoutTitleFailsValidation() {
        TestSite site = TestSite.projectSite(dir);
        site.replace("tags/index.html", "<title>Tags</title>\n", "");

        CheckProblem p = only(check(site, true));

        assertEquals(CheckProblem.Kind.HTML, p.kind());
        assertEquals("tags/index.html", p.file());
        assertTrue(p.line() > 0);
        assertTrue(p.message().contains("title"), p.message());
    }

    @Test
    void skipsHtmlValidationWhenAskedTo() {
        TestSite site = TestSite.projectSite(dir);
        site.replace("tags/index.html", "<title>Tags</title>\n", "");

        assertTrue(check(site, false).ok());
    }

    @Test
    void feedEntryLinkingToMissingPageIsReported() {
        TestSite site = TestSite.projectSite(dir);
        site.write("tags/politics/feed.xml", TestSite.feed("Politics", site.siteUrl + "articles/gone/"));

        CheckProblem p = only(check(site, false));

        assertEquals(CheckProblem.Kind.FEED, p.kind());
        assertEquals("tags/politics/feed.xml", p.file());
        assertEquals(site.lineOf("tags/politics/feed.xml", "articles/gone/"), p.line());
        assertTrue(p.message().contains("no file articles/gone/index.html"), p.message());
    }

    @Test
    void feedEntryWithoutUpdatedIsReported() {
        TestSite site = TestSite.projectSite(dir);
        site.replace("feed.xml", "<updated>2025-06-01T09:00:00+09:00</updated>\n", "");

        CheckReport report = check(site, false);

        assertEquals(2, report.problems().size(), report::format);
        assertTrue(report.problems().stream().allMatch(p -> p.message().equals("<entry> has no <updated>")), report::format);
    }

    @Test
    void feedOutsideAtomNamespaceIsReported() {
        TestSite site = TestSite.projectSite(dir);
        site.replace("feed.xml", "http://www.w3.org/2005/Atom", "http://purl.org/rss/1.0/");

        CheckProblem p = only(check(site, false));

        assertEquals("feed.xml", p.file());
        assertTrue(p.message().contains("expected feed in the Atom namespace"), p.message());
    }

    @Test
    void malformedFeedIsReportedWithLine() {
        TestSite site = TestSite.projectSite(dir);
        site.replace("feed.xml", "<title>Entry 1</title>", "<title>Entry 1</titel>");

        CheckProblem p = only(check(site, false));

        assertEquals(CheckProblem.Kind.FEED, p.kind());
        assertEquals(site.lineOf("feed.xml", "</titel>"), p.line());
        assertTrue(p.message().startsWith("not well-formed XML"), p.message());
    }

    @Test
    void sitemapLocationOfMissingPageIsReported() {
        TestSite site = TestSite.projectSite(dir);
        site.write("sitemap.xml", TestSite.sitemap(site.siteUrl, "", "articles/first/", "articles/third/"));

        CheckProblem p = only(check(site, false));

        assertEquals(CheckProblem.Kind.SITEMAP, p.kind());
        assertEquals("sitemap.xml", p.file());
        assertEquals(site.lineOf("sitemap.xml", "articles/third/"), p.line());
        assertTrue(p.message().contains("no file articles/third/index.html"), p.message());
    }

    @Test
    void sitemapLocationOnAnotherHostIsReported() {
        TestSite site = TestSite.projectSite(dir);
        site.write("sitemap.xml", TestSite.sitemap("https://elsewhere.example/news-demo/", ""));

        CheckProblem p = only(check(site, false));

        assertTrue(p.message().contains("is not under the site URL https://example.github.io/news-demo/"), p.message());
    }

    @Test
    void sitemapOutsideSitemapsNamespaceIsReported() {
        TestSite site = TestSite.projectSite(dir);
        site.replace("sitemap.xml", "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"", "");

        CheckProblem p = only(check(site, false));

        assertEquals(CheckProblem.Kind.SITEMAP, p.kind());
        assertTrue(p.message().contains("expected urlset in the namespace"), p.message());
    }

    @Test
    void missingSitemapIsReported() throws Exception {
        TestSite site = TestSite.projectSite(dir);
        Files.delete(dir.resolve("sitemap.xml"));

        CheckProblem p = only(check(site, false));

        assertEquals(new CheckProblem(CheckProblem.Kind.SITEMAP, "sitemap.xml", 0, 0, "sitemap.xml is missing"), p);
    }

    @Test
    void missingSitemapIsFineWhenOnlyABasePathIsGiven() throws Exception {
        TestSite site = TestSite.projectSite(dir);
        Files.delete(dir.resolve("sitemap.xml"));

        CheckReport report = new SiteChecker(CheckOptions.builder().baseUrl(site.base).validateHtml(false).build())
                .check(dir);

        assertTrue(report.ok(), report::format);
    }

    @Test
    void siteUrlIsTakenFromTheSitemapWhenOnlyABasePathIsGiven() {
        TestSite site = TestSite.projectSite(dir);
        site.write("feed.xml", TestSite.feed("News demo", site.siteUrl + "articles/gone/"));

        CheckReport report = new SiteChecker(CheckOptions.builder().baseUrl("/news-demo/").validateHtml(false).build())
                .check(dir);

        CheckProblem p = only(report);
        assertEquals("feed.xml", p.file());
        assertTrue(p.message().contains("no file articles/gone/index.html"), p.message());
    }

    @Test
    void missingSiteDirectoryIsAClearError() {
        Path missing = dir.resolve("site");

        SiteGenException e = assertThrows(SiteGenException.class,
                () -> new SiteChecker(CheckOptions.defaults()).check(missing));

        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void emptySiteDirectoryIsAClearError() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("site"));

        SiteGenException e = assertThrows(SiteGenException.class,
                () -> new SiteChecker(CheckOptions.defaults()).check(empty));

        assertTrue(e.getMessage().contains(empty + " is empty"), e.getMessage());
    }

    @Test
    void reportsTheSameProblemsInTheSameOrderWhateverTheThreadCount() {
        TestSite site = TestSite.projectSite(dir);
        site.replace("index.html", "href=\"#main\"", "href=\"#content\"");
        site.replace("tags/index.html", "assets/site.css", "assets/style.css");
        site.replace("404.html", "<a href=\"/news-demo/\">", "<a href=\"/\">");

        List<CheckProblem> one = new SiteChecker(CheckOptions.builder().siteUrl(site.siteUrl).threads(1).validateHtml(false).build())
                .check(dir).problems();
        List<CheckProblem> many = new SiteChecker(CheckOptions.builder().siteUrl(site.siteUrl).threads(4).validateHtml(false).build())
                .check(dir).problems();

        assertEquals(3, one.size());
        assertEquals(one, many);
    }
}
