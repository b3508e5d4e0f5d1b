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

    long content(Page p) {
        // A record's toString lists every component, body included, in a fixed order.
        return content.computeIfAbsent(p, k -> Fingerprint.of(k.toString()));
    }

    long card(Page p) {
        return card.computeIfAbsent(p, k -> new Fingerprint().add(k.title()).add(k.slug()).add(k.kind().key())
                .add(k.source()).add(String.valueOf(k.date())).add(k.summary()).add(String.join("\n", k.topics()))
                .value());
    }

    long cards(List<Page> pages) {
        Fingerprint f = new Fingerprint().add(pages.size());
        for (Page p : pages) {
            f.add(card(p));
        }
        return f.value();
    }

    long contents(List<Page> pages) {
        Fingerprint f = new Fingerprint().add(pages.size());
        for (Page p : pages) {
            f.add(content(p));
        }
        return f.value();
    }
}
