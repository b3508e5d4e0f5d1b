package dev.sitegen.cache;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.SourcePosition;
import dev.sitegen.model.Page;
import dev.sitegen.model.Site;
import dev.sitegen.model.Taxonomy;
import dev.sitegen.model.Term;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link SiteSnapshot} in a cache file. The pages as read are the seed entries' own pages, so
 * they are stored as the seed names they came from, in order; the site's pages are stored once and
 * everything that lists them (terms, related articles) by position.
 */
final class SnapshotFormat {

    private SnapshotFormat() {
    }

    /**
     * Whether the snapshot's pages as read are exactly the seed entries' pages, seed after seed:
     * true after every successful build, since both come from it.
     */
    static boolean canWrite(SiteSnapshot snapshot, Map<String, BuildCache.SeedEntry> seeds) {
        return seedOrder(snapshot, seeds) != null;
    }

    private static List<String> seedOrder(SiteSnapshot snapshot, Map<String, BuildCache.SeedEntry> seeds) {
        Map<Page, String> seedOf = new IdentityHashMap<>();
        seeds.forEach((name, e) -> e.pages().forEach(p -> seedOf.put(p, name)));
        List<String> order = new ArrayList<>();
        List<Page> read = snapshot.read();
        int i = 0;
        while (i < read.size()) {
            String name = seedOf.get(read.get(i));
            if (name == null) {
                return null;
            }
            for (Page p : seeds.get(name).pages()) {
                if (i >= read.size() || read.get(i) != p) {
                    return null;
                }
                i++;
            }
            order.add(name);
        }
        return order;
    }

    static void write(CacheOutput w, SiteSnapshot snapshot, Map<String, BuildCache.SeedEntry> seeds) throws IOException {
        DataOutputStream out = w.data();
        out.writeLong(snapshot.settings());
        w.list(seedOrder(snapshot, seeds));
        Site site = snapshot.site();
        // A site page is its page as read with another slug, topics and tags: stored as just those
        // when its page as read is known (by its origin, which indexing keeps), else whole.
        Map<Object, Integer> readIndex = new IdentityHashMap<>();
        for (int i = 0; i < snapshot.read().size(); i++) {
            readIndex.put(snapshot.read().get(i).origin(), i);
        }
        Map<Page, Integer> index = new IdentityHashMap<>();
        out.writeInt(site.pages().size());
        for (Page p : site.pages()) {
            index.put(p, index.size());
            Integer from = readIndex.get(p.origin());
            if (from != null && SiteSnapshot.indexedFrom(p, snapshot.read().get(from))) {
                out.writeInt(from);
                w.str(p.slug());
                w.list(p.topics());
                w.list(p.tags());
            } else {
                out.writeInt(-1);
                w.page(p);
            }
        }
        out.writeInt(site.taxonomies().size());
        for (Taxonomy t : site.taxonomies()) {
            w.str(t.key());
            w.str(t.title());
            w.str(t.singular());
            out.writeInt(t.terms().size());
            for (Term term : t.terms()) {
                w.str(term.slug());
                w.str(term.name());
                w.ints(term.pages().stream().map(index::get).toList());
            }
        }
        writeLists(w, site.related(), index);
        writeLists(w, site.mentionedIn(), index);
        out.writeInt(snapshot.warnings().size());
        for (Diagnostic d : snapshot.warnings()) {
            out.writeBoolean(d.severity() == Diagnostic.Severity.ERROR);
            out.writeBoolean(d.position() != null);
            if (d.position() != null) {
                w.str(d.position().file().toString());
                out.writeInt(d.position().line());
                out.writeInt(d.position().column());
            }
            w.str(d.message());
        }
        out.writeInt(snapshot.kinds().size());
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(snapshot.kinds()).entrySet()) {
            w.str(e.getKey());
            out.writeInt(e.getValue());
        }
    }

    /**
     * A snapshot as read from a file.
     *
     * @param seedOrder the seeds whose pages, one after another, are the snapshot's pages as read
     */
    record Stored(SiteSnapshot snapshot, List<String> seedOrder) {
    }

    static Stored read(CacheInput r, Map<String, BuildCache.SeedEntry> seeds) throws IOException {
        long settings = r.readLong();
        List<Page> read = new ArrayList<>();
        List<String> seedOrder = r.list();
        for (String name : seedOrder) {
            read.addAll(seeds.get(name).pages());
        }
        int n = r.count(4);
        List<Page> pages = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int from = r.readInt();
            pages.add(from < 0 ? r.page() : read.get(from).toBuilder().slug(r.str()).topics(r.list()).tags(r.list()).build());
        }
        int taxonomyCount = r.count(4);
        List<Taxonomy> taxonomies = new ArrayList<>(taxonomyCount);
        for (int i = 0; i < taxonomyCount; i++) {
            String key = r.str();
            String title = r.str();
            String singular = r.str();
            int termCount = r.count(4);
            List<Term> terms = new ArrayList<>(termCount);
            for (int k = 0; k < termCount; k++) {
                terms.add(new Term(r.str(), r.str(), pages(r.ints(), pages)));
            }
            taxonomies.add(new Taxonomy(key, title, singular, terms));
        }
        Map<String, List<Page>> related = readLists(r, pages);
        Map<String, List<Page>> mentionedIn = readLists(r, pages);
        int warningCount = r.count(2);
        List<Diagnostic> warnings = new ArrayList<>(warningCount);
        for (int i = 0; i < warningCount; i++) {
            Diagnostic.Severity severity = r.readBoolean() ? Diagnostic.Severity.ERROR : Diagnostic.Severity.WARNING;
            SourcePosition position = r.readBoolean() ? new SourcePosition(Path.of(r.str()), r.readInt(), r.readInt()) : null;
            warnings.add(new Diagnostic(severity, position, r.str()));
        }
        int kindCount = r.count(4);
        Map<String, Integer> kinds = new HashMap<>();
        for (int i = 0; i < kindCount; i++) {
            kinds.put(r.str(), r.readInt());
        }
        return new Stored(new SiteSnapshot(settings, read, new Site(pages, taxonomies, related, mentionedIn), warnings, kinds),
                List.copyOf(seedOrder));
    }

    private static void writeLists(CacheOutput w, Map<String, List<Page>> lists, Map<Page, Integer> index) throws IOException {
        w.data().writeInt(lists.size());
        for (Map.Entry<String, List<Page>> e : new java.util.TreeMap<>(lists).entrySet()) {
            w.str(e.getKey());
            w.ints(e.getValue().stream().map(index::get).toList());
        }
    }

    private static Map<String, List<Page>> readLists(CacheInput r, List<Page> pages) throws IOException {
        int n = r.count(4);
        Map<String, List<Page>> lists = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            lists.put(r.str(), pages(r.ints(), pages));
        }
        return lists;
    }

    private static List<Page> pages(int[] indexes, List<Page> pages) {
        List<Page> out = new ArrayList<>(indexes.length);
        for (int i : indexes) {
            out.add(pages.get(i));
        }
        return out;
    }
}
