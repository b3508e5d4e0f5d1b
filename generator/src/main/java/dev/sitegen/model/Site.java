package dev.sitegen.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every page with its terms resolved: what rendering and output work from.
 *
 * @param pages       every page, newest first
 * @param taxonomies  topics, tags, sources, authors, in that order
 * @param related     per article slug, the other articles that share most terms with it
 * @param mentionedIn per page slug, the articles whose related coverage links to it
 */
public record Site(List<Page> pages, List<Taxonomy> taxonomies, Map<String, List<Page>> related,
                   Map<String, List<Page>> mentionedIn) {

    public Site {
        pages = List.copyOf(pages);
        taxonomies = List.copyOf(taxonomies);
        related = Map.copyOf(related);
        mentionedIn = Map.copyOf(mentionedIn);
        Objects.requireNonNull(related, "related");
    }

    public Taxonomy taxonomy(String key) {
        return taxonomies.stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no taxonomy '" + key + "'"));
    }
}
