package dev.sitegen.cache;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Stores a {@link BuildCache} in a folder: one binary file with everything, and a
 * {@link CacheJournal} of the small changes made since it was written (a rebuild that changed a
 * few pages appends a few kilobytes rather than writing megabytes again; the file is written whole
 * again once the journal grows to a quarter of its size). A file from another version of site-gen,
 * or one that cannot be read whole, is ignored: the next build is then a full one, never a wrong one.
 */
public final class CacheFile {

    private static final String MAGIC = "site-gen cache 6";
    private static final String FILE_NAME = "build-cache.bin";
    private static final String JOURNAL_NAME = "build-cache.journal";
    /**
     * Present from the moment a build starts changing the output folder until its cache is saved:
     * found at load, it means a build stopped in between, and the file no longer describes the folder.
     */
    private static final String CHANGING_NAME = "build-cache.changing";
    /** Enough of the file for its header: two short strings and the id. */
    private static final int HEADER_BYTES = 8192;

    private CacheFile() {
    }

    /**
     * Which save a cache folder's files come from: the id of the cache file (new with every whole
     * write) and the length of its journal (longer with every append). Any save by anyone changes
     * one of them.
     */
    public record State(long fileId, long journalLength) {
    }

    /** The state {@code cache}'s last save left its folder in (see {@link #save}). */
    public static State savedState(BuildCache cache) {
        return new State(cache.changes().fileId(), cache.changes().journalLength());
    }

