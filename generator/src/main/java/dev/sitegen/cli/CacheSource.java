package dev.sitegen.cli;

import dev.sitegen.CacheRead;
import java.nio.file.Path;
import java.util.Optional;

/** Where a {@code build} gets the read of its cache, and gives back the cache it saved. */
interface CacheSource {

    /** No read ready: the build reads its cache itself. */
    CacheSource NONE = started(Optional.empty());

    /**
     * The read for a build whose settings name {@code cacheDir}, or none; the build takes it over
     * only when it reads that folder (see {@link dev.sitegen.SiteGenerator}).
     */
    Optional<CacheRead> read(Optional<Path> cacheDir);

    /** Called after a build that saved the cache {@code read} read into {@code cacheDir}. */
    void saved(Path cacheDir, CacheRead read);

    /** A read begun before the arguments were parsed, for the cache folder a build uses by default. */
    static CacheSource started(Optional<CacheRead> early) {
        return new CacheSource() {
            @Override
            public Optional<CacheRead> read(Optional<Path> cacheDir) {
                return early;
            }

            @Override
            public void saved(Path cacheDir, CacheRead read) {
                // this JVM ends with the build
            }
        };
    }
}
