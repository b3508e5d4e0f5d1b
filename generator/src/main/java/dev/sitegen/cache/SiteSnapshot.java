package dev.sitegen.cache;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.model.Page;
import dev.sitegen.model.Site;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The site the last build committed, as it made it: the pages as the seeds gave them, the site
 * indexed from them, and what the build reported. When the next build reads the same pages but
 * for their bodies, nothing that lists pages can have changed (cards, term pages, feeds, the search
 * index and the sitemap never show a body), so only the changed pages' own files need rendering.
 *
 * @param settings fingerprint of the settings and theme the site was built with
 * @param read     every page as the seeds gave it, in seed order
 * @param site     the site indexed from them
 * @param warnings what merging and indexing the pages warned about
 * @param kinds    the site's files by kind
 */
public record SiteSnapshot(long settings, List<Page> read, Site site, List<Diagnostic> warnings, Map<String, Integer> kinds) {

    public SiteSnapshot {
        read = List.copyOf(read);
        Objects.requireNonNull(site, "site");
        warnings = List.copyOf(warnings);
        kinds = Map.copyOf(kinds);
    }

    /**
     * The outcome of an edit that changed bodies only.
     *
     * @param next    the snapshot of the site with the new bodies
     * @param changed the site's pages whose body changed, as they are now
     */
    public record Patch(SiteSnapshot next, List<Page> changed) {
        public Patch {
            changed = List.copyOf(changed);
        }
    }

    /**
     * The site for pages read {@code now}, when they differ from {@link #read} in bodies alone.
     *
     * @param autoTerms whether pages without topics or tags get them from their text: such a
     *                  page's body decides terms, so a change to it is not a body-only change
     */
    public Optional<Patch> patch(long settings, List<Page> now, boolean autoTerms) {
        if (settings != this.settings || now.size() != read.size()) {
            return Optional.empty();
        }
        Map<Page, Page> edited = new IdentityHashMap<>();
        for (int i = 0; i < now.size(); i++) {
            Page before = read.get(i);
            Page after = now.get(i);
            if (before != after && !before.equals(after)) {
                edited.put(before, after);
            }
        }
        return apply(now, edited, autoTerms);
    }

    /**
     * As {@link #patch}, when the caller knows which pages were read anew (the preview server
     * learns which files changed from the file system): {@code edited} maps each page as it was
     * read before to the page read now, every other page being as it was.
     */
    public Optional<Patch> patch(long settings, Map<Page, Page> edited, boolean autoTerms) {
        if (settings != this.settings) {
            return Optional.empty();
        }
        // Plain loops over arrays: a preview rebuild runs this a few times, often before the JIT has
        // compiled it, and a map lookup per page of a large site would cost more than the rest.
        Page[] now = read.toArray(new Page[0]);
        Page[] before = edited.keySet().toArray(new Page[0]);
        int found = 0;
        for (int i = 0; i < now.length; i++) {
            for (Page b : before) {
                if (now[i] == b) {
                    now[i] = edited.get(b);
                    found++;
                }
            }
        }
        return found == edited.size() ? apply(Arrays.asList(now), edited, autoTerms) : Optional.empty();
    }

    private Optional<Patch> apply(List<Page> now, Map<Page, Page> edited, boolean autoTerms) {
        for (Map.Entry<Page, Page> e : edited.entrySet()) {
            Page before = e.getKey();
            Page after = e.getValue();
            boolean termsFromText = autoTerms && (after.topics().isEmpty() || after.tags().isEmpty());
            if (termsFromText || !withoutBody(before).equals(withoutBody(after))) {
                return Optional.empty();
            }
        }
        if (edited.isEmpty()) {
            return Optional.of(new Patch(new SiteSnapshot(settings, now, site, warnings, kinds), List.of()));
        }
        Map<Page, Page> replaced = new IdentityHashMap<>();
        for (Map.Entry<Page, Page> e : edited.entrySet()) {
            Page before = e.getKey();
            List<Page> made = madeFrom(before);
            if (made.size() != 1) {
                return Optional.empty(); // merged away or ambiguous: let a full build decide
            }
            Page indexed = made.get(0);
            if (replaced.containsKey(indexed)) {
                return Optional.empty(); // two edited pages look like one indexed page: let a full build decide
            }
            replaced.put(indexed, e.getValue().toBuilder().slug(indexed.slug()).topics(indexed.topics())
                    .tags(indexed.tags()).build());
        }
        Site next = site.replacing(replaced);
        java.util.Set<Page> fresh = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        fresh.addAll(replaced.values());
        List<Page> changed = next.pages().stream().filter(fresh::contains).toList();
        return Optional.of(new Patch(new SiteSnapshot(settings, now, next, warnings, kinds), changed));
    }

    /** The site's pages indexed from page {@code read} (one, unless merging dropped it). */
    private List<Page> madeFrom(Page read) {
        // Indexing keeps a page's origin: within one run the very object, from a cache file an equal one.
        List<Page> same = new ArrayList<>(1);
        for (Page p : site.pages()) {
            if (p.origin() == read.origin()) {
                same.add(p);
            }
        }
        if (same.isEmpty()) {
            Path file = read.origin().file();
            for (Page p : site.pages()) {
                if (p.origin().file().equals(file)) {
                    same.add(p);
                }
            }
        }
        same.removeIf(p -> !indexedFrom(p, read));
        return same;
    }

    /** Indexing gives a page its final slug and its normalised topics and tags, and changes nothing else. */
    static boolean indexedFrom(Page indexed, Page read) {
        return indexed.toBuilder().slug(read.slug()).topics(read.topics()).tags(read.tags()).build().equals(read);
    }

    private static Page withoutBody(Page p) {
        return p.toBuilder().body("").origin(new dev.sitegen.model.Origin(p.origin().file(), p.origin().bodyLine())).build();
    }
}
