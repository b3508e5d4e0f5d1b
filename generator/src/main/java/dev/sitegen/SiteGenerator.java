package dev.sitegen;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.diag.BuildFailedException;
import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.SiteGenException;
import dev.sitegen.diag.SourcePosition;
import dev.sitegen.markdown.MarkdownRenderer;
import dev.sitegen.model.Page;
import dev.sitegen.model.Summaries;
import dev.sitegen.output.SiteWriter;
import dev.sitegen.render.OutputJob;
import dev.sitegen.render.SiteRenderer;
import dev.sitegen.render.TemplateEngine;
import dev.sitegen.seeds.Futures;
import dev.sitegen.seeds.SeedLoader;
import dev.sitegen.seeds.SeedScanner;
import dev.sitegen.taxonomy.PageMerger;
import dev.sitegen.taxonomy.SiteIndexer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one entry point of site-gen: seeds in, site out. Reads like the pipeline of DESIGN.md:
 * read seeds, extract, index terms, render, write. The CLI, the Maven plugin and the preview server
 * are thin adapters over {@link #build}.
 */
public final class SiteGenerator {

    public BuildReport build(SiteConfig config) {
        return build(config, BuildListener.NONE);
    }

    /**
     * Builds the site. On any error nothing in the output folder changes.
     *
     * @throws BuildFailedException when input files are wrong, listing every problem found
     * @throws SiteGenException     for other errors a user can act on (missing folder, template error)
     */
    public BuildReport build(SiteConfig config, BuildListener listener) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(listener, "listener");
        long start = System.nanoTime();
        checkFolders(config);
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), daemonThreads());
        try {
            listener.phase("reading seeds");
            SeedScanner.Scan scan = SeedScanner.scan(config.seedsDir(), config.projectDir());
            List<Diagnostic> diagnostics = new ArrayList<>(scan.problems());
            SeedLoader.Loaded loaded = SeedLoader.load(scan.seeds(), pool);
            diagnostics.addAll(loaded.diagnostics());
            failOnErrors(diagnostics);

            PageMerger.Merged merged = PageMerger.merge(loaded.pages());
            diagnostics.addAll(merged.warnings());
            if (merged.pages().isEmpty()) {
                diagnostics.add(Diagnostic.error(SourcePosition.of(SeedScanner.display(config.seedsDir(), config.projectDir())),
                        "no article found in any seed; nothing to publish"));
                failOnErrors(diagnostics);
            }

            listener.phase("indexing");
            MarkdownRenderer markdown = new MarkdownRenderer(config.basePath());
            List<Page> pages = withSummaries(merged.pages(), markdown, pool);
            SiteIndexer.Indexed indexed = new SiteIndexer(config.taxonomy())
                    .index(pages, p -> markdown.render(p.body()).paragraphs());
            diagnostics.addAll(indexed.warnings());

            listener.phase("writing");
            SiteRenderer renderer = new SiteRenderer(config, new TemplateEngine(config.templatesDir()), markdown);
            Map<String, Integer> kinds = write(renderer.plan(indexed.site()), config.outputDir(), pool, listener);
            diagnostics.sort(null);
            return new BuildReport(config.outputDir(), scan.seeds().size(), kinds, diagnostics,
                    Duration.ofNanos(System.nanoTime() - start));
        } finally {
            pool.shutdownNow();
        }
    }

    private static void failOnErrors(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).sorted().toList();
        if (!errors.isEmpty()) {
            throw new BuildFailedException(errors);
        }
    }

    /** Pages written without a summary get their first paragraph, as listings and feeds need one. */
    private static List<Page> withSummaries(List<Page> pages, MarkdownRenderer markdown, ExecutorService pool) {
        List<Future<Page>> futures = new ArrayList<>(pages.size());
        for (Page p : pages) {
            futures.add(p.summary().isEmpty() && !p.body().isEmpty()
                    ? pool.submit(() -> p.toBuilder().summary(Summaries.shorten(markdown.firstParagraph(p.body()))).build())
                    : java.util.concurrent.CompletableFuture.completedFuture(p));
        }
        return futures.stream().map(Futures::get).toList();
    }

    private static Map<String, Integer> write(List<OutputJob> jobs, Path outputDir, ExecutorService pool,
                                              BuildListener listener) {
        Map<String, Integer> kinds = new TreeMap<>();
        try (SiteWriter writer = SiteWriter.open(outputDir)) {
            List<Future<?>> futures = new ArrayList<>(jobs.size());
            AtomicInteger done = new AtomicInteger();
            for (OutputJob job : jobs) {
                futures.add(pool.submit(() -> {
                    writer.write(job.path(), job.content().get());
                    done.incrementAndGet();
                }));
                kinds.merge(job.kind(), 1, Integer::sum);
            }
            for (int i = 0; i < futures.size(); i++) {
                Futures.get(futures.get(i));
                if ((i & 255) == 0 || i == futures.size() - 1) {
                    listener.progress(done.get(), jobs.size());
                }
            }
            writer.commit();
        }
        return kinds;
    }

    /** Refuses outputs that would swallow the inputs: the output folder is replaced whole. */
    private static void checkFolders(SiteConfig config) {
        Path out = config.outputDir().toAbsolutePath().normalize();
        Path seeds = config.seedsDir().toAbsolutePath().normalize();
        Path project = config.projectDir().toAbsolutePath().normalize();
        if (seeds.startsWith(out) || project.startsWith(out)
                || config.templatesDir().map(t -> t.toAbsolutePath().normalize().startsWith(out)).orElse(false)) {
            throw new SiteGenException(SourcePosition.of(config.outputDir()),
                    "the output folder must not contain the project, its seeds or its templates: it is replaced on every build");
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "site-gen-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
