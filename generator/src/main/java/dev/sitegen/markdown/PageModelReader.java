package dev.sitegen.markdown;

import dev.sitegen.config.YamlMap;
import dev.sitegen.diag.ContentException;
import dev.sitegen.model.DateSource;
import dev.sitegen.model.Origin;
import dev.sitegen.model.Page;
import dev.sitegen.model.PageKind;
import dev.sitegen.model.RelatedItem;
import dev.sitegen.model.Slugs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a page model (YAML front matter + Markdown body, DESIGN.md's schema) into a {@link Page}. */
public final class PageModelReader {

    /** Every front-matter key of the schema; anything else is an error naming its line. */
    public static final Set<String> KEYS = Set.of("title", "slug", "kind", "source", "published", "date",
            "date_source", "relative_time", "authors", "location", "image_caption", "image_credit", "topics", "tags",
            "copyright", "summary", "related", "seed");

    static final Set<String> RELATED_KEYS = Set.of("title", "source", "relative_time", "summary", "slug");

    private PageModelReader() {
    }

    /**
     * @param file the path shown in messages and kept as the page's origin
     * @param text the file's content
     */
    public static Page read(Path file, String text) {
        FrontMatterSplitter.Split split = FrontMatterSplitter.split(TextNormalizer.normalize(text), file);
        YamlMap fm = YamlMap.parse(split.yaml(), file, split.yamlLine() - 1);
        fm.requireKnownKeys(KEYS);

        String title = fm.string("title").filter(t -> !t.isBlank())
                .orElseThrow(() -> new ContentException(fm.position("title"), "front matter needs a 'title'"));
        String slug = fm.string("slug").orElseGet(() -> Slugs.slugify(title));
        if (slug.isEmpty() || !slug.equals(Slugs.slugify(slug))) {
            throw new ContentException(fm.position(fm.has("slug") ? "slug" : "title"),
                    "slug '" + slug + "' must be lower-case letters, digits and hyphens (try '" + Slugs.slugify(slug.isEmpty() ? title : slug) + "')");
        }
        Page.Builder page = Page.builder(slug, title, new Origin(file, split.bodyLine()));
        fm.string("kind").ifPresent(k -> page.kind(kind(fm, k)));
        fm.string("source").ifPresent(page::source);
        fm.string("published").ifPresent(v -> page.published(offsetDateTime(fm, "published", v)));
        fm.string("date").ifPresent(v -> page.date(date(fm, v), dateSource(fm)));
        fm.string("relative_time").ifPresent(page::relativeTime);
        page.authors(fm.stringList("authors"));
        fm.string("location").ifPresent(page::location);
        fm.string("image_caption").ifPresent(page::imageCaption);
        fm.string("image_credit").ifPresent(page::imageCredit);
        page.topics(fm.stringList("topics"));
        page.tags(fm.stringList("tags"));
        fm.string("copyright").ifPresent(page::copyright);
        fm.string("summary").ifPresent(page::summary);
        fm.string("seed").ifPresent(page::seed);
        page.related(related(fm));
        page.body(split.body());
        return page.build();
    }

    /** The Markdown body of a page model, without reading its front matter again. */
    public static String body(Path file, String text) {
        return FrontMatterSplitter.split(TextNormalizer.normalize(text), file).body();
    }

    private static PageKind kind(YamlMap fm, String value) {
        for (PageKind k : PageKind.values()) {
            if (k.key().equals(value)) {
                return k;
            }
        }
        throw new ContentException(fm.position("kind"), "kind '" + value + "' must be 'article' or 'brief'");
    }

    private static OffsetDateTime offsetDateTime(YamlMap fm, String key, String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new ContentException(fm.position(key),
                    key + " '" + value + "' is not an ISO-8601 date-time with offset, such as 2025-06-09T10:42:00+09:00");
        }
    }

    /** {@code date} takes a day or a full date-time; ordering only needs the day. */
    private static LocalDate date(YamlMap fm, String value) {
        try {
            return value.length() <= 10 ? LocalDate.parse(value) : OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new ContentException(fm.position("date"),
                    "date '" + value + "' is not ISO-8601, such as 2025-06-09 or 2025-06-09T10:42:00+09:00");
        }
    }

    private static DateSource dateSource(YamlMap fm) {
        return fm.string("date_source").map(v -> {
            try {
                return DateSource.fromKey(v);
            } catch (IllegalArgumentException e) {
                throw new ContentException(fm.position("date_source"), e.getMessage()
                        + "; one of: published, updated, dateline, caption, capture, front matter");
            }
        }).orElse(DateSource.FRONT_MATTER);
    }

    private static List<RelatedItem> related(YamlMap fm) {
        List<RelatedItem> items = new ArrayList<>();
        for (YamlMap item : fm.mapList("related")) {
            item.requireKnownKeys(RELATED_KEYS);
            String title = item.string("title").filter(t -> !t.isBlank())
                    .orElseThrow(() -> new ContentException(item.position("title"), "a related item needs a 'title'"));
            items.add(new RelatedItem(title, item.string("source").orElse(""), item.string("relative_time").orElse(""),
                    item.string("summary").orElse(""), item.string("slug").orElse("")));
        }
        return items;
    }
}
