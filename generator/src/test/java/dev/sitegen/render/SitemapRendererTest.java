package dev.sitegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitegen.config.SiteConfig;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SitemapRendererTest {

    private static String sitemap(String baseUrl, List<SitemapRenderer.Entry> entries) {
        return new SitemapRenderer(new Urls(SiteConfig.builder().baseUrl(baseUrl).build())).sitemap(entries);
    }

    @Test
    void locationsAreAbsoluteUnderTheBaseUrl() {
        String xml = sitemap("https://x.github.io/repo", List.of(new SitemapRenderer.Entry("", Optional.empty()),
                new SitemapRenderer.Entry("articles/a/", Optional.of(LocalDate.of(2025, 6, 9)))));
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://x.github.io/repo/</loc></url>
                  <url><loc>https://x.github.io/repo/articles/a/</loc><lastmod>2025-06-09</lastmod></url>
                </urlset>
                """, xml);
    }
}
