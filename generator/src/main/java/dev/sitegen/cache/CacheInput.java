package dev.sitegen.cache;

import dev.sitegen.model.DateSource;
import dev.sitegen.model.Origin;
import dev.sitegen.model.Page;
import dev.sitegen.model.PageKind;
import dev.sitegen.model.RelatedItem;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the values {@link CacheOutput} wrote. Short strings (names of terms, authors, sources)
 * recur across thousands of pages and are shared rather than held once per page.
 */
final class CacheInput {

    private static final int SHARED_MAX = 64;

    private final DataInputStream in;
    private final Map<String, String> shared;

    CacheInput(DataInputStream in) {
        this.in = in;
        this.shared = new HashMap<>();
    }

    /** Reads another stream of the same cache, sharing strings with {@code other}. */
    CacheInput(DataInputStream in, CacheInput other) {
        this.in = in;
        this.shared = other.shared;
    }

    DataInputStream data() {
        return in;
    }

    BuildCache.SeedEntry entry() throws IOException {
        FileStamp stamp = new FileStamp(in.readLong(), in.readLong(), in.readLong(), in.readLong());
        long hash = in.readLong();
        long context = in.readLong();
        Optional<String> warning = in.readBoolean() ? Optional.of(str()) : Optional.empty();
        int n = in.readInt();
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
        OffsetDateTime published = in.readBoolean()
                ? OffsetDateTime.ofInstant(Instant.ofEpochSecond(in.readLong(), in.readInt()), ZoneOffset.ofTotalSeconds(in.readInt()))
                : null;
        LocalDate date = in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
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
        int n = in.readInt();
        List<RelatedItem> related = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            related.add(new RelatedItem(str(), str(), str(), str(), str()));
        }
        String seed = str();
        String body = str();
        Path file = Path.of(str());
        int bodyLine = in.readInt();
        String bodyFile = str();
        long sourceHash = in.readLong();
        Origin origin = new Origin(file, bodyLine, bodyFile.isEmpty() ? Optional.empty() : Optional.of(Path.of(bodyFile)), sourceHash);
        return Page.builder(slug, title, origin).kind(kind).source(source)
                .published(published)
                .date(date, dateSource.isEmpty() ? null : DateSource.fromKey(dateSource))
                .relativeTime(relativeTime).authors(authors).location(location).imageCaption(caption).imageCredit(credit)
                .topics(topics).tags(tags).copyright(copyright).summary(summary).related(related).seed(seed).body(body)
                .build();
    }

    List<String> list() throws IOException {
        int n = in.readInt();
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(str());
        }
        return values;
    }

    String str() throws IOException {
        String s = unshared();
        return s.length() <= SHARED_MAX ? shared.computeIfAbsent(s, k -> k) : s;
    }

    /** A string seen once, such as a file name. */
    String unshared() throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    List<Integer> ints() throws IOException {
        int n = in.readInt();
        List<Integer> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(in.readInt());
        }
        return values;
    }
}
