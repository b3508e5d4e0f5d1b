package dev.sitegen.model;

import java.util.List;
import java.util.Objects;

/** One topic, tag, source or author, with its pages newest first. */
public record Term(String slug, String name, List<Page> pages) {

    public Term {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        pages = List.copyOf(pages);
    }
}
