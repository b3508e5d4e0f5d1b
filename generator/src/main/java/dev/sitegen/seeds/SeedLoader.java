package dev.sitegen.seeds;

import dev.sitegen.cache.BuildCache;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Reads every seed into page models, in parallel: dumps through the extractor, page models through
 * {@link PageModelReader}; pages without a summary get their first paragraph. A seed whose text is
 * unchanged since the cached build is not read again. Per-file problems are collected, never thrown
 * one at a time, so a user sees them all at once.
 */
public final class SeedLoader {

    /** The pages read, in seed order, and what went wrong on the way. */
    public record Loaded(List<Page> pages, List<Diagnostic> diagnostics) {
        public Loaded {
            pages = List.copyOf(pages);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private record Result(List<Page> pages, Diagnostic diagnostic) {
    }

    private final MarkdownRenderer markdown;
    private final BuildCache cache;

    public SeedLoader(MarkdownRenderer markdown, BuildCache cache) {
        this.markdown = markdown;
        this.cache = cache;
    }

    public Loaded load(List<SeedFile> seeds, ExecutorService pool) {
        // Extraction reads lines that recur across all dumps as chrome: any dump's change can
        // change every dump's result, so all dumps share one context.
        Fingerprint dumps = new Fingerprint();
        List<String> dumpTexts = new ArrayList<>();
        for (SeedFile s : seeds) {
            if (s.type() == SeedFile.Type.DUMP) {
                dumpTexts.add(s.text());
                dumps.add(s.text());
            }
        }
        long dumpContext = dumps.value();
        Supplier<DumpExtractor> extractor = memo(() -> new DumpExtractor(CorpusProfile.of(dumpTexts)));
        List<Future<Result>> futures = new ArrayList<>(seeds.size());
        for (SeedFile seed : seeds) {
            long context = seed.type() == SeedFile.Type.DUMP ? dumpContext : 0;
            futures.add(pool.submit(() -> cached(seed, context, extractor)));
        }
        List<Page> pages = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Future<Result> f : futures) {
            Result r = Futures.get(f);
            pages.addAll(r.pages());
            if (r.diagnostic() != null) {
                diagnostics.add(r.diagnostic());
            }
        }
        cache.retainSeeds(seeds.stream().map(SeedFile::displayName).toList());
        return new Loaded(pages, diagnostics);
    }

    private Result cached(SeedFile seed, long context, Supplier<DumpExtractor> extractor) {
        String name = seed.displayName();
        long hash = Fingerprint.of(seed.text());
        Optional<BuildCache.SeedEntry> hit = cache.seed(name, hash, context);
        if (hit.isPresent()) {
            BuildCache.SeedEntry e = hit.get();
            List<Page> pages = e.pages();
            if (seed.type() == SeedFile.Type.PAGE_MODEL) {
                pages = pages.stream().map(p -> bodyInFile(p, seed, hash)).toList();
            }
            return new Result(pages, e.warning().map(w -> Diagnostic.warning(SourcePosition.of(seed.name()), w)).orElse(null));
        }
        Result r = loadOne(seed, extractor);
        if (seed.type() == SeedFile.Type.PAGE_MODEL) {
            r = new Result(r.pages().stream().map(p -> bodyInFile(p, seed, hash)).toList(), r.diagnostic());
        }
        boolean isError = r.diagnostic() != null && r.diagnostic().severity() == Diagnostic.Severity.ERROR;
        if (!isError) {
            // Errors are not cached: they stop the build, and the next one reads the file again.
            cache.putSeed(name, new BuildCache.SeedEntry(hash, context, r.pages(),
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
    private static Page bodyInFile(Page p, SeedFile seed, long hash) {
        return p.toBuilder().body("").origin(p.origin().withBodyIn(seed.path(), hash)).build();
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
