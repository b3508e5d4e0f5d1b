package dev.sitegen.markdown;

import dev.sitegen.model.Page;
import dev.sitegen.model.RelatedItem;
import java.util.List;

/**
 * Writes a {@link Page} as a page model: the Markdown twin published beside each article, and what
 * {@link PageModelReader} reads back to the same page. Keys in schema order; empty values left out.
 * Every text value is a double-quoted YAML string, so no title can turn into a number, a date, a
 * boolean or a comment; the writer is hand-made because it runs once per page and a general YAML
 * dumper costs more than the page's Markdown rendering.
 */
public final class PageModelWriter {

    public String write(Page page) {
        StringBuilder y = new StringBuilder(512 + page.body().length());
        y.append("---\n");
        text(y, "title", page.title());
        text(y, "slug", page.slug());
        text(y, "kind", page.kind().key());
        text(y, "source", page.source());
        page.published().ifPresent(p -> text(y, "published", p.toString()));
        page.date().ifPresent(d -> text(y, "date", d.toString()));
        page.dateSource().ifPresent(s -> text(y, "date_source", s.key()));
        text(y, "relative_time", page.relativeTime());
        list(y, "authors", page.authors());
        text(y, "location", page.location());
        text(y, "image_caption", page.imageCaption());
        text(y, "image_credit", page.imageCredit());
        list(y, "topics", page.topics());
        list(y, "tags", page.tags());
        text(y, "copyright", page.copyright());
        text(y, "summary", page.summary());
        if (!page.related().isEmpty()) {
            y.append("related:\n");
            for (RelatedItem r : page.related()) {
                y.append("  - title: ");
                quote(y, r.title());
                y.append('\n');
                item(y, "source", r.source());
                item(y, "relative_time", r.relativeTime());
                item(y, "summary", r.summary());
                item(y, "slug", r.slug());
            }
        }
        text(y, "seed", page.seed());
        y.append("---\n");
        String body = page.body();
        if (!body.isEmpty() && !body.startsWith("\n")) {
            y.append('\n');
        }
        return y.append(body).toString();
    }

    private static void text(StringBuilder y, String key, String value) {
        if (!value.isEmpty()) {
            y.append(key).append(": ");
            quote(y, value);
            y.append('\n');
        }
    }

    private static void item(StringBuilder y, String key, String value) {
        if (!value.isEmpty()) {
            y.append("    ").append(key).append(": ");
            quote(y, value);
            y.append('\n');
        }
    }

    private static void list(StringBuilder y, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        y.append(key).append(":\n");
        for (String v : values) {
            y.append("  - ");
            quote(y, v);
            y.append('\n');
        }
    }

    /** A YAML double-quoted scalar; characters YAML does not allow raw are escaped. */
    static void quote(StringBuilder y, String s) {
        y.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> y.append("\\\"");
                case '\\' -> y.append("\\\\");
                case '\n' -> y.append("\\n");
                case '\t' -> y.append("\\t");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                            || c == '\uFFFE' || c == '\uFFFF') {
                        y.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        y.append(c);
                    }
                }
            }
        }
        y.append('"');
    }
}
