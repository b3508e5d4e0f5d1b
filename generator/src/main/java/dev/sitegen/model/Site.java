package dev.sitegen.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

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
     * wherever they appear. Pages are matched by identity, whatever kind of map {@code versions} is.
     */
    public Site replacing(Map<Page, Page> versions) {
        if (versions.isEmpty()) {
            return this;
        }
        // A preview edit replaces a page or two, and every list of the site is searched for them:
        // comparing references costs less than a map lookup per listed page.
        Page[] before = versions.size() <= FEW ? versions.keySet().toArray(new Page[0]) : null;
        Map<Page, Page> byIdentity = before != null || versions instanceof IdentityHashMap ? versions : new IdentityHashMap<>(versions);
        UnaryOperator<List<Page>> swap = list -> {
            // Only lists that hold a replaced page are copied: on a large site, an edit touches few of them.
            List<Page> out = null;
            for (int i = 0; i < list.size(); i++) {
                Page now = before == null ? byIdentity.get(list.get(i)) : versionOf(list.get(i), before, versions);
                if (now != null) {
                    out = out == null ? new ArrayList<>(list) : out;
                    out.set(i, now);
                }
            }
            return out == null ? list : List.copyOf(out);
        };
        List<Taxonomy> swapped = new ArrayList<>(taxonomies.size());
        for (Taxonomy t : taxonomies) {
            List<Term> terms = new ArrayList<>(t.terms().size());
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

    private static final int FEW = 8;

    private static Page versionOf(Page page, Page[] before, Map<Page, Page> versions) {
        for (Page b : before) {
            if (b == page) {
                return versions.get(b);
            }
        }
        return null;
    }

    /** The map with its lists swapped, built once as the unmodifiable map the constructor keeps. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<Page>> swapValues(Map<String, List<Page>> lists, UnaryOperator<List<Page>> swap) {
        Map.Entry<String, List<Page>>[] entries = new Map.Entry[lists.size()];
        int i = 0;
        boolean changed = false;
        for (Map.Entry<String, List<Page>> e : lists.entrySet()) {
            List<Page> now = swap.apply(e.getValue());
            changed |= now != e.getValue();
            entries[i++] = now != e.getValue() ? Map.entry(e.getKey(), now) : e;
        }
        return changed ? Map.ofEntries(entries) : lists;
    }

    public Taxonomy taxonomy(String key) {
        return taxonomies.stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no taxonomy '" + key + "'"));
    }
}
