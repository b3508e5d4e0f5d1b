package dev.sitegen.cache;

import dev.sitegen.model.Page;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Stores a {@link BuildCache} in a folder: one binary file with everything, and a journal of the
 * small changes made since it was written (a rebuild that changed a few pages appends a few
 * kilobytes rather than writing megabytes again; the file is written whole again once the journal
 * grows to a quarter of its size). A file from another version of site-gen, or one that cannot be
 * read whole, is ignored: the next build is then a full one, never a wrong one. A journal entry cut
 * short by a crash is ignored with everything after it.
 */
public final class CacheFile {

    private static final String MAGIC = "site-gen cache 3";
    private static final String JOURNAL_MAGIC = "site-gen cache journal 3";
    private static final String FILE_NAME = "build-cache.bin";
    private static final String JOURNAL_NAME = "build-cache.journal";

    private CacheFile() {
    }

    /** The cache in {@code dir}, or an empty one when there is none or it is unusable. */
    public static BuildCache load(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return BuildCache.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || !engine().equals(in.readUTF())) {
                return BuildCache.empty();
            }
            long id = in.readLong();
            CacheInput r = new CacheInput(in);
            String out = in.readUTF();
            String seedsRoot = r.unshared();
            int seedCount = in.readInt();
            Map<String, BuildCache.SeedEntry> seeds = new HashMap<>(seedCount * 2);
            for (int i = 0; i < seedCount; i++) {
                String name = r.str();
                seeds.put(name, readEntry(r));
            }
            int outputCount = in.readInt();
            Map<String, Long> outputs = new HashMap<>(outputCount * 2);
            for (int i = 0; i < outputCount; i++) {
                outputs.put(r.unshared(), in.readLong());
            }
            SnapshotFormat.Stored stored = in.readBoolean() ? SnapshotFormat.read(r, seeds) : null;
            Replayed replayed = replayJournal(dir.resolve(JOURNAL_NAME), id, r, seeds, outputs, stored);
            BuildCache cache = new BuildCache(seeds, outputs, out.isEmpty() ? null : Path.of(out));
            cache.seedsRoot(seedsRoot);
            if (replayed.snapshot() != null) {
                cache.snapshot(replayed.snapshot());
            }
            cache.fileId(id);
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
                    : journalEntry(cache);
            long journalSize = Files.isRegularFile(journal) ? Files.size(journal) : 0;
            if (entry.isPresent() && journalSize + entry.get().length < Files.size(file) / 4) {
                if (entry.get().length > 0) {
                    appendJournal(journal, cache.fileId(), entry.get());
                }
            } else {
                writeWhole(cache, file, journal);
            }
            cache.saved();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build cache in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void writeWhole(BuildCache cache, Path file, Path journal) throws IOException {
        long id = System.nanoTime() ^ Double.doubleToLongBits(Math.random());
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeUTF(MAGIC);
            out.writeUTF(engine());
            out.writeLong(id);
            CacheOutput w = new CacheOutput(out);
            out.writeUTF(cache.outputDir() == null ? "" : cache.outputDir().toString());
            w.str(cache.seedsRoot());
            Map<String, BuildCache.SeedEntry> seeds = new java.util.TreeMap<>(cache.seeds());
            out.writeInt(seeds.size());
            for (Map.Entry<String, BuildCache.SeedEntry> e : seeds.entrySet()) {
                w.str(e.getKey());
                writeEntry(w, e.getValue());
            }
            Map<String, Long> outputs = new java.util.TreeMap<>(cache.outputs());
            out.writeInt(outputs.size());
            for (Map.Entry<String, Long> e : outputs.entrySet()) {
                w.str(e.getKey());
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
        cache.fileId(id);
    }

    /**
     * What changed since the file was written, as one journal entry: seeds put or removed, output
     * fingerprints, and the site's pages whose bodies changed. Empty when the site changed in
     * other ways, which only the whole file records.
     */
    private static Optional<byte[]> journalEntry(BuildCache cache) throws IOException {
        SiteSnapshot saved = cache.savedSnapshot();
        SiteSnapshot now = cache.snapshot().orElseThrow();
        List<Page> before = saved.site().pages();
        List<Page> after = now.site().pages();
        if (saved.settings() != now.settings() || before.size() != after.size()) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        CacheOutput w = new CacheOutput(out);
        List<String> seeds = new ArrayList<>(cache.changedSeeds());
        out.writeInt(seeds.size());
        for (String name : seeds) {
            Optional<BuildCache.SeedEntry> entry = cache.seed(name);
            w.str(name);
            out.writeBoolean(entry.isPresent());
            if (entry.isPresent()) {
                writeEntry(w, entry.get());
            }
        }
        List<String> outputs = new ArrayList<>(cache.changedOutputs());
        out.writeInt(outputs.size());
        for (String path : outputs) {
            Long fingerprint = cache.outputs().get(path);
            w.str(path);
            out.writeBoolean(fingerprint != null);
            if (fingerprint != null) {
                out.writeLong(fingerprint);
            }
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            if (before.get(i) != after.get(i)) {
                changed.add(i);
            }
        }
        out.writeInt(changed.size());
        for (int i : changed) {
            out.writeInt(i);
            w.page(after.get(i));
        }
        out.flush();
        boolean nothing = seeds.isEmpty() && outputs.isEmpty() && changed.isEmpty();
        return Optional.of(nothing ? new byte[0] : bytes.toByteArray());
    }

    private static void appendJournal(Path journal, long fileId, byte[] entry) throws IOException {
        boolean fresh = !Files.isRegularFile(journal) || Files.size(journal) == 0;
        CRC32 crc = new CRC32();
        crc.update(entry);
        try (OutputStream os = Files.newOutputStream(journal, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os))) {
            if (fresh) {
                out.writeUTF(JOURNAL_MAGIC);
                out.writeLong(fileId);
            }
            out.writeInt(entry.length);
            out.write(entry);
            out.writeLong(crc.getValue());
        }
    }

