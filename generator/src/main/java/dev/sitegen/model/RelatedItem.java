package dev.sitegen.model;

import java.util.Objects;

/** A related-coverage teaser as the article lists it; {@code slug} names the brief or article it links to. */
public record RelatedItem(String title, String source, String relativeTime, String summary, String slug) {

    public RelatedItem {
        Objects.requireNonNull(title, "title");
        source = nullToEmpty(source);
        relativeTime = nullToEmpty(relativeTime);
        summary = nullToEmpty(summary);
        slug = nullToEmpty(slug);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
