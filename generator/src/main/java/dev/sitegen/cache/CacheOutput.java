package dev.sitegen.cache;

import dev.sitegen.model.DateSource;
import dev.sitegen.model.Page;
import dev.sitegen.model.RelatedItem;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the values of a cache file or journal entry; {@link CacheInput} reads them back in the
 * same order. A short string written before is written again as its number, negated.
 */
final class CacheOutput {

    private final DataOutputStream out;
    private final Map<String, Integer> seen = new HashMap<>();

    CacheOutput(DataOutputStream out) {
        this.out = out;
    }

    DataOutputStream data() {
        return out;
    }

    void entry(BuildCache.SeedEntry entry) throws IOException {
        out.writeLong(entry.stamp().size());
        out.writeLong(entry.stamp().modified());
        out.writeLong(entry.stamp().identity());
        out.writeLong(entry.stamp().readAt());
        out.writeLong(entry.textHash());
        out.writeLong(entry.context());
        out.writeBoolean(entry.warning().isPresent());
        if (entry.warning().isPresent()) {
            str(entry.warning().get());
        }
        out.writeInt(entry.pages().size());
        for (Page p : entry.pages()) {
            page(p);
        }
    }

    void page(Page p) throws IOException {
        str(p.slug());
        str(p.kind().key());
        str(p.title());
        str(p.source());
        // Dates as numbers: parsing 10,000 date-time strings is a good part of loading a cache cold.
        out.writeBoolean(p.published().isPresent());
        if (p.published().isPresent()) {
            OffsetDateTime t = p.published().get();
            out.writeLong(t.toEpochSecond());
            out.writeInt(t.getNano());
            out.writeInt(t.getOffset().getTotalSeconds());
        }
        out.writeBoolean(p.date().isPresent());
        if (p.date().isPresent()) {
            out.writeLong(p.date().get().toEpochDay());
        }
        str(p.dateSource().map(DateSource::key).orElse(""));
        str(p.relativeTime());
        list(p.authors());
        str(p.location());
        str(p.imageCaption());
        str(p.imageCredit());
        list(p.topics());
        list(p.tags());
        str(p.copyright());
        str(p.summary());
        out.writeInt(p.related().size());
        for (RelatedItem r : p.related()) {
            str(r.title());
            str(r.source());
            str(r.relativeTime());
            str(r.summary());
            str(r.slug());
        }
        str(p.seed());
        str(p.body());
        str(p.origin().file().toString());
        out.writeInt(p.origin().bodyLine());
        str(p.origin().bodyFile().map(Object::toString).orElse(""));
        out.writeLong(p.origin().sourceHash());
    }

    void list(List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            str(v);
        }
    }

    /** A string that may recur: one of up to {@link CacheInput#SHARED_MAX} chars is written in full once. */
    void str(String s) throws IOException {
        if (s.length() <= CacheInput.SHARED_MAX) {
            Integer index = seen.putIfAbsent(s, seen.size());
            if (index != null) {
                out.writeInt(-index - 1);
                return;
            }
        }
        unshared(s);
    }

    /** A string that occurs once, such as a file name; of any length (writeUTF stops at 64 KB). */
    void unshared(String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    void ints(List<Integer> values) throws IOException {
        out.writeInt(values.size());
        for (int v : values) {
            out.writeInt(v);
        }
    }
}
