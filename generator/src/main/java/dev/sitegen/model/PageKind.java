package dev.sitegen.model;

import java.util.Locale;

/** What a page is: a full article, or a brief built from a related-coverage teaser. */
public enum PageKind {
    ARTICLE, BRIEF;

    /** The front-matter spelling: {@code article}, {@code brief}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
