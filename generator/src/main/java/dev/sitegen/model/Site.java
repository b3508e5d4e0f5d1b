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

    /**
     * This site with some pages swapped for new versions of themselves (same slug, same terms),
     * wherever they appear. {@code versions} is looked up by identity when it is an
     * {@link java.util.IdentityHashMap}, as callers holding many pages should pass.
     */
    public Site replacing(Map<Page, Page> versions) {
        // Only lists that hold a replaced page are copied: on a large site, an edit touches few of them.
        java.util.function.UnaryOperator<List<Page>> swap = list -> {
            List<Page> out = null;
            for (int i = 0; i < list.size(); i++) {
                Page now = versions.get(list.get(i));
                if (now != null) {
                    out = out == null ? new java.util.ArrayList<>(list) : out;
                    out.set(i, now);
                }
            }
            return out == null ? list : out;
        };
        List<Taxonomy> swapped = new java.util.ArrayList<>(taxonomies.size());
        for (Taxonomy t : taxonomies) {
            List<Term> terms = new java.util.ArrayList<>(t.terms().size());
            boolean changed = false;
            for (Term term : t.terms()) {
                List<Page> pages = swap.apply(term.pages());
                changed |= pages != term.pages();
                terms.add(pages == term.pages() ? term : new Term(term.slug(), term.name(), pages));
            }
            swapped.add(changed ? new Taxonomy(t.key(), t.title(), t.singular(), terms) : t);
        }
        return new Site(swap.apply(pages), swapped, swapValues(related, swap), swapValues(mentionedIn, swap));
    }

    private static Map<String, List<Page>> swapValues(Map<String, List<Page>> lists, java.util.function.UnaryOperator<List<Page>> swap) {
        Map<String, List<Page>> changed = new java.util.HashMap<>();
        lists.forEach((k, v) -> {
            List<Page> now = swap.apply(v);
            if (now != v) {
                changed.put(k, now);
            }
        });
        if (changed.isEmpty()) {
            return lists;
        }
        Map<String, List<Page>> out = new java.util.HashMap<>(lists);
        out.putAll(changed);
        return out;
    }

    public Taxonomy taxonomy(String key) {
        return taxonomies.stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no taxonomy '" + key + "'"));
    }
}