    /**
     * The state of the cache files in {@code dir}, read from the file's header and the journal's
     * size; empty when there is no usable cache, or a build stopped while changing the site.
     */
    public static Optional<State> state(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (Files.exists(dir.resolve(CHANGING_NAME))) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            OptionalLong id = fileId(new CacheInput(in.readNBytes(HEADER_BYTES)));
            if (id.isEmpty()) {
                return Optional.empty();
            }
            Path journal = dir.resolve(JOURNAL_NAME);
            return Optional.of(new State(id.getAsLong(), Files.isRegularFile(journal) ? Files.size(journal) : 0));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // none, or cut short: a build reads the folder and finds out
        }
    }

    /**
     * Reads a cache file's header from {@code r}: the file's id, or empty when the file is of
     * another version of site-gen or another jar.
     */
    private static OptionalLong fileId(CacheInput r) throws IOException {
        if (!MAGIC.equals(r.unshared()) || !engine().equals(r.unshared())) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(r.readLong());
    }

    /** The size of the cache file in {@code dir}; {@link Long#MAX_VALUE} when there is none. */
    public static long size(Path dir) {
        try {
            return Files.size(dir.resolve(FILE_NAME));
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Whether {@code dir} holds a cache file (usable or not). */
    public static boolean isIn(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE_NAME));
    }

    /** The cache in {@code dir}, or an empty one when there is none or it is unusable. */
    public static BuildCache load(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file) || Files.exists(dir.resolve(CHANGING_NAME))) {
            return BuildCache.empty();
        }
        try {
            // One read of the whole file: decoding from an array is several times faster than
            // through buffered streams, and a cold JVM decodes it before every rebuild.
            CacheInput r = new CacheInput(Files.readAllBytes(file));
            OptionalLong fileId = fileId(r);
            if (fileId.isEmpty()) {
                return BuildCache.empty();
            }
            long id = fileId.getAsLong();
            String out = r.unshared();
            String seedsRoot = r.unshared();
            int seedCount = r.count(4);
            Map<String, BuildCache.SeedEntry> seeds = new HashMap<>(seedCount * 2);
            for (int i = 0; i < seedCount; i++) {
                String name = r.str();
                seeds.put(name, r.entry());
            }
            int outputCount = r.count(12);
            Map<String, Long> outputs = new HashMap<>(outputCount * 2);
            for (int i = 0; i < outputCount; i++) {
                outputs.put(r.unshared(), r.readLong());
            }
            SnapshotFormat.Stored stored = r.readBoolean() ? SnapshotFormat.read(r, seeds) : null;
            if (!r.atEnd()) {
                return BuildCache.empty();
            }
            CacheJournal.Replayed replayed = CacheJournal.replay(dir.resolve(JOURNAL_NAME), id, seeds, outputs, stored);
            BuildCache cache = new BuildCache(seeds, outputs, out.isEmpty() ? null : Path.of(out));
            cache.seedsRoot(seedsRoot);
            if (replayed.snapshot() != null) {
                cache.snapshot(replayed.snapshot());
            }
            cache.changes().fileId(id);
            cache.beforeOutputsChange(() -> markChanging(dir));
            if (replayed.complete()) {
                cache.saved();
            } // else the next save writes the whole file, which drops the damaged journal
            return cache;
        } catch (IOException | RuntimeException e) {
            return BuildCache.empty(); // unreadable: rebuild everything
        }
    }

    /**
     * Writes the cache to {@code dir}: what changed since it was loaded or last saved, appended to
     * the journal when that is little, otherwise everything, through a temporary file so a crash
     * leaves the old file or none.
     */
    public static void save(BuildCache cache, Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(FILE_NAME);
            Path journal = dir.resolve(JOURNAL_NAME);
            Optional<byte[]> entry = cache.changedWholesale() || !Files.isRegularFile(file) ? Optional.empty()
                    : CacheJournal.entry(cache);
            long journalSize = Files.isRegularFile(journal) ? Files.size(journal) : 0;
            if (entry.isPresent() && journalSize + entry.get().length < Files.size(file) / 4) {
                long appended = entry.get().length > 0 ? CacheJournal.append(journal, cache.changes().fileId(), entry.get()) : 0;
                cache.changes().journalLength(journalSize + appended);
            } else {
                writeWhole(cache, file, journal);
                cache.changes().journalLength(0);
            }
            Files.deleteIfExists(dir.resolve(CHANGING_NAME));
            cache.saved();
            cache.beforeOutputsChange(() -> markChanging(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build cache in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void markChanging(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(CHANGING_NAME), new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build cache in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void writeWhole(BuildCache cache, Path file, Path journal) throws IOException {
        long id = System.nanoTime() ^ Double.doubleToLongBits(Math.random());
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            CacheOutput w = new CacheOutput(out);
            w.unshared(MAGIC);
            w.unshared(engine());
            out.writeLong(id);
            w.unshared(cache.outputDir() == null ? "" : cache.outputDir().toString());
            w.unshared(cache.seedsRoot());
            Map<String, BuildCache.SeedEntry> seeds = new java.util.TreeMap<>(cache.seeds());
            out.writeInt(seeds.size());
            for (Map.Entry<String, BuildCache.SeedEntry> e : seeds.entrySet()) {
                w.str(e.getKey());
                w.entry(e.getValue());
            }
            Map<String, Long> outputs = new java.util.TreeMap<>(cache.outputs());
            out.writeInt(outputs.size());
            for (Map.Entry<String, Long> e : outputs.entrySet()) {
                w.unshared(e.getKey());
                out.writeLong(e.getValue());
            }
            Optional<SiteSnapshot> snapshot = cache.snapshot().filter(s -> SnapshotFormat.canWrite(s, seeds));
            out.writeBoolean(snapshot.isPresent());
            if (snapshot.isPresent()) {
                SnapshotFormat.write(w, snapshot.get(), seeds);
            }
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        // Removed only once the new file is in place: a journal left by a crash here names the old
        // file's id and is ignored, whereas the old file without its journal would be out of date.
        Files.deleteIfExists(journal);
        cache.changes().fileId(id);
    }

    /** Identifies the code that wrote a cache: a different jar may read the same input differently. */
    private static String engine() {
        try {
            var source = CacheFile.class.getProtectionDomain().getCodeSource();
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            if (location != null && Files.isRegularFile(location)) {
                return location.getFileName() + ":" + Files.size(location) + ":" + Files.getLastModifiedTime(location).toMillis();
            }
        } catch (Exception e) {
            // fall through: classes from a folder (tests, IDE)
        }
        String version = CacheFile.class.getPackage().getImplementationVersion();
        return "classes:" + (version == null ? "dev" : version);
    }
}
