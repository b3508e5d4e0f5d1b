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

    private static final String MAGIC = "site-gen cache 1";
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
            String out = in.readUTF();
            int seedCount = in.readInt();
            Map<String, BuildCache.SeedEntry> seeds = new HashMap<>(seedCount * 2);
            for (int i = 0; i < seedCount; i++) {
                String name = str(in);
                long hash = in.readLong();
                long context = in.readLong();
                Optional<String> warning = in.readBoolean() ? Optional.of(str(in)) : Optional.empty();
                int n = in.readInt();
                List<Page> pages = new ArrayList<>(n);
                for (int k = 0; k < n; k++) {
                    pages.add(readPage(in));
                }
                seeds.put(name, new BuildCache.SeedEntry(hash, context, pages, warning));
            }
            int outputCount = in.readInt();
            Map<String, Long> outputs = new HashMap<>(outputCount * 2);
            for (int i = 0; i < outputCount; i++) {
                outputs.put(str(in), in.readLong());
            }
            return new BuildCache(seeds, outputs, out.isEmpty() ? null : Path.of(out));
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
                Map<String, BuildCache.SeedEntry> seeds = new java.util.TreeMap<>(cache.seeds());
                out.writeInt(seeds.size());
                for (Map.Entry<String, BuildCache.SeedEntry> e : seeds.entrySet()) {
                    str(out, e.getKey());
                    out.writeLong(e.getValue().textHash());
                    out.writeLong(e.getValue().context());
                    out.writeBoolean(e.getValue().warning().isPresent());
                    if (e.getValue().warning().isPresent()) {
                        str(out, e.getValue().warning().get());
                    }
                    out.writeInt(e.getValue().pages().size());
                    for (Page p : e.getValue().pages()) {
                        writePage(out, p);
                    }
                }
                Map<String, Long> outputs = new java.util.TreeMap<>(cache.outputs());
                out.writeInt(outputs.size());
                for (Map.Entry<String, Long> e : outputs.entrySet()) {
                    str(out, e.getKey());
                    out.writeLong(e.getValue());
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

    private static void writePage(DataOutputStream out, Page p) throws IOException {
        str(out, p.slug());
        str(out, p.kind().key());
        str(out, p.title());
        str(out, p.source());
        str(out, p.published().map(OffsetDateTime::toString).orElse(""));
        str(out, p.date().map(LocalDate::toString).orElse(""));
        str(out, p.dateSource().map(DateSource::key).orElse(""));
        str(out, p.relativeTime());
        list(out, p.authors());
        str(out, p.location());
        str(out, p.imageCaption());
        str(out, p.imageCredit());
        list(out, p.topics());
        list(out, p.tags());
        str(out, p.copyright());
        str(out, p.summary());
        out.writeInt(p.related().size());
        for (RelatedItem r : p.related()) {
            str(out, r.title());
            str(out, r.source());
            str(out, r.relativeTime());
            str(out, r.summary());
            str(out, r.slug());
        }
        str(out, p.seed());
        str(out, p.body());
        str(out, p.origin().file().toString());
        out.writeInt(p.origin().bodyLine());
    }

    private static Page readPage(DataInputStream in) throws IOException {
        String slug = str(in);
        PageKind kind = PageKind.valueOf(str(in).toUpperCase(java.util.Locale.ROOT));
        String title = str(in);
        String source = str(in);
        String published = str(in);
        String date = str(in);
        String dateSource = str(in);
        String relativeTime = str(in);
        List<String> authors = list(in);
        String location = str(in);
        String caption = str(in);
        String credit = str(in);
        List<String> topics = list(in);
        List<String> tags = list(in);
        String copyright = str(in);
        String summary = str(in);
        int n = in.readInt();
        List<RelatedItem> related = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            related.add(new RelatedItem(str(in), str(in), str(in), str(in), str(in)));
        }
        String seed = str(in);
        String body = str(in);
        Origin origin = new Origin(Path.of(str(in)), in.readInt());
        return Page.builder(slug, title, origin).kind(kind).source(source)
                .published(published.isEmpty() ? null : OffsetDateTime.parse(published))
                .date(date.isEmpty() ? null : LocalDate.parse(date), dateSource.isEmpty() ? null : DateSource.fromKey(dateSource))
                .relativeTime(relativeTime).authors(authors).location(location).imageCaption(caption).imageCredit(credit)
                .topics(topics).tags(tags).copyright(copyright).summary(summary).related(related).seed(seed).body(body)
                .build();
    }

    private static void list(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            str(out, v);
        }
    }

    private static List<String> list(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(str(in));
        }
        return values;
    }

    /** Strings of any length (writeUTF stops at 64 KB, and a body can be longer). */
    private static void str(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String str(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
