package dev.sitegen.render;

import dev.sitegen.model.Fingerprint;
import dev.sitegen.model.Page;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fingerprints of pages as outputs see them: the whole page (its own page, its twin, feeds) and
 * its card (every list that shows it). Computed once per page per build; single-threaded.
 */
final class PageKeys {

    private final Map<Page, Long> content = new IdentityHashMap<>();
    private final Map<Page, Long> card = new IdentityHashMap<>();
    private final Map<Page, Long> listing = new IdentityHashMap<>();

    long content(Page p) {
        return content.computeIfAbsent(p, PageKeys::everything);
    }

    /** Every component of the page that an output can show. */
    private static long everything(Page p) {
        Fingerprint f = new Fingerprint().add(p.slug()).add(p.kind().key()).add(p.title()).add(p.source())
                .add(String.valueOf(p.published())).add(String.valueOf(p.date())).add(String.valueOf(p.dateSource()))
                .add(p.relativeTime()).add(String.join("\n", p.authors())).add(p.location()).add(p.imageCaption())
                .add(p.imageCredit()).add(String.join("\n", p.topics())).add(String.join("\n", p.tags()))
                .add(p.copyright()).add(p.summary()).add(p.seed()).add(p.body()).add(p.origin().sourceHash())
                .add(p.related().size());
        p.related().forEach(r -> f.add(r.title()).add(r.source()).add(r.relativeTime()).add(r.summary()).add(r.slug()));
        return f.value();
    }

    long card(Page p) {
        return card.computeIfAbsent(p, k -> new Fingerprint().add(k.title()).add(k.slug()).add(k.kind().key())
                .add(k.source()).add(String.valueOf(k.date())).add(k.summary()).add(String.join("\n", k.topics()))
                .value());
    }

    /** What listings beyond cards show of a page: feeds and the search index add authors, tags and the time. */
    long listing(Page p) {
        return listing.computeIfAbsent(p, k -> new Fingerprint().add(card(k)).add(String.join("\n", k.authors()))
                .add(String.join("\n", k.tags())).add(String.valueOf(k.published())).value());
    }

    long listings(List<Page> pages) {
        Fingerprint f = new Fingerprint().add(pages.size());
        for (Page p : pages) {
            f.add(listing(p));
        }
        return f.value();
    }

    long cards(List<Page> pages) {
        Fingerprint f = new Fingerprint().add(pages.size());
        for (Page p : pages) {
            f.add(card(p));
        }
        return f.value();
    }
}
