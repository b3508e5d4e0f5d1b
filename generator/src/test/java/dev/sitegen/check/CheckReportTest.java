package dev.sitegen.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.sitegen.check.CheckProblem.Kind.ANCHOR;
import static dev.sitegen.check.CheckProblem.Kind.HTML;
import static dev.sitegen.check.CheckProblem.Kind.LINK;
import static dev.sitegen.check.CheckProblem.Kind.SITEMAP;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CheckReportTest {

    @Test
    void formatGroupsProblemsByFileInASortedOrder() {
        CheckReport report = new CheckReport(List.of(
                new CheckProblem(LINK, "tags/index.html", 12, 5, "a[href] '/x/' does not resolve: no file x/index.html"),
                new CheckProblem(SITEMAP, "sitemap.xml", 0, 0, "sitemap.xml is missing"),
                new CheckProblem(HTML, "index.html", 8, 19, "No “p” element in scope but a “p” end tag seen."),
                new CheckProblem(ANCHOR, "tags/index.html", 9, 14, "a[href] '#x': no element with id 'x' in tags/index.html")),
                214, 5120, 12, 0);

        assertEquals("""
                index.html
                  8:19  html     No “p” element in scope but a “p” end tag seen.

                sitemap.xml
                  sitemap  sitemap.xml is missing

                tags/index.html
                  9:14  anchor   a[href] '#x': no element with id 'x' in tags/index.html
                  12:5  link     a[href] '/x/' does not resolve: no file x/index.html

                checked 214 pages, 5,120 links: 4 errors
                """, report.format());
    }

    @Test
    void summaryMentionsHtmlWarningsOnlyWhenThereAreAny() {
        assertEquals("checked 1 page, 1 link: 0 errors (2 HTML warnings not shown)",
                new CheckReport(List.of(), 1, 1, 0, 2).summary());
    }

    @Test
    void problemPrintsAsFileLineColumn() {
        assertEquals("articles/a/index.html:3:7: link: broken",
                new CheckProblem(LINK, "articles/a/index.html", 3, 7, "broken").toString());
    }
}
