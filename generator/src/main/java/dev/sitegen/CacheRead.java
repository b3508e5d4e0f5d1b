package dev.sitegen;

import dev.sitegen.cache.BuildCache;
import dev.sitegen.cache.CacheFile;
import dev.sitegen.output.SiteWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A build cache being read from its folder on a thread of its own, and then the check that the
 * site it remembers is still whole in the folder it was written to (a stat per file, 32,000 at
 * 10,000 articles). Both are a good part of a rebuild after one edit, and neither needs the seeds
 * or the theme: a build starts one as it starts listing the seeds. The command line starts one
 * earlier still, for the default cache folder, while it parses its arguments on the other core;
 * the build takes it over when its settings name the same cache folder.
 */
public final class CacheRead {

    private final Path cacheDir;
    private final CompletableFuture<BuildCache> cache = new CompletableFuture<>();
    private final CompletableFuture<Boolean> outputsWhole = new CompletableFuture<>();
    /** Where the site the cache remembers was written, absolute; null until read, or when there is none. */
    private volatile Path siteFolder;

    private CacheRead(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /** Starts reading the cache in {@code cacheDir}, then checking the site it remembers. */
    public static CacheRead start(Path cacheDir) {
        return start(cacheDir, () -> CacheFile.load(cacheDir));
    }

    /**
     * The cache of {@code cacheDir} as {@code cache} is already, for a build to take over: only the
     * check of the site it remembers runs. {@code cache} must be what the folder holds (the build
     * daemon keeps the cache it saved last, while the folder's files are as it left them).
     */
    public static CacheRead of(Path cacheDir, BuildCache cache) {
        return start(cacheDir, () -> cache);
    }

    private static CacheRead start(Path cacheDir, Supplier<BuildCache> loading) {
        CacheRead read = new CacheRead(cacheDir);
        Thread thread = new Thread(() -> read.run(loading), "site-gen-cache-read");
        thread.setDaemon(true);
        thread.start();
        return read;
    }

    /** A read of no cache: the build has none. */
    static CacheRead none() {
        CacheRead read = new CacheRead(Path.of(""));
        read.cache.complete(BuildCache.none());
        read.outputsWhole.complete(false);
        return read;
    }

    private void run(Supplier<BuildCache> loading) {
        try {
            BuildCache loaded = loading.get();
            Optional<Path> folder = loaded.snapshot().flatMap(s -> loaded.siteFolder());
            // Taken before the build has the cache, which may then change what it records.
            Optional<List<String>> files = folder.flatMap(loaded::outputsToCheck);
            siteFolder = folder.orElse(null);
            cache.complete(loaded);
            outputsWhole.complete(files.map(f -> SiteWriter.allPresent(folder.get(), f, outputsWhole::isDone)).orElse(false));
        } catch (RuntimeException | Error e) {
            cache.completeExceptionally(e);
            outputsWhole.completeExceptionally(e);
        }
    }

    /** Whether this reads the cache in {@code cacheDir}. */
    boolean isFor(Path cacheDir) {
        return normal(this.cacheDir).equals(normal(cacheDir));
    }

    /** The cache, once read (this waits); an empty one when there was none or it was unusable. */
    public BuildCache cache() {
        return join(cache);
    }

    /**
     * Whether every file of the site the cache remembers is still in {@code outputDir}, once checked;
     * false when that site was written to another folder.
     */
    boolean outputsWhole(Path outputDir) {
        boolean whole = join(outputsWhole);
        return whole && normal(outputDir).equals(siteFolder);
    }

    /** Stops the check: its answer is not wanted (a full build, a failed one, another cache). */
    void cancel() {
        outputsWhole.cancel(false);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error; // out of memory, say: not a failure of this build's input
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
