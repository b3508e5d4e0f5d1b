package dev.sitegen.cache;

import dev.sitegen.model.Page;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The journal beside a cache file: the small changes of rebuilds since the file was written, one
 * entry each (seed entries put or removed, output fingerprints, site pages whose body changed),
 * each with a CRC so that an entry cut short by a crash is recognised and nothing after it trusted.
 */
final class CacheJournal {

    private static final String MAGIC = "site-gen cache journal 4";

    private CacheJournal() {
    }

    /**
     * What changed since the file was written, as one journal entry: seeds put or removed, output
     * fingerprints, and the site's pages whose bodies changed. Empty when the site changed in
     * other ways, which only the whole file records.
     */
    static Optional<byte[]> entry(BuildCache cache) throws IOException {
        SiteSnapshot saved = cache.changes().savedSnapshot();
        SiteSnapshot now = cache.snapshot().orElseThrow();
        List<Page> before = saved.site().pages();
        List<Page> after = now.site().pages();
        if (saved.settings() != now.settings() || before.size() != after.size()) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        CacheOutput w = new CacheOutput(out);
        List<String> seeds = new ArrayList<>(cache.changes().seeds());
        out.writeInt(seeds.size());
        for (String name : seeds) {
            Optional<BuildCache.SeedEntry> entry = cache.seed(name);
            w.str(name);
            out.writeBoolean(entry.isPresent());
            if (entry.isPresent()) {
                w.entry(entry.get());
            }
        }
        List<String> outputs = new ArrayList<>(cache.changes().outputs());
        out.writeInt(outputs.size());
        for (String path : outputs) {
            Long fingerprint = cache.outputs().get(path);
            w.unshared(path);
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

    /** Appends {@code entry} and returns the bytes written. */
    static long append(Path journal, long fileId, byte[] entry) throws IOException {
        boolean fresh = !Files.isRegularFile(journal) || Files.size(journal) == 0;
        CRC32 crc = new CRC32();
        crc.update(entry);
        try (OutputStream os = Files.newOutputStream(journal, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os))) {
            if (fresh) {
                out.writeUTF(MAGIC);
                out.writeLong(fileId);
            }
            out.writeInt(entry.length);
            out.write(entry);
            out.writeLong(crc.getValue());
            out.flush();
            return out.size();
        }
    }

    /**
     * What replaying a journal gave.
     *
     * @param snapshot the site snapshot the file and journal lead to (null when the file held none)
     * @param complete whether every entry was read: entries appended after a damaged one would be lost
     */
    record Replayed(SiteSnapshot snapshot, boolean complete) {
    }

    /** Applies the journal written after the file {@code fileId} to what the file held. */
    static Replayed replay(Path journal, long fileId, Map<String, BuildCache.SeedEntry> seeds,
                                             Map<String, Long> outputs, SnapshotFormat.Stored stored) throws IOException {
        SiteSnapshot snapshot = stored == null ? null : stored.snapshot();
        if (!Files.isRegularFile(journal)) {
            return new Replayed(snapshot, true);
        }
        Map<Integer, Page> pages = new HashMap<>(); // site pages replaced, by index: applied once at the end
        boolean complete = read(journal, fileId, seeds, outputs, pages);
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
    private static boolean read(Path journal, long fileId, Map<String, BuildCache.SeedEntry> seeds,
                                       Map<String, Long> outputs, Map<Integer, Page> pages) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(journal)))) {
            if (!MAGIC.equals(in.readUTF()) || in.readLong() != fileId) {
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
                CacheInput r = new CacheInput(entry);
                applyEntry(r, seeds, outputs, pages);
                if (!r.atEnd()) {
                    throw new IOException("a journal entry holds more than it should");
                }
            }
        }
    }

    private static void applyEntry(CacheInput r, Map<String, BuildCache.SeedEntry> seeds, Map<String, Long> outputs,
                                   Map<Integer, Page> pages) throws IOException {
        int seedCount = r.count(4);
        for (int i = 0; i < seedCount; i++) {
            String name = r.str();
            if (r.readBoolean()) {
                seeds.put(name, r.entry());
            } else {
                seeds.remove(name);
            }
        }
        int outputCount = r.count(4);
        for (int i = 0; i < outputCount; i++) {
            String path = r.unshared();
            if (r.readBoolean()) {
                outputs.put(path, r.readLong());
            } else {
                outputs.remove(path);
            }
        }
        int pageCount = r.count(4);
        for (int i = 0; i < pageCount; i++) {
            pages.put(r.readInt(), r.page());
        }
    }
}
