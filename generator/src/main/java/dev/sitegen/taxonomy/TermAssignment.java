package dev.sitegen.taxonomy;

import java.util.List;
import java.util.Objects;

/**
 * One topic or tag chosen for an article, with the reasons for it.
 *
 * @param name     display name ("Howard Lutnick", "rare earths")
 * @param slug     URL segment, the same for every spelling of the term
 * @param score    the ranking score (higher is stronger); comparable within one kind of term
 * @param evidence human-readable reasons, e.g. "title: 'tariff' (x3.0)",
 *                 "body: 'Lutnick' merged into Howard Lutnick x2 (x1.0)"
 */
public record TermAssignment(String name, String slug, double score, List<String> evidence) {

    public TermAssignment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
        evidence = List.copyOf(evidence);
    }
}
