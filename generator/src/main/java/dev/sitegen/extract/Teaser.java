package dev.sitegen.extract;

import java.util.Objects;

/** A related-coverage teaser found in a dump; empty strings where a field is absent. */
public record Teaser(String title, String source, String relativeTime, String summary) {

    public Teaser {
        Objects.requireNonNull(title, "title");
        source = source == null ? "" : source;
        relativeTime = relativeTime == null ? "" : relativeTime;
        summary = summary == null ? "" : summary;
    }
}
