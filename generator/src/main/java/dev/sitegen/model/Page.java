package dev.sitegen.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page model: the front matter of DESIGN.md plus a Markdown body. Extraction produces it from a
 * dump, a user writes it by hand; rendering reads nothing else. Optional text fields are empty
 * strings, never null, so templates need no null checks.
 *
 * @param origin    the input file and the line the body starts on, for error messages
 * @param published the time the text states, if it states one
 * @param date      the best known date for ordering, if any
 */
public record Page(
        String slug,
        PageKind kind,
        String title,
        String source,
        Optional<OffsetDateTime> published,
        Optional<LocalDate> date,
        Optional<DateSource> dateSource,
        String relativeTime,
        List<String> authors,
        String location,
        String imageCaption,
        String imageCredit,
        List<String> topics,
        List<String> tags,
        String copyright,
        String summary,
        List<RelatedItem> related,
        String seed,
        String body,
        Origin origin) {

    public Page {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dateSource, "dateSource");
        Objects.requireNonNull(origin, "origin");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("slug must not be empty");
        }
        source = text(source);
        relativeTime = text(relativeTime);
        location = text(location);
        imageCaption = text(imageCaption);
        imageCredit = text(imageCredit);
        copyright = text(copyright);
        summary = text(summary);
        seed = text(seed);
        body = text(body);
        authors = List.copyOf(authors);
        topics = List.copyOf(topics);
        tags = List.copyOf(tags);
        related = List.copyOf(related);
    }

    public static Builder builder(String slug, String title, Origin origin) {
        return new Builder(slug, title, origin);
    }

    public Builder toBuilder() {
        return new Builder(slug, title, origin).kind(kind).source(source).published(published.orElse(null))
                .date(date.orElse(null), dateSource.orElse(null)).relativeTime(relativeTime).authors(authors)
                .location(location).imageCaption(imageCaption).imageCredit(imageCredit).topics(topics)
                .tags(tags).copyright(copyright).summary(summary).related(related).seed(seed).body(body);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** Optional knobs of a page, named; {@link #build()} validates through the record constructor. */
    public static final class Builder {
        private String slug;
        private String title;
        private Origin origin;
        private PageKind kind = PageKind.ARTICLE;
        private String source = "";
        private OffsetDateTime published;
        private LocalDate date;
        private DateSource dateSource;
        private String relativeTime = "";
        private List<String> authors = List.of();
        private String location = "";
        private String imageCaption = "";
        private String imageCredit = "";
        private List<String> topics = List.of();
        private List<String> tags = List.of();
        private String copyright = "";
        private String summary = "";
        private List<RelatedItem> related = List.of();
        private String seed = "";
        private String body = "";

        private Builder(String slug, String title, Origin origin) {
            this.slug = slug;
            this.title = title;
            this.origin = origin;
        }

        public Builder slug(String v) { slug = v; return this; }
        public Builder origin(Origin v) { origin = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder kind(PageKind v) { kind = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder published(OffsetDateTime v) { published = v; return this; }
        public Builder date(LocalDate v, DateSource from) { date = v; dateSource = v == null ? null : from; return this; }
        public Builder relativeTime(String v) { relativeTime = v; return this; }
        public Builder authors(List<String> v) { authors = v; return this; }
        public Builder location(String v) { location = v; return this; }
        public Builder imageCaption(String v) { imageCaption = v; return this; }
        public Builder imageCredit(String v) { imageCredit = v; return this; }
        public Builder topics(List<String> v) { topics = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder copyright(String v) { copyright = v; return this; }
        public Builder summary(String v) { summary = v; return this; }
        public Builder related(List<RelatedItem> v) { related = v; return this; }
        public Builder seed(String v) { seed = v; return this; }
        public Builder body(String v) { body = v; return this; }

        public Page build() {
            return new Page(slug, kind, title, source, Optional.ofNullable(published), Optional.ofNullable(date),
                    Optional.ofNullable(dateSource), relativeTime, authors, location, imageCaption, imageCredit,
                    topics, tags, copyright, summary, related, seed, body, origin);
        }
    }
}
