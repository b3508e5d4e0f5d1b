package dev.sitegen.model;

import java.util.List;
import java.util.Objects;

/**
 * A way of grouping pages ({@code topics}, {@code tags}, {@code sources}, {@code authors}), with its
 * terms sorted by name.
 *
 * @param key      the URL folder and front-matter key: {@code tags}
 * @param title    the plural heading: {@code Tags}
 * @param singular the singular label: {@code Tag}
 */
public record Taxonomy(String key, String title, String singular, List<Term> terms) {

    public Taxonomy {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(singular, "singular");
        terms = List.copyOf(terms);
    }
}