    /**
     * What replaying a journal gave.
     *
     * @param snapshot the site snapshot the file and journal lead to (null when the file held none)
     * @param complete whether every entry was read: entries appended after a damaged one would be lost
     */
    private record Replayed(SiteSnapshot snapshot, boolean complete) {
    }

    /** Applies the journal written after the file {@code fileId} to what the file held. */
    private static Replayed replayJournal(Path journal, long fileId, CacheInput shared, Map<String, BuildCache.SeedEntry> seeds,
                                             Map<String, Long> outputs, SnapshotFormat.Stored stored) throws IOException {
        SiteSnapshot snapshot = stored == null ? null : stored.snapshot();
        if (!Files.isRegularFile(journal)) {
            return new Replayed(snapshot, true);
        }
        Map<Integer, Page> pages = new HashMap<>(); // site pages replaced, by index: applied once at the end
        boolean complete = readJournal(journal, fileId, shared, seeds, outputs, pages);
        if (snapshot == null) {
            if (!pages.isEmpty()) {
                throw new IOException("the journal changes a site the file does not hold");
            }
            return new Replayed(null, complete);
        }
        Map<Page, Page> replaced = new IdentityHashMap<>();
        pages.forEach((index, page) -> replaced.put(snapshot.site().pages().get(index), page));
        // The pages as read are the seed entries' own pages, seed after seed, as when the file was written.
        List<Page> read = new ArrayList<>(snapshot.read().size());
        for (String name : stored.seedOrder()) {
            read.addAll(seeds.get(name).pages());
        }
        return new Replayed(new SiteSnapshot(snapshot.settings(), read, snapshot.site().replacing(replaced), snapshot.warnings(),
                snapshot.kinds()), complete);
    }

    /** Applies the journal's entries in order; false when it stopped at a damaged one. */
    private static boolean readJournal(Path journal, long fileId, CacheInput shared, Map<String, BuildCache.SeedEntry> seeds,
                                       Map<String, Long> outputs, Map<Integer, Page> pages) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(journal)))) {
            if (!JOURNAL_MAGIC.equals(in.readUTF()) || in.readLong() != fileId) {
                return false; // left from another cache file: ignored, and replaced at the next save
            }
            while (true) {
                int first = in.read();
                if (first < 0) {
                    return true; // the end, between two entries
                }
                byte[] entry;
                try {
                    int length = first << 24 | in.readUnsignedByte() << 16 | in.readUnsignedByte() << 8 | in.readUnsignedByte();
                    if (length < 0 || length > Files.size(journal)) {
                        return false;
                    }
                    entry = new byte[length];
                    in.readFully(entry);
                    CRC32 crc = new CRC32();
                    crc.update(entry);
                    if (in.readLong() != crc.getValue()) {
                        return false; // damaged: what follows cannot be trusted
                    }
                } catch (EOFException e) {
                    return false; // cut short by a crash while appending
                }
                applyEntry(new CacheInput(new DataInputStream(new ByteArrayInputStream(entry)), shared), seeds, outputs, pages);
            }
        }
    }

    private static void applyEntry(CacheInput r, Map<String, BuildCache.SeedEntry> seeds, Map<String, Long> outputs,
                                   Map<Integer, Page> pages) throws IOException {
        DataInputStream in = r.data();
        int seedCount = in.readInt();
        for (int i = 0; i < seedCount; i++) {
            String name = r.str();
            if (in.readBoolean()) {
                seeds.put(name, readEntry(r));
            } else {
                seeds.remove(name);
            }
        }
        int outputCount = in.readInt();
        for (int i = 0; i < outputCount; i++) {
            String path = r.unshared();
            if (in.readBoolean()) {
                outputs.put(path, in.readLong());
            } else {
                outputs.remove(path);
            }
        }
        int pageCount = in.readInt();
        for (int i = 0; i < pageCount; i++) {
            pages.put(in.readInt(), r.page());
        }
    }

    private static void writeEntry(CacheOutput w, BuildCache.SeedEntry entry) throws IOException {
        DataOutputStream out = w.data();
        out.writeLong(entry.stamp().size());
        out.writeLong(entry.stamp().modified());
        out.writeLong(entry.stamp().readAt());
        out.writeLong(entry.textHash());
        out.writeLong(entry.context());
        out.writeBoolean(entry.warning().isPresent());
        if (entry.warning().isPresent()) {
            w.str(entry.warning().get());
        }
        out.writeInt(entry.pages().size());
        for (Page p : entry.pages()) {
            w.page(p);
        }
    }

    private static BuildCache.SeedEntry readEntry(CacheInput r) throws IOException {
        DataInputStream in = r.data();
        FileStamp stamp = new FileStamp(in.readLong(), in.readLong(), in.readLong());
        long hash = in.readLong();
        long context = in.readLong();
        Optional<String> warning = in.readBoolean() ? Optional.of(r.str()) : Optional.empty();
        int n = in.readInt();
        List<Page> pages = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            pages.add(r.page());
        }
        return new BuildCache.SeedEntry(stamp, hash, context, pages, warning);
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
