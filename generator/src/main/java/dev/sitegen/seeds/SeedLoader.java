package dev.sitegen.seeds;

import dev.sitegen.diag.ContentException;
import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.SourcePosition;
import dev.sitegen.extract.CorpusProfile;
import dev.sitegen.extract.DumpExtractor;
import dev.sitegen.extract.Extraction;
import dev.sitegen.markdown.PageModelReader;
import dev.sitegen.model.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Reads every seed into page models, in parallel: dumps through the extractor, page models through
 * {@link PageModelReader}. Per-file problems are collected, never thrown one at a time, so a user
 * sees them all at once.
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

    private SeedLoader() {
    }

    public static Loaded load(List<SeedFile> seeds, ExecutorService pool) {
        List<String> dumpTexts = seeds.stream().filter(s -> s.type() == SeedFile.Type.DUMP).map(SeedFile::text).toList();
        DumpExtractor extractor = new DumpExtractor(CorpusProfile.of(dumpTexts));
        List<Future<Result>> futures = new ArrayList<>(seeds.size());
        for (SeedFile seed : seeds) {
            futures.add(pool.submit(() -> loadOne(seed, extractor)));
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
        return new Loaded(pages, diagnostics);
    }

    private static Result loadOne(SeedFile seed, DumpExtractor extractor) {
        if (seed.type() == SeedFile.Type.PAGE_MODEL) {
            try {
                return new Result(List.of(PageModelReader.read(seed.name(), seed.text())), null);
            } catch (ContentException e) {
                return new Result(List.of(), Diagnostic.of(e));
            }
        }
        Extraction extraction = extractor.extract(seed.text());
        if (!extraction.valid()) {
            String reason = extraction.invalidReason().isEmpty() ? "no article found" : extraction.invalidReason();
            return new Result(List.of(), Diagnostic.warning(SourcePosition.of(seed.name()), reason + "; no page made"));
        }
        return new Result(DumpPages.toPages(extraction, seed), null);
    }
}
