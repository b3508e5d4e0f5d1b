package dev.sitegen.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Writes sitemap.xml after the sitemaps.org protocol (absolute URLs, optional lastmod). */
public final class SitemapRenderer {

    /** One page of the site: its folder relative to the root and, if known, when it last changed. */
    public record Entry(String relativeUrl, Optional<LocalDate> lastModified) {
    }

    private final Urls urls;

    public SitemapRenderer(Urls urls) {
        this.urls = urls;
    }

    public String sitemap(List<Entry> entries) {
        StringBuilder sb = new StringBuilder(entries.size() * 96 + 128);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Entry e : entries) {
            sb.append("  <url><loc>").append(Xml.escape(urls.absolute(e.relativeUrl()))).append("</loc>");
            e.lastModified().ifPresent(d -> sb.append("<lastmod>").append(d).append("</lastmod>"));
            sb.append("</url>\n");
        }
        sb.append("</urlset>\n");
        return sb.toString();
    }
}
