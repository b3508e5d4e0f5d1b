package dev.sitegen.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Measures checking speed on a generated site of a few hundred news pages. Not a regular test:
 * run with {@code mvn -pl generator test -Dtest=CheckSpeedBenchmark -Dcheck.bench=true}.
 */
@EnabledIfSystemProperty(named = "check.bench", matches = "true")
class CheckSpeedBenchmark {

    private static final int ARTICLES = 300;
    private static final int TAGS = 30;

    @TempDir
    Path dir;

    @Test
    void checksAFewHundredPagesInSeconds() {
        TestSite site = new TestSite(dir, "/news-demo/", "https://example.github.io/news-demo/");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            site.write("articles/a" + i + "/index.html", site.page("Article " + i, article(site.base, i)));
            urls.add("articles/a" + i + "/");
        }
        for (int t = 0; t < TAGS; t++) {
            StringBuilder list = new StringBuilder("<main>\n<h1>Tag " + t + "</h1>\n<ul>\n");
            for (int i = t; i < ARTICLES; i += TAGS) {
                list.append("<li><a href=\"").append(site.base).append("articles/a").append(i)
                        .append("/\">Article ").append(i).append("</a></li>\n");
            }
            site.write("tags/t" + t + "/index.html", site.page("Tag " + t, list.append("</ul>\n</main>\n").toString()));
            urls.add("tags/t" + t + "/");
        }
        site.write("index.html", site.page("Home", "<main><h1>Home</h1><p><a href=\"articles/a0/\">First</a></p></main>\n"));
        for (String section : new String[] {"topics", "tags", "sources", "authors", "search"}) {
            site.write(section + "/index.html", site.page(section, "<main><h1>" + section + "</h1></main>\n"));
        }
        site.write("assets/site.css", "body{}\n");
        site.write("sitemap.xml", TestSite.sitemap(site.siteUrl, urls.toArray(String[]::new)));
        site.write("feed.xml", TestSite.feed("News", site.siteUrl + "articles/a0/", site.siteUrl + "articles/a1/"));

        for (int threads : new int[] {1, Runtime.getRuntime().availableProcessors()}) {
            for (boolean html : new boolean[] {false, true}) {
                SiteChecker checker = new SiteChecker(CheckOptions.builder().siteUrl(site.siteUrl)
                        .validateHtml(html).threads(threads).build());
                long start = System.nanoTime();
                checker.check(dir); // the first run pays for class loading and JIT
                double cold = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                CheckReport report = checker.check(dir);
                double seconds = (System.nanoTime() - start) / 1e9;
                assertTrue(report.ok(), report::format);
                System.out.printf(Locale.ROOT, "threads=%d html=%s: %s; first run %.2f s, then %.2f s (%.0f pages/s)%n",
                        threads, html, report.summary(), cold, seconds, report.pages() / seconds);
            }
        }
    }

    /** A page shaped like a real article: navigation, twelve paragraphs, related links, tags. */
    private static String article(String base, int i) {
        StringBuilder sb = new StringBuilder();
        sb.append("<header><nav><ul>\n");
        for (String s : new String[] {"", "topics/", "tags/", "sources/", "authors/", "search/"}) {
            sb.append("<li><a href=\"").append(base).append(s).append("\">Section</a></li>\n");
        }
        sb.append("</ul></nav></header>\n<main>\n<article>\n<h1>Article ").append(i).append("</h1>\n")
                .append("<p class=\"byline\">By <a href=\"").append(base).append("tags/t0/\">A. Writer</a>, ")
                .append("<time datetime=\"2025-06-01T09:00:00+09:00\">1 June 2025</time></p>\n");
        for (int p = 0; p < 12; p++) {
            if (p % 4 == 0) {
                sb.append("<h2 id=\"s").append(p).append("\">Section ").append(p).append("</h2>\n");
            }
            sb.append("<p>").append("The quick brown fox jumps over the lazy dog, said the minister on Tuesday. ".repeat(6))
                    .append("<a href=\"#s0\">top</a>.</p>\n");
        }
        sb.append("</article>\n<aside><h2>Related</h2><ul>\n");
        for (int r = 1; r <= 6; r++) {
            sb.append("<li><a href=\"../a").append((i + r) % ARTICLES).append("/\">Related ").append(r).append("</a></li>\n");
        }
        sb.append("</ul>\n<ul class=\"tags\">\n");
        for (int t = 0; t < 5; t++) {
            sb.append("<li><a href=\"").append(base).append("tags/t").append((i + t) % TAGS).append("/\">Tag</a></li>\n");
        }
        return sb.append("</ul></aside>\n</main>\n<footer><p>© News demo</p></footer>\n").toString();
    }
}
