package dev.sitegen;

import dev.sitegen.cache.BuildCache;
import dev.sitegen.cache.CacheFile;
import dev.sitegen.cache.SiteSnapshot;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.diag.BuildFailedException;
import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.SiteGenException;
import dev.sitegen.diag.SourcePosition;
import dev.sitegen.markdown.MarkdownRenderer;
import dev.sitegen.model.Page;
import dev.sitegen.output.SiteWriter;
import dev.sitegen.render.OutputJob;
import dev.sitegen.render.SiteRenderer;
import dev.sitegen.render.TemplateEngine;
import dev.sitegen.parallel.Futures;
import dev.sitegen.parallel.ParallelMap;
import dev.sitegen.seeds.PageBodies;
import dev.sitegen.seeds.SeedLoader;
import dev.sitegen.seeds.SeedScanner;
import dev.sitegen.seeds.SeedSource;
import dev.sitegen.taxonomy.PageMerger;
import dev.sitegen.taxonomy.SiteIndexer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The one entry point of site-gen: seeds in, site out. Reads like the pipeline of DESIGN.md:
 * read seeds, extract, index terms, render, write. The CLI, the Maven plugin and the preview server
 * are thin adapters over {@link #build}. An instance keeps the theme of its last build for the next
 * while settings and theme files stay the same, so the preview server, which keeps one, does not
 * parse every template again on each edit.
 */
public final class SiteGenerator {

    /** Pages from which a site counts as large enough to collect garbage between reading and writing. */
    private static final int LARGE_SITE = 50_000;

    private final AtomicReference<SiteRenderer> lastTheme = new AtomicReference<>();

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
        return build(config, listener, Optional.empty());
    }

    /**
     * As {@link #build(SiteConfig, BuildListener)}, taking over {@code started} when it reads the
     * cache folder of {@code config} (its check is stopped otherwise).
     */
    public BuildReport build(SiteConfig config, BuildListener listener, Optional<CacheRead> started) {
        Objects.requireNonNull(config, "config");
        Optional<CacheRead> usable = started.filter(r -> config.cacheDir().isPresent() && r.isFor(config.cacheDir().get()));
        started.filter(r -> usable.isEmpty()).ifPresent(CacheRead::cancel);
        // Read on its own thread while the seeds are listed and the theme loads: see CacheRead.
        CacheRead read = usable.orElseGet(() -> config.cacheDir().map(CacheRead::start)
                .orElseGet(CacheRead::none));
        BuildReport report;
        try {
            report = build(config, listener, read::cache, read);
        } finally {
            read.cancel(); // a failed build has no use for the answer either
        }
        if (config.cacheDir().isPresent()) {
            listener.phase("saving cache");
            CacheFile.save(read.cache(), config.cacheDir().get());
        }
        return report;
    }

    /**
     * Builds the site, redoing only what changed since the build {@code cache} remembers (the
     * preview server keeps one in memory). On any error nothing in the output folder changes.
     */
    public BuildReport build(SiteConfig config, BuildListener listener, BuildCache cache) {
        Objects.requireNonNull(cache, "cache");
        return build(config, listener, () -> cache, null);
    }

    /** @param read the cache's read and output check; null: the output folder is checked when needed */
    private BuildReport build(SiteConfig config, BuildListener listener, Supplier<BuildCache> loading, CacheRead read) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(listener, "listener");
        long start = System.nanoTime();
        try (Run run = start(config, listener)) {
            ExecutorService pool = run.pool();
            MarkdownRenderer markdown = run.markdown();
            List<SeedSource> sources = SeedScanner.find(config.seedsDir(), config.projectDir());
            BuildCache cache = loading.get();
            SeedLoader.Loaded loaded = new SeedLoader(markdown, cache).load(sources, config.seedsDir(), config.projectDir(), pool,
                    config.threads());
            List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
            failOnErrors(diagnostics);
            cache.seedWarnings(loaded.diagnostics());
            listener.phase("loading theme");
            SiteRenderer renderer = Futures.get(run.theme());

            listener.phase("comparing");
            Optional<SiteSnapshot> last = cache.snapshot();
            cache.clearSnapshot(); // until this build commits, the output folder is not the snapshot's site
            Optional<SiteSnapshot.Patch> patch = last.flatMap(s -> s.patch(renderer.settings(), loaded.pages(), config.taxonomy().autoTags()))
                    .filter(p -> read != null ? read.outputsWhole(config.outputDir()) : intact(config, cache, pool));
            if (patch.isPresent()) {
                return applyPatch(patch.get(), renderer, config, listener, cache, pool, diagnostics, loaded.seeds(), start);
            }
            if (read != null) {
                read.cancel(); // a full build has no use for the answer
            }
            PageMerger.Merged merged = PageMerger.merge(loaded.pages());
            List<Diagnostic> siteWarnings = new ArrayList<>(merged.warnings());
            if (merged.pages().isEmpty()) {
                diagnostics.add(Diagnostic.error(SourcePosition.of(SeedScanner.display(config.seedsDir(), config.projectDir())),
                        "no article found in any seed; nothing to publish"));
                failOnErrors(diagnostics);
            }

            listener.phase("indexing");
            SiteIndexer.Indexed indexed = new SiteIndexer(config.taxonomy())
                    .index(merged.pages(), p -> markdown.paragraphs(PageBodies.of(p)));
            siteWarnings.addAll(indexed.warnings());

            if (merged.pages().size() >= LARGE_SITE) {
                // Reading a large site leaves gigabytes of garbage, and G1 grows the heap to hold it;
                // collecting it all once before the long writing phase lets the JVM give that back
                // instead of filling it again (on 100,000 pages, peak memory halves for about a second).
                System.gc();
            }
            listener.phase("writing");
            Written written = write(renderer.plan(indexed.site()), config.outputDir(), pool, config.threads(), listener, cache, true);
            cache.snapshot(new SiteSnapshot(renderer.settings(), loaded.pages(), indexed.site(), siteWarnings, written.kinds()));
            diagnostics.addAll(siteWarnings);
            return report(config, loaded.seeds(), written.kinds(), written.changed(), diagnostics, start);
        }
    }

    private static BuildReport report(SiteConfig config, int seeds, Map<String, Integer> kinds, int changed,
                                      List<Diagnostic> diagnostics, long start) {
        diagnostics.sort(null);
        return new BuildReport(config.outputDir(), seeds, kinds, changed, diagnostics, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Rebuilds after the files {@code changed} changed, as the preview server learns from the file
     * system. When they are page models whose edits leave everything but their bodies as it was,
     * only their own pages are rendered, without listing or looking up every seed: on a large site
     * that is most of a rebuild. Otherwise, or whenever unsure, as {@link #build(SiteConfig,
     * BuildListener, BuildCache)}.
     */
    public BuildReport rebuild(SiteConfig config, BuildListener listener, BuildCache cache, Set<Path> changed) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(changed, "changed");
        long start = System.nanoTime();
        return quickRebuild(config, listener, cache, changed, start).orElseGet(() -> build(config, listener, cache));
    }

    private Optional<BuildReport> quickRebuild(SiteConfig config, BuildListener listener, BuildCache cache, Set<Path> changed,
                                               long start) {
        Optional<SiteSnapshot> last = cache.snapshot();
        Optional<List<Diagnostic>> seedWarnings = cache.seedWarnings();
        if (changed.isEmpty() || last.isEmpty() || seedWarnings.isEmpty()) {
            return Optional.empty(); // nothing known to patch, or this cache never read all the seeds
        }
        List<SeedSource> sources = new ArrayList<>();
        for (Path file : changed) {
            Optional<SeedSource> source = SeedScanner.source(config.seedsDir(), config.projectDir(), file);
            if (source.isEmpty()) {
                return Optional.empty(); // not a seed (settings, a template), or gone
            }
            sources.add(source.get());
        }
        try (Run run = start(config, listener)) {
            ExecutorService pool = run.pool();
            Optional<Map<Page, Page>> edited = new SeedLoader(run.markdown(), cache).reload(sources, config.seedsDir(),
                    config.projectDir());
            SiteRenderer renderer = Futures.get(run.theme());
            Optional<SiteSnapshot.Patch> patch = edited.flatMap(e -> last.get().patch(renderer.settings(), e, config.taxonomy().autoTags()))
                    .filter(p -> intact(config, cache, pool));
            return patch.map(p -> applyPatch(p, renderer, config, listener, cache, pool, new ArrayList<>(seedWarnings.get()),
                    cache.seedCount(), start));
        }
    }

    /** What a build starts with: threads for its work, and the theme loading on them while the seeds are read. */
    private record Run(ExecutorService pool, MarkdownRenderer markdown, Future<SiteRenderer> theme) implements AutoCloseable {
        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    private Run start(SiteConfig config, BuildListener listener) {
        checkFolders(config);
        MarkdownRenderer markdown = new MarkdownRenderer(config.basePath());
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), daemonThreads());
        listener.phase("reading seeds");
        return new Run(pool, markdown, loadTheme(config, markdown, pool));
    }

    /**
     * The theme does not depend on the seeds: it loads while they are read. The last build's is
     * reused while the settings and theme files are unchanged: parsing the templates again would
     * be a good part of a preview rebuild.
     */
    private Future<SiteRenderer> loadTheme(SiteConfig config, MarkdownRenderer markdown, ExecutorService pool) {
        return pool.submit(() -> {
            SiteRenderer last = lastTheme.get();
            if (last != null && last.isCurrent(config)) {
                return last;
            }
            SiteRenderer fresh = new SiteRenderer(config, new TemplateEngine(config.templatesDir()), markdown);
            lastTheme.set(fresh);
            return fresh;
        });
    }

    /** Whether the files of the site the cache remembers are still in the output folder. */
    private static boolean intact(SiteConfig config, BuildCache cache, ExecutorService pool) {
        return cache.outputsIntact(config.outputDir(), files -> SiteWriter.allPresent(config.outputDir(), files, pool, config.threads()));
    }

    /** Renders only the changed pages' own files: every other file is as the last build left it. */
    private static BuildReport applyPatch(SiteSnapshot.Patch patch, SiteRenderer renderer, SiteConfig config, BuildListener listener,
                                          BuildCache cache, ExecutorService pool, List<Diagnostic> diagnostics, int seeds, long start) {
        listener.phase("writing");
        cache.clearSnapshot();
        SiteSnapshot next = patch.next();
        Written written = write(renderer.planPages(next.site(), patch.changed()), config.outputDir(), pool, config.threads(),
                listener, cache, false);
        cache.patchedSnapshot(next);
        diagnostics.addAll(next.warnings());
        return report(config, seeds, next.kinds(), written.changed(), diagnostics, start);
    }

    private static void failOnErrors(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).sorted().toList();
        if (!errors.isEmpty()) {
            throw new BuildFailedException(errors);
        }
    }

    private record Written(Map<String, Integer> kinds, int changed) {
    }

    /**
     * Writes what changed of {@code jobs} and commits it.
     *
     * @param whole whether {@code jobs} are the whole site (files of the old site not among them are
     *              removed) or only the files to update in it
     */
    private static Written write(List<OutputJob> jobs, Path outputDir, ExecutorService pool, int threads,
                                 BuildListener listener, BuildCache cache, boolean whole) {
        Map<String, Integer> kinds = new TreeMap<>();
        try (SiteWriter writer = SiteWriter.open(outputDir)) {
            if (!whole && writer.isFresh()) {
                // The checks before a patch make this impossible: a patch would leave a site of a few files.
                throw new IllegalStateException("cannot patch an empty output folder");
            }
            Map<String, Long> fingerprints = new HashMap<>(jobs.size() * 2);
            Path out = outputDir.toAbsolutePath().normalize();
            List<OutputJob> todo = new ArrayList<>();
            for (OutputJob job : jobs) {
                fingerprints.put(job.path(), job.fingerprint());
                kinds.merge(job.kind(), 1, Integer::sum);
                if (!(cache.isCurrent(out, job.path(), job.fingerprint()) && writer.keep(job.path()))) {
                    todo.add(job); // else made from the same inputs last time, and still there
                }
            }
            AtomicInteger done = new AtomicInteger(jobs.size() - todo.size());
            // Every job finishes or is skipped before this returns: closing the writer while jobs
            // still write would leave the staging folder behind. A failure means no commit.
            ParallelMap.map(todo, job -> {
                writer.write(job.path(), job.content().get());
                return done.incrementAndGet();
            }, pool, threads, () -> listener.progress(done.get(), jobs.size()));
            listener.progress(done.get(), jobs.size());
            // Between here and the end, the folder is neither the old site nor the new: forget what it holds.
            if (whole) {
                Optional<Set<String>> previous = cache.previousOutputs(outputDir);
                cache.forgetOutputs();
                writer.commit(previous);
                cache.recordOutputs(outputDir, fingerprints);
            } else {
                cache.forgetOutputs(fingerprints.keySet());
                writer.commit(Optional.of(Set.of()));
                cache.updateOutputs(fingerprints);
            }
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

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "site-gen-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
