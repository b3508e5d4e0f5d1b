package dev.sitegen.cache;

import dev.sitegen.model.DateSource;
import dev.sitegen.model.Origin;
import dev.sitegen.model.Page;
import dev.sitegen.model.PageKind;
import dev.sitegen.model.RelatedItem;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores a {@link BuildCache} in one binary file. A file from another version of site-gen, or one
 * that cannot be read whole, is ignored: the next build is then a full one, never a wrong one.
 */
public final class CacheFile {

    private static final String MAGIC = "site-gen cache 2";
    private static final String FILE_NAME = "build-cache.bin";

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
            CacheInput r = new CacheInput(in);
            String out = in.readUTF();
            String seedsRoot = r.unshared();
            int seedCount = in.readInt();
            Map<String, BuildCache.SeedEntry> seeds = new HashMap<>(seedCount * 2);
            for (int i = 0; i < seedCount; i++) {
                String name = r.str();
                FileStamp stamp = new FileStamp(in.readLong(), in.readLong(), in.readLong());
                long hash = in.readLong();
                long context = in.readLong();
                Optional<String> warning = in.readBoolean() ? Optional.of(r.str()) : Optional.empty();
                int n = in.readInt();
                List<Page> pages = new ArrayList<>(n);
                for (int k = 0; k < n; k++) {
                    pages.add(r.page());
                }
                seeds.put(name, new BuildCache.SeedEntry(stamp, hash, context, pages, warning));
            }
            int outputCount = in.readInt();
            Map<String, Long> outputs = new HashMap<>(outputCount * 2);
            for (int i = 0; i < outputCount; i++) {
                outputs.put(r.unshared(), in.readLong());
            }
            BuildCache cache = new BuildCache(seeds, outputs, out.isEmpty() ? null : Path.of(out));
            cache.seedsRoot(seedsRoot);
            if (in.readBoolean()) {
                cache.snapshot(SnapshotFormat.read(r, seeds));
            }
            return cache;
        } catch (IOException | RuntimeException e) {
            return BuildCache.empty(); // unreadable: rebuild everything
        }
    }

    /** Writes the cache to {@code dir} through a temporary file, so a crash leaves the old one or none. */
    public static void save(BuildCache cache, Path dir) {
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(FILE_NAME + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeUTF(MAGIC);
                out.writeUTF(engine());
                out.writeUTF(cache.outputDir() == null ? "" : cache.outputDir().toString());
                CacheOutput w = new CacheOutput(out);
                w.str(cache.seedsRoot());
                Map<String, BuildCache.SeedEntry> seeds = new java.util.TreeMap<>(cache.seeds());
                out.writeInt(seeds.size());
                for (Map.Entry<String, BuildCache.SeedEntry> e : seeds.entrySet()) {
                    BuildCache.SeedEntry entry = e.getValue();
                    w.str(e.getKey());
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
                Files.move(tmp, dir.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build cache in " + dir + ": " + e.getMessage(), e);
        }
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
