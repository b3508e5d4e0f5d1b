package dev.sitegen;

import dev.sitegen.cache.BuildCache;
import dev.sitegen.cache.CacheFile;
import dev.sitegen.output.SiteWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A build cache being read from its folder on a thread of its own, and then the check that the
 * site it remembers is still whole in an output folder (a stat per file, 32,000 at 10,000
 * articles). Both are a good part of a rebuild after one edit, and neither needs the seeds or
 * the theme: a build starts one as it starts listing the seeds. The command line starts one
 * earlier still, for the folders a build uses by default, while it parses its arguments on the
 * other core; the build takes it over when its settings name the same folders.
 */
public final class CacheRead {

    private final Path cacheDir;
    private final Path outputDir;
    private final CompletableFuture<BuildCache> cache = new CompletableFuture<>();
    private final CompletableFuture<Boolean> outputsWhole = new CompletableFuture<>();

    private CacheRead(Path cacheDir, Path outputDir) {
        this.cacheDir = normal(cacheDir);
        this.outputDir = normal(outputDir);
    }

    /** Starts reading the cache in {@code cacheDir}, then checking the site it remembers in {@code outputDir}. */
    public static CacheRead start(Path cacheDir, Path outputDir) {
        CacheRead read = new CacheRead(cacheDir, outputDir);
        Thread thread = new Thread(read::run, "site-gen-cache-read");
        thread.setDaemon(true);
        thread.start();
        return read;
    }

    /** A read of no cache: the build has none. */
    static CacheRead none() {
        CacheRead read = new CacheRead(Path.of(""), Path.of(""));
        read.cache.complete(BuildCache.none());
        read.outputsWhole.complete(false);
        return read;
    }

    private void run() {
        try {
            BuildCache loaded = CacheFile.load(cacheDir);
            // Taken before the build has the cache, which may then change what it records.
            Optional<List<String>> files = loaded.snapshot().flatMap(s -> loaded.outputsToCheck(outputDir));
            cache.complete(loaded);
            outputsWhole.complete(files.map(f -> SiteWriter.allPresent(outputDir, f, outputsWhole::isDone)).orElse(false));
        } catch (RuntimeException | Error e) {
            cache.completeExceptionally(e);
            outputsWhole.completeExceptionally(e);
        }
    }

    /** Whether this reads the cache in {@code cacheDir} and checks the site in {@code outputDir}. */
    boolean isFor(Path cacheDir, Path outputDir) {
        return this.cacheDir.equals(normal(cacheDir)) && this.outputDir.equals(normal(outputDir));
    }

    /** The cache, once read; an empty one when there was none or it was unusable. */
    BuildCache cache() {
        return join(cache);
    }

    /** Whether every file of the site the cache remembers is still in the output folder, once checked. */
    boolean outputsWhole() {
        return join(outputsWhole);
    }

    /** Stops the check: its answer is not wanted (a full build, a failed one, other folders). */
    void cancel() {
        outputsWhole.cancel(false);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
