package dev.sitegen.render;

import dev.sitegen.model.Page;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes Atom 1.0 feeds (RFC 4287). Entry ids are the pages' absolute URLs when the site has an
 * absolute base URL, else tag-free {@code urn:} ids derived from the path, so they never change
 * between builds. Undated pages carry the epoch as {@code updated}: Atom requires the element and
 * the build must not invent a time.
 */
public final class FeedRenderer {

    /** Entries per feed: readers poll for news, not for the archive. */
    public static final int ENTRIES = 20;

    private static final OffsetDateTime EPOCH = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final Urls urls;
    private final String siteTitle;
    private final String language;

    public FeedRenderer(Urls urls, String siteTitle, String language) {
        this.urls = urls;
        this.siteTitle = siteTitle;
        this.language = language;
    }

    /**
     * @param folder the folder of the page this feed belongs to, relative to the root ("" for the site)
     * @param pages  newest first; only the first {@link #ENTRIES} are written
     */
    public String feed(String title, String folder, List<Page> pages) {
        List<Page> entries = pages.subList(0, Math.min(ENTRIES, pages.size()));
        OffsetDateTime updated = entries.stream().map(FeedRenderer::updated).max(OffsetDateTime::compareTo).orElse(EPOCH);
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        sb.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(Xml.escape(language)).append("\">\n");
        sb.append("  <title>").append(Xml.escape(title)).append("</title>\n");
        sb.append("  <id>").append(Xml.escape(id(folder + "feed.xml"))).append("</id>\n");
        sb.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Xml.escape(urls.absolute(folder + "feed.xml"))).append("\"/>\n");
        sb.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(urls.absolute(folder))).append("\"/>\n");
        sb.append("  <updated>").append(format(updated)).append("</updated>\n");
        sb.append("  <author><name>").append(Xml.escape(siteTitle)).append("</name></author>\n");
        sb.append("  <generator>site-gen</generator>\n");
        for (Page p : entries) {
            String rel = Urls.article(p.slug());
            sb.append("  <entry>\n");
            sb.append("    <title>").append(Xml.escape(p.title())).append("</title>\n");
            sb.append("    <id>").append(Xml.escape(id(rel))).append("</id>\n");
            sb.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(urls.absolute(rel))).append("\"/>\n");
            sb.append("    <updated>").append(format(updated(p))).append("</updated>\n");
            p.published().ifPresent(t -> sb.append("    <published>").append(format(t)).append("</published>\n"));
            for (String a : p.authors()) {
                sb.append("    <author><name>").append(Xml.escape(a)).append("</name></author>\n");
            }
            for (String t : p.topics()) {
                sb.append("    <category term=\"").append(Xml.escape(t)).append("\"/>\n");
            }
            if (!p.summary().isEmpty()) {
                sb.append("    <summary>").append(Xml.escape(p.summary())).append("</summary>\n");
            }
            sb.append("  </entry>\n");
        }
        sb.append("</feed>\n");
        return sb.toString();
    }

    private String id(String relative) {
        return urls.hasAbsoluteBase() ? urls.absolute(relative) : "urn:site-gen:" + urls.path(relative);
    }

    private static OffsetDateTime updated(Page p) {
        if (p.published().isPresent()) {
            return p.published().get();
        }
        return p.date().map(LocalDate::atStartOfDay).map(t -> t.atOffset(ZoneOffset.UTC)).orElse(EPOCH);
    }

    private static String format(OffsetDateTime t) {
        return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
