package dev.sitegen.extract;

import dev.sitegen.model.JsonText;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes an {@link Extraction} as one pretty-printed JSON object (2-space indent, {@code \n} line
 * ends) with a fixed key order, for {@code site-gen extract} and the golden tests. Absent text is
 * {@code null}, absent lists are {@code []}. Non-ASCII text stays as UTF-8.
 */
public final class ExtractionJson {

    /** ISO-8601 with a numeric offset always printed ("+00:00", never "Z"), seconds included. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private ExtractionJson() {
    }

    public static String toJson(Extraction e) {
        Objects.requireNonNull(e, "e");
        Writer w = new Writer();
        w.open('{');
        w.field("title", text(e.title()));
        w.field("source", text(e.source()));
        w.field("published", e.published().map(ExtractionJson::dateTime).map(ExtractionJson::quote).orElse("null"));
        w.field("relative_time", text(e.relativeTime()));
        w.stringList("authors", e.authors());
        w.field("location", text(e.location()));
        w.field("image_caption", text(e.imageCaption()));
        w.field("image_credit", text(e.imageCredit()));
        w.stringList("subheadings", e.subheadings());
        w.stringList("body", e.body());
        w.field("copyright", text(e.copyright()));
        w.teasers(e.related());
        w.field("valid", Boolean.toString(e.valid()));
        w.field("date", e.date().map(d -> quote(d.toString())).orElse("null"));
        w.last("date_source", e.dateSource().map(s -> quote(s.key())).orElse("null"));
        w.close('}');
        return w.out.append('\n').toString();
    }

    private static String dateTime(OffsetDateTime t) {
        return DATE_TIME.format(t);
    }

    private static String text(String s) {
        return s == null || s.isEmpty() ? "null" : quote(s);
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        JsonText.quote(b, s, false);
        return b.toString();
    }

    /** Appends fields at two-space indentation levels. */
    private static final class Writer {
        private final StringBuilder out = new StringBuilder(4096);
        private int depth;

        void open(char bracket) {
            out.append(bracket).append('\n');
            depth++;
        }

        void close(char bracket) {
            depth--;
            indent();
            out.append(bracket);
        }

        void field(String key, String rawValue) {
            indent();
            out.append(quote(key)).append(": ").append(rawValue).append(",\n");
        }

        void last(String key, String rawValue) {
            indent();
            out.append(quote(key)).append(": ").append(rawValue).append('\n');
        }

        void stringList(String key, List<String> values) {
            indent();
            out.append(quote(key)).append(": ");
            if (values.isEmpty()) {
                out.append("[],\n");
                return;
            }
            out.append("[\n");
            depth++;
            for (int i = 0; i < values.size(); i++) {
                indent();
                out.append(quote(values.get(i))).append(i + 1 < values.size() ? ",\n" : "\n");
            }
            depth--;
            indent();
            out.append("],\n");
        }

        void teasers(List<Teaser> teasers) {
            indent();
            out.append("\"related\": ");
            if (teasers.isEmpty()) {
                out.append("[],\n");
                return;
            }
            out.append("[\n");
            depth++;
            for (int i = 0; i < teasers.size(); i++) {
                Teaser t = teasers.get(i);
                indent();
                out.append("{\n");
                depth++;
                field("title", text(t.title()));
                field("source", text(t.source()));
                field("relative_time", text(t.relativeTime()));
                last("summary", text(t.summary()));
                depth--;
                indent();
                out.append(i + 1 < teasers.size() ? "},\n" : "}\n");
            }
            depth--;
            indent();
            out.append("],\n");
        }

        private void indent() {
            out.append("  ".repeat(depth));
        }
    }
}
