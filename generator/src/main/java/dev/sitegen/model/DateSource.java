package dev.sitegen.model;

import java.util.Locale;

/** Where a page's ordering date came from (DESIGN.md: {@code date_source}). */
public enum DateSource {
    PUBLISHED, UPDATED, DATELINE, CAPTION, CAPTURE, FRONT_MATTER;

    /** The front-matter spelling: {@code published}, {@code front matter}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public static DateSource fromKey(String key) {
        for (DateSource s : values()) {
            if (s.key().equals(key) || s.name().equalsIgnoreCase(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown date_source '" + key + "'");
    }
}
