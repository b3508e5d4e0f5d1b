package dev.sitegen.seeds;

import dev.sitegen.cache.BuildCache;
import dev.sitegen.cache.FileStamp;
import dev.sitegen.diag.ContentException;
import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.SourcePosition;
import dev.sitegen.extract.CorpusProfile;
import dev.sitegen.extract.DumpExtractor;
import dev.sitegen.extract.Extraction;
import dev.sitegen.markdown.MarkdownRenderer;
import dev.sitegen.markdown.PageModelReader;
import dev.sitegen.model.Fingerprint;
import dev.sitegen.model.Page;
import dev.sitegen.model.Summaries;
import dev.sitegen.parallel.ParallelMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Reads every seed into page models, in parallel: dumps through the extractor, page models through
 * {@link PageModelReader}; pages without a summary get their first paragraph. A seed whose size and
 * modification time are those the cache recorded is not read at all; one whose text hashes as
 * before is not parsed again. Per-file problems are collected, never thrown one at a time, so a
 * user sees them all at once.
 */
public final class SeedLoader {

    /**
     * The pages read, in seed order, and what went wrong on the way.
     *
     * @param seeds the seeds that could be read
     */
    public record Loaded(List<Page> pages, List<Diagnostic> diagnostics, int seeds) {
        public Loaded {
            pages = List.copyOf(pages);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private record Result(List<Page> pages, Diagnostic diagnostic) {
    }

    /**
     * A seed's text hash, from the cache when its stamp is unchanged, otherwise from reading it.
     *
     * @param entry what the cache has for it, or null
     * @param done  its pages when they are already made
     */
    private record Known(SeedSource source, BuildCache.SeedEntry entry, long hash, SeedFile file, Diagnostic problem, Result done) {
        Known(SeedSource source, BuildCache.SeedEntry entry, long hash, SeedFile file, Diagnostic problem) {
            this(source, entry, hash, file, problem, null);
        }
    }

    private final MarkdownRenderer markdown;
    private final BuildCache cache;

    public SeedLoader(MarkdownRenderer markdown, BuildCache cache) {
        this.markdown = markdown;
        this.cache = cache;
    }

    /**
     * @param seedsDir   where {@code sources} were found
     * @param projectDir what their names are relative to
     */
    public Loaded load(List<SeedSource> sources, Path seedsDir, Path projectDir, ExecutorService pool, int threads) {
        cache.readSeedsFrom(seedsDir, projectDir);
        // Taken before any file is read: a file changed while being read is then read again next time.
        FileStamp.Clock clock = FileStamp.Clock.now();
        List<Known> known = ParallelMap.map(sources, s -> {
            BuildCache.SeedEntry entry = cache.seed(s.displayName()).orElse(null);
            return entry != null && entry.stamp().matches(s.size(), s.modified(), s.identity())
                    ? new Known(s, entry, entry.textHash(), null, null)
                    : readPageModel(s, entry, clock);
        }, pool, threads);
        // Extraction reads lines that recur across all dumps as chrome: any dump's change can
        // change every dump's result, so all dumps share one context.
        Fingerprint dumps = new Fingerprint();
        for (Known k : known) {
            if (k.source().type() == SeedFile.Type.DUMP && k.problem() == null) {
                dumps.add(k.hash());
            }
        }
        long dumpContext = dumps.value();
        if (known.stream().anyMatch(k -> isDump(k) && cachedEntry(k, dumpContext) == null)) {
            // Some dump is extracted afresh, and the corpus profile needs the text of every dump.
            known = ParallelMap.map(known, k -> isDump(k) && k.file() == null ? readFile(k.source(), k.entry()) : k, pool, threads);
        }
        List<String> dumpTexts = known.stream().filter(SeedLoader::isDump).filter(k -> k.file() != null)
                .map(k -> k.file().text()).toList();
        Supplier<DumpExtractor> extractor = memo(() -> new DumpExtractor(CorpusProfile.of(dumpTexts)));
        List<Known> readable = new ArrayList<>(known.size());
        List<String> names = new ArrayList<>(known.size());
        List<Diagnostic> diagnostics = new ArrayList<>();
        int entries = 0;
        for (Known k : known) {
            if (k.problem() != null) {
                diagnostics.add(k.problem());
                continue;
            }
            readable.add(k);
            names.add(k.source().displayName());
            entries += k.entry() != null ? 1 : 0;
        }
        List<Result> results = ParallelMap.map(readable, k -> k.done() != null ? k.done()
                : cached(k, k.source().type() == SeedFile.Type.DUMP ? dumpContext : 0, clock, extractor), pool, threads);
        List<Page> pages = new ArrayList<>();
        for (Result r : results) {
            pages.addAll(r.pages());
            if (r.diagnostic() != null) {
                diagnostics.add(r.diagnostic());
            }
        }
        if (entries != names.size() || cache.seedCount() != names.size()) {
            cache.retainSeeds(names); // some seed is new or gone
        }
        return new Loaded(pages, diagnostics, names.size());
    }

    /**
     * Reads again the page models {@code sources}, which the cache knows, and returns each page
     * as read before mapped to the page read now (pages whose text did not change are left out).
     * Empty when that cannot tell the whole story: a seed the cache does not know, one that cannot
     * be read or parsed, or one that now gives another number of pages. A full load then decides.
     */
    public Optional<Map<Page, Page>> reload(List<SeedSource> sources, Path seedsDir, Path projectDir) {
        cache.readSeedsFrom(seedsDir, projectDir);
        FileStamp.Clock clock = FileStamp.Clock.now();
        Map<Page, Page> edited = new IdentityHashMap<>();
        for (SeedSource source : sources) {
            BuildCache.SeedEntry entry = cache.seed(source.displayName()).orElse(null);
            if (entry == null || source.type() != SeedFile.Type.PAGE_MODEL) {
                return Optional.empty();
            }
            Known k = readFile(source, entry);
            if (k.problem() != null) {
                return Optional.empty();
            }
            Result r = cached(k, 0, clock, null);
            if (r.diagnostic() != null || r.pages().size() != entry.pages().size()) {
                return Optional.empty();
            }
            for (int i = 0; i < r.pages().size(); i++) {
                if (r.pages().get(i) != entry.pages().get(i)) {
                    edited.put(entry.pages().get(i), r.pages().get(i));
                }
            }
        }
        return Optional.of(edited);
    }

    private static boolean isDump(Known k) {
        return k.source().type() == SeedFile.Type.DUMP && k.problem() == null;
    }

    /**
     * Reads a seed; a page model, which needs nothing from other seeds, is parsed at once, so its
     * text need not wait in memory while the rest are read (on a large site, hundreds of megabytes
     * that would outlive young collections and make the heap grow).
     */
    private Known readPageModel(SeedSource source, BuildCache.SeedEntry entry, FileStamp.Clock clock) {
        Known k = readFile(source, entry);
        if (k.problem() != null || source.type() != SeedFile.Type.PAGE_MODEL) {
            return k;
        }
        return new Known(source, entry, k.hash(), null, null, cached(k, 0, clock, null));
    }

    private static Known readFile(SeedSource source, BuildCache.SeedEntry entry) {
        SeedScanner.Read read = SeedScanner.read(source);
        return read.seed() == null ? new Known(source, entry, 0, null, read.problem())
                : new Known(source, entry, Fingerprint.of(read.seed().text()), read.seed(), null);
    }

    /** The cache's entry for the seed when it was made from the same text in the same context, else null. */
    private static BuildCache.SeedEntry cachedEntry(Known k, long context) {
        BuildCache.SeedEntry e = k.entry();
        return e != null && e.textHash() == k.hash() && e.context() == context ? e : null;
    }

    private Result cached(Known k, long context, FileStamp.Clock clock, Supplier<DumpExtractor> extractor) {
        SeedSource source = k.source();
        FileStamp stamp = clock.stamp(source.size(), source.modified(), source.identity());
        BuildCache.SeedEntry e = cachedEntry(k, context);
        if (e != null) {
            // Same text, same file (the cache forgets every seed when the seeds folder moves): same pages.
            List<Page> pages = e.pages();
            if (!e.stamp().matches(source.size(), source.modified(), source.identity())) {
                // Read again and found unchanged (touched, or too recent to trust): stamp it anew.
                cache.putSeed(source.displayName(), new BuildCache.SeedEntry(stamp, k.hash(), context, pages, e.warning()));
            }
            return new Result(pages, e.warning().map(w -> Diagnostic.warning(SourcePosition.of(source.name()), w)).orElse(null));
        }
        Known fresh = k.file() != null ? k : readFile(source, k.entry());
        if (fresh.file() == null) {
            return new Result(List.of(), fresh.problem()); // readable a moment ago, not now
        }
        SeedFile seed = fresh.file();
        Result r = loadOne(seed, extractor);
        if (seed.type() == SeedFile.Type.PAGE_MODEL) {
            r = new Result(r.pages().stream().map(p -> bodyInFile(p, seed.path(), fresh.hash())).toList(), r.diagnostic());
        }
        boolean isError = r.diagnostic() != null && r.diagnostic().severity() == Diagnostic.Severity.ERROR;
        if (!isError) {
            // Errors are not cached: they stop the build, and the next one reads the file again.
            cache.putSeed(source.displayName(), new BuildCache.SeedEntry(stamp, fresh.hash(), context, r.pages(),
                    Optional.ofNullable(r.diagnostic()).map(Diagnostic::message)));
        }
        return r;
    }

    private Result loadOne(SeedFile seed, Supplier<DumpExtractor> extractor) {
        if (seed.type() == SeedFile.Type.PAGE_MODEL) {
            try {
                return new Result(List.of(withSummary(PageModelReader.read(seed.name(), seed.text()))), null);
            } catch (ContentException e) {
                return new Result(List.of(), Diagnostic.of(e));
            }
        }
        Extraction extraction = extractor.get().extract(seed.text());
        if (!extraction.valid()) {
            String reason = extraction.invalidReason().isEmpty() ? "no article found" : extraction.invalidReason();
            return new Result(List.of(), Diagnostic.warning(SourcePosition.of(seed.name()), reason + "; no page made"));
        }
        return new Result(DumpPages.toPages(extraction, seed), null);
    }

    /**
     * A page model's body is its file's text after the front matter: cheap to read again when the
     * page is rendered, so neither the build nor the cache holds it in memory.
     */
    private static Page bodyInFile(Page p, Path file, long hash) {
        return p.toBuilder().body("").origin(p.origin().withBodyIn(file, hash)).build();
    }

    /** A page written without a summary gets its first paragraph, as listings and feeds need one. */
    private Page withSummary(Page p) {
        if (!p.summary().isEmpty() || p.body().isEmpty()) {
            return p;
        }
        return p.toBuilder().summary(Summaries.shorten(markdown.firstParagraph(p.body()))).build();
    }

    private static <T> Supplier<T> memo(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
