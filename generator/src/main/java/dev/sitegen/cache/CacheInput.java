package dev.sitegen.cache;

import dev.sitegen.model.DateSource;
import dev.sitegen.model.Origin;
import dev.sitegen.model.Page;
import dev.sitegen.model.PageKind;
import dev.sitegen.model.RelatedItem;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the values {@link CacheOutput} wrote, from the bytes of a whole file or journal entry.
 * Decoding a cache is most of the work of a rebuild after one edit, in a JVM that has just
 * started: so the bytes are read from an array rather than through streams, and a short string
 * seen before (names of terms, authors, sources recur across thousands of pages) is a number
 * that indexes the strings read so far, shared rather than decoded and held once per page.
 */
final class CacheInput {

    /** Strings up to this length are written once and referred to after. */
    static final int SHARED_MAX = 64;

    private final byte[] bytes;
    private int pos;
    private final List<String> seen = new ArrayList<>();

    CacheInput(byte[] bytes) {
        this(bytes, 0);
    }

    CacheInput(byte[] bytes, int pos) {
        this.bytes = bytes;
        this.pos = pos;
    }

    /** Whether every byte has been read. */
    boolean atEnd() {
        return pos == bytes.length;
    }

    int readInt() throws IOException {
        need(4);
        int p = pos;
        pos += 4;
        return (bytes[p] & 0xff) << 24 | (bytes[p + 1] & 0xff) << 16 | (bytes[p + 2] & 0xff) << 8 | bytes[p + 3] & 0xff;
    }

    long readLong() throws IOException {
        return (long) readInt() << 32 | readInt() & 0xffffffffL;
    }

    /**
     * A number of items to read, each written in at least {@code bytesEach} bytes. A count the
     * rest of the data cannot hold is damage: rejected, rather than allocating for it.
     */
    int count(int bytesEach) throws IOException {
        int n = readInt();
        if (n < 0 || (long) n * bytesEach > bytes.length - pos) {
            throw new IOException("cache data counts " + n + " items where " + (bytes.length - pos) + " bytes are left");
        }
        return n;
    }

    boolean readBoolean() throws IOException {
        need(1);
        return bytes[pos++] != 0;
    }

    private void need(int n) throws IOException {
        if (n < 0 || bytes.length - pos < n) {
            throw new EOFException("cache data ends early");
        }
    }

    BuildCache.SeedEntry entry() throws IOException {
        FileStamp stamp = new FileStamp(readLong(), readLong(), readLong(), readLong());
        long hash = readLong();
        long context = readLong();
        Optional<String> warning = readBoolean() ? Optional.of(str()) : Optional.empty();
        int n = count(4);
        List<Page> pages = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            pages.add(page());
        }
        return new BuildCache.SeedEntry(stamp, hash, context, pages, warning);
    }

    Page page() throws IOException {
        String slug = str();
        PageKind kind = PageKind.valueOf(str().toUpperCase(Locale.ROOT));
        String title = str();
        String source = str();
        OffsetDateTime published = readBoolean()
                ? OffsetDateTime.ofInstant(Instant.ofEpochSecond(readLong(), readInt()), ZoneOffset.ofTotalSeconds(readInt()))
                : null;
        LocalDate date = readBoolean() ? LocalDate.ofEpochDay(readLong()) : null;
        String dateSource = str();
        String relativeTime = str();
        List<String> authors = list();
        String location = str();
        String caption = str();
        String credit = str();
        List<String> topics = list();
        List<String> tags = list();
        String copyright = str();
        String summary = str();
        int n = count(20);
        List<RelatedItem> related = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            related.add(new RelatedItem(str(), str(), str(), str(), str()));
        }
        String seed = str();
        String body = str();
        Path file = Path.of(str());
        int bodyLine = readInt();
        String bodyFile = str();
        long sourceHash = readLong();
        Origin origin = new Origin(file, bodyLine, bodyFile.isEmpty() ? Optional.empty() : Optional.of(Path.of(bodyFile)), sourceHash);
        return Page.builder(slug, title, origin).kind(kind).source(source)
                .published(published)
                .date(date, dateSource.isEmpty() ? null : DateSource.fromKey(dateSource))
                .relativeTime(relativeTime).authors(authors).location(location).imageCaption(caption).imageCredit(credit)
                .topics(topics).tags(tags).copyright(copyright).summary(summary).related(related).seed(seed).body(body)
                .build();
    }

    List<String> list() throws IOException {
        int n = count(4);
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(str());
        }
        return values;
    }

    /** A string {@link CacheOutput#str} wrote: the one it refers to, when it was seen before. */
    String str() throws IOException {
        int n = readInt();
        if (n < 0) {
            int index = -n - 1;
            if (index >= seen.size()) {
                throw new IOException("cache data refers to a string not yet read");
            }
            return seen.get(index);
        }
        String s = text(n);
        if (s.length() <= SHARED_MAX) {
            seen.add(s);
        }
        return s;
    }

    /** A string {@link CacheOutput#unshared} wrote, such as a file name: seen once. */
    String unshared() throws IOException {
        return text(readInt());
    }

    private String text(int length) throws IOException {
        need(length);
        String s = new String(bytes, pos, length, StandardCharsets.UTF_8);
        pos += length;
        return s;
    }

    int[] ints() throws IOException {
        int n = count(4);
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = readInt();
        }
        return values;
    }
}
