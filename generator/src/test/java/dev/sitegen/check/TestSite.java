package dev.sitegen.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a small valid site (five pages, assets, a sitemap and two Atom feeds) that tests then break
 * one file at a time.
 */
final class TestSite {

    final Path dir;
    final String base;
    final String siteUrl;

    /**
     * @param dir     where to write the site
     * @param base    the base path, e.g. {@code /} or {@code /news-demo/}
     * @param siteUrl the absolute site URL, ending with the base path
     */
    TestSite(Path dir, String base, String siteUrl) {
        this.dir = dir;
        this.base = base;
        this.siteUrl = siteUrl;
    }

    static TestSite projectSite(Path dir) {
        return new TestSite(dir, "/news-demo/", "https://example.github.io/news-demo/").writeAll();
    }

    TestSite writeAll() {
        write("index.html", page("News demo", """
                <main id="main">
                <h1>Latest news</h1>
                <ul>
                <li><a href="%sarticles/first/">First article</a></li>
                <li><a href="articles/second/#details">Second article, details</a></li>
                <li><a href="tags/">All tags</a></li>
                </ul>
                <form action="%ssearch/" method="get"><label>Search <input name="q"></label></form>
                <p><a href="#main">Back to top</a></p>
                </main>
                """.formatted(base, base)));
        write("articles/first/index.html", page("First article", """
                <main>
                <article>
                <h1>First article</h1>
                <img src="../../assets/photo.jpg" srcset="%sassets/photo.jpg 1x, %sassets/photo-2x.jpg 2x" alt="A photo" width="10" height="10">
                <h2 id="background">Background</h2>
                <p>See <a href="../second/#details">the second article</a> and the <a href="%stags/politics/">politics tag</a>.</p>
                <p>Source: <a href="https://www.japantoday.com/category/politics/x">Japan Today</a>, <a href="mailto:news@example.org">mail us</a>.</p>
                </article>
                </main>
                """.formatted(base, base, base)));
        write("articles/second/index.html", page("Second article", """
                <main>
                <article>
                <h1>Second article</h1>
                <h2 id="details">Details</h2>
                <p>Back to <a href="%sarticles/first/#background">the first article</a>.</p>
                </article>
                </main>
                """.formatted(base)));
        write("tags/index.html", page("Tags", """
                <main>
                <h1>Tags</h1>
                <ul><li><a href="politics/">Politics</a></li></ul>
                </main>
                """));
        write("tags/politics/index.html", page("Politics", """
                <main>
                <h1>Politics</h1>
                <ul><li><a href="%sarticles/first/">First article</a></li></ul>
                <p><a href="feed.xml">Feed of this tag</a></p>
                </main>
                """.formatted(base)));
        write("search/index.html", page("Search", """
                <main>
                <h1>Search</h1>
                <script src="%sassets/search.js"></script>
                </main>
                """.formatted(base)));
        write("404.html", page("Not found", """
                <main>
                <h1>Page not found</h1>
                <p><a href="%s">Home</a></p>
                </main>
                """.formatted(base)));
        write("assets/site.css", "body { margin: 0; }\n");
        write("assets/search.js", "// search\n");
        write("assets/photo.jpg", "jpeg");
        write("assets/photo-2x.jpg", "jpeg");
        write(".nojekyll", "");
        write("robots.txt", "User-agent: *\nSitemap: " + siteUrl + "sitemap.xml\n");
        write("sitemap.xml", sitemap(siteUrl, "", "articles/first/", "articles/second/", "tags/", "tags/politics/", "search/"));
        write("feed.xml", feed("News demo", siteUrl + "articles/first/", siteUrl + "articles/second/"));
        write("tags/politics/feed.xml", feed("Politics", siteUrl + "articles/first/"));
        return this;
    }

    /** A valid HTML5 page; {@code body} starts on line 10. */
    String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>%s</title>
                <link rel="stylesheet" href="%sassets/site.css">
                <link rel="alternate" type="application/atom+xml" href="%sfeed.xml" title="News demo">
                </head>
                <body>
                %s</body>
                </html>
                """.formatted(title, base, base, body);
    }

    static String sitemap(String siteUrl, String... paths) {
        StringBuilder sb = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                """);
        for (String p : paths) {
            sb.append("<url><loc>").append(siteUrl).append(p).append("</loc><lastmod>2025-06-01</lastmod></url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }

    static String feed(String title, String... entryLinks) {
        StringBuilder sb = new StringBuilder("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                <id>urn:example:%s</id>
                <title>%s</title>
                <updated>2025-06-01T09:00:00Z</updated>
                """.formatted(title.replace(' ', '-'), title));
        int n = 0;
        for (String link : entryLinks) {
            n++;
            sb.append("""
                    <entry>
                    <id>urn:example:entry-%d</id>
                    <title>Entry %d</title>
                    <updated>2025-06-01T09:00:00+09:00</updated>
                    <link rel="alternate" href="%s"/>
                    </entry>
                    """.formatted(n, n, link));
        }
        return sb.append("</feed>\n").toString();
    }

    void write(String name, String content) {
        Path file = dir.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text in a written file, failing when it is not there. */
    void replace(String name, String from, String to) {
        try {
            Path file = dir.resolve(name);
            String s = Files.readString(file);
            if (!s.contains(from)) {
                throw new IllegalArgumentException(name + " does not contain " + from);
            }
            Files.writeString(file, s.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of the first occurrence of {@code needle} in a written file. */
    int lineOf(String name, String needle) {
        try {
            String[] lines = Files.readString(dir.resolve(name)).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains(needle)) {
                    return i + 1;
                }
            }
            throw new IllegalArgumentException(name + " does not contain " + needle);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
