package dev.sitegen;

import dev.sitegen.cache.BuildCache;
import dev.sitegen.cache.CacheFile;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.diag.BuildFailedException;
import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.SiteGenException;
import dev.sitegen.diag.SourcePosition;
import dev.sitegen.markdown.MarkdownRenderer;
import dev.sitegen.output.SiteWriter;
import dev.sitegen.render.OutputJob;
import dev.sitegen.render.SiteRenderer;
import dev.sitegen.render.TemplateEngine;
import dev.sitegen.seeds.Futures;
import dev.sitegen.seeds.PageBodies;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
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
     * Builds the site, with the on-disk cache of {@link SiteConfig#cacheDir()} when there is one.
     *
     * @throws BuildFailedException when input files are wrong, listing every problem found
     * @throws SiteGenException     for other errors a user can act on (missing folder, template error)
     */
    public BuildReport build(SiteConfig config, BuildListener listener) {
        Objects.requireNonNull(config, "config");
        BuildCache cache = config.cacheDir().map(CacheFile::load).orElseGet(BuildCache::none);
        BuildReport report = build(config, listener, cache);
        config.cacheDir().ifPresent(dir -> CacheFile.save(cache, dir));
        return report;
    }

    /**
     * Builds the site, redoing only what changed since the build {@code cache} remembers (the
     * preview server keeps one in memory). On any error nothing in the output folder changes.
     */
    public BuildReport build(SiteConfig config, BuildListener listener, BuildCache cache) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(cache, "cache");
        long start = System.nanoTime();
        checkFolders(config);
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), daemonThreads());
        try {
            listener.phase("reading seeds");
            MarkdownRenderer markdown = new MarkdownRenderer(config.basePath());
            List<Diagnostic> diagnostics = new ArrayList<>();
            int seedCount;
            SeedLoader.Loaded loaded;
            {
                // Scoped so the seeds' text can be collected once read: on a large site it is
                // hundreds of megabytes that the pages no longer need.
                SeedScanner.Scan scan = SeedScanner.scan(config.seedsDir(), config.projectDir(), pool);
                diagnostics.addAll(scan.problems());
                seedCount = scan.seeds().size();
                loaded = new SeedLoader(markdown, cache).load(scan.seeds(), pool);
            }
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
            SiteIndexer.Indexed indexed = new SiteIndexer(config.taxonomy())
                    .index(merged.pages(), p -> markdown.render(PageBodies.of(p)).paragraphs());
            diagnostics.addAll(indexed.warnings());

            listener.phase("writing");
            SiteRenderer renderer = new SiteRenderer(config, new TemplateEngine(config.templatesDir()), markdown);
            Written written = write(renderer.plan(indexed.site()), config.outputDir(), pool, listener, cache);
            diagnostics.sort(null);
            return new BuildReport(config.outputDir(), seedCount, written.kinds(), written.changed(), diagnostics,
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

    private record Written(Map<String, Integer> kinds, int changed) {
    }

    private static Written write(List<OutputJob> jobs, Path outputDir, ExecutorService pool,
                                 BuildListener listener, BuildCache cache) {
        Map<String, Integer> kinds = new TreeMap<>();
        try (SiteWriter writer = SiteWriter.open(outputDir)) {
            List<Future<?>> futures = new ArrayList<>(jobs.size());
            AtomicInteger done = new AtomicInteger();
            AtomicBoolean failed = new AtomicBoolean();
            Map<String, Long> fingerprints = new java.util.HashMap<>(jobs.size() * 2);
            Path out = outputDir.toAbsolutePath().normalize();
            for (OutputJob job : jobs) {
                fingerprints.put(job.path(), job.fingerprint());
                kinds.merge(job.kind(), 1, Integer::sum);
                if (cache.isCurrent(out, job.path(), job.fingerprint()) && writer.keep(job.path())) {
                    done.incrementAndGet();
                    continue; // made from the same inputs last time, and still there
                }
                futures.add(pool.submit(() -> {
                    if (failed.get()) {
                        return; // another file failed: this site will not be committed
                    }
                    try {
                        writer.write(job.path(), job.content().get());
                    } catch (RuntimeException | Error e) {
                        failed.set(true);
                        throw e;
                    }
                    done.incrementAndGet();
                }));
            }
            // Wait for every job, even after a failure: closing the writer while jobs still write
            // would leave the staging folder behind.
            RuntimeException failure = null;
            for (int i = 0; i < futures.size(); i++) {
                try {
                    Futures.get(futures.get(i));
                } catch (RuntimeException e) {
                    failed.set(true);
                    failure = failure == null ? e : failure;
                    continue;
                }
                if ((i & 255) == 0 || i == futures.size() - 1) {
                    listener.progress(done.get(), jobs.size());
                }
            }
            if (failure != null) {
                throw failure;
            }
            Optional<Set<String>> previous = cache.previousOutputs(outputDir);
            cache.forgetOutputs(); // between here and the end, the folder is neither the old site nor the new
            writer.commit(previous);
            cache.recordOutputs(outputDir, fingerprints);
            return new Written(kinds, writer.changedFiles());
        }
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
        if (out.startsWith(seeds)) {
            throw new SiteGenException(SourcePosition.of(config.outputDir()),
                    "the output folder must not be inside the seeds folder: the next build would read the site's pages as seeds");
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
