package dev.sitegen.cli;

import dev.sitegen.CacheRead;
import dev.sitegen.cache.BuildCache;
import dev.sitegen.cache.CacheFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The build daemon's cache of the cache: the build cache its last build saved, decoded, for the
 * next build of the same cache folder. Decoding the file is the longest part of reading a
 * 10,000-article cache (110-160 ms warm, against 70-85 ms to list the seeds beside it).
 *
 * <p>It is used only while the folder's files are exactly as that build left them: same size,
 * time and file identity, journal and all. Any other writer (a {@code --no-daemon} build, a
 * deleted folder) changes one of them, and the next build reads the folder. A build takes the
 * cache out of here, so one that fails leaves nothing behind. Only a cache file of up to
 * {@link #MAX_BYTES} is kept, as a larger site's decoded cache would be most of an idle daemon.
 */
final class WarmCache implements CacheSource {

    /** The largest cache file kept decoded: 10,000 articles make an 11 MB file and 25 MB of heap. */
    static final long MAX_BYTES = 32L << 20;

    private record Kept(Path cacheDir, BuildCache cache, List<Object> stamp) {
    }

    private final long maxBytes;
    private Kept kept;

    WarmCache() {
        this(MAX_BYTES);
    }

    /** @param maxBytes the largest cache file kept decoded */
    WarmCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public synchronized Optional<CacheRead> read(Optional<Path> cacheDir) {
        Kept last = kept;
        kept = null;
        return cacheDir.map(dir -> last != null && last.cacheDir().equals(normal(dir)) && last.stamp().equals(stamp(dir))
                ? CacheRead.of(dir, last.cache()) : CacheRead.start(dir));
    }

    @Override
    public synchronized void saved(Path cacheDir, CacheRead read) {
        kept = sizeOf(CacheFile.files(cacheDir).get(0)) <= maxBytes ? new Kept(normal(cacheDir), read.cache(), stamp(cacheDir)) : null;
    }

    /** Size, time and identity of each of the cache's files, or that it is absent. */
    private static List<Object> stamp(Path cacheDir) {
        List<Object> stamp = new ArrayList<>();
        for (Path file : CacheFile.files(cacheDir)) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                stamp.add(List.of(attributes.size(), attributes.lastModifiedTime(), String.valueOf(attributes.fileKey())));
            } catch (NoSuchFileException absent) {
                stamp.add("absent");
            } catch (IOException e) {
                stamp.add(new Object()); // unreadable: equal to nothing, so the folder is read
            }
        }
        return stamp;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
