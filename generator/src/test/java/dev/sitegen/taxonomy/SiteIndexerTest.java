package dev.sitegen.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.config.TaxonomySettings;
import dev.sitegen.model.DateSource;
import dev.sitegen.model.Origin;
import dev.sitegen.model.Page;
import dev.sitegen.model.PageKind;
import dev.sitegen.model.RelatedItem;
import dev.sitegen.model.Site;
import dev.sitegen.model.Term;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Terms come from front matter only here: the automatic tagger is switched off and tested on its own. */
class SiteIndexerTest {

    private static final TaxonomySettings NO_AUTO_TAGS = new TaxonomySettings(2, 8, false, Map.of(), Map.of(), Set.of());

    private static Page.Builder page(String slug) {
        return Page.builder(slug, "Title " + slug, new Origin(Path.of("seeds/" + slug + ".md"), 1));
    }

    private static Page dated(String slug, int day, String... tags) {
        return page(slug).date(LocalDate.of(2025, 6, day), DateSource.FRONT_MATTER).tags(List.of(tags)).build();
    }

    private static SiteIndexer.Indexed index(List<Page> pages) {
        return new SiteIndexer(NO_AUTO_TAGS).index(pages, p -> List.of());
    }

    private static Site site(Page... pages) {
        return index(List.of(pages)).site();
    }

    private static List<String> slugs(List<Page> pages) {
        return pages.stream().map(Page::slug).toList();
    }

    private static Term term(Site site, String taxonomy, String slug) {
        return site.taxonomy(taxonomy).terms().stream().filter(t -> t.slug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void listsPagesNewestFirstWithUndatedLast() {
        Site site = site(page("undated").build(), dated("old", 1), dated("new", 9), dated("mid", 5));
        assertEquals(List.of("new", "mid", "old", "undated"), slugs(site.pages()));
    }

    @Test
    void sameDayPagesAreOrderedByTitle() {
        Page b = page("p1").title("Bravo").date(LocalDate.of(2025, 6, 9), DateSource.FRONT_MATTER).build();
        Page a = page("p2").title("Alpha").date(LocalDate.of(2025, 6, 9), DateSource.FRONT_MATTER).build();
        assertEquals(List.of("p2", "p1"), slugs(site(b, a).pages()));
    }

    @Test
    void sameDayPagesWithPublishedTimeAreOrderedNewestFirst() {
        Page morning = page("morning").title("A").date(LocalDate.of(2025, 6, 9), DateSource.PUBLISHED)
                .published(OffsetDateTime.parse("2025-06-09T08:00:00+00:00")).build();
        Page evening = page("evening").title("B").date(LocalDate.of(2025, 6, 9), DateSource.PUBLISHED)
                .published(OffsetDateTime.parse("2025-06-09T20:00:00+00:00")).build();
        assertEquals(List.of("evening", "morning"), slugs(site(morning, evening).pages()));
    }

    @Test
    void orderDoesNotDependOnInputOrder() {
        List<Page> pages = new ArrayList<>(List.of(dated("a", 3, "x"), dated("b", 3, "x"), page("c").build(),
                page("d").build(), dated("e", 4, "x")));
        List<String> first = slugs(index(pages).site().pages());
        Collections.reverse(pages);
        assertEquals(first, slugs(index(pages).site().pages()));
    }

    @Test
    void frontMatterTagsAreDedupedBySlug() {
        Site site = site(page("a").tags(List.of("Trade", "trade", " Trade ", "Ports")).build());
        assertEquals(2, site.pages().get(0).tags().size(), site.pages().get(0).tags().toString());
        assertEquals(List.of("ports", "trade"), site.taxonomy("tags").terms().stream().map(Term::slug).sorted().toList());
    }

    @Test
    void termWithoutLettersOrDigitsIsLeftOutWithWarning() {
        SiteIndexer.Indexed indexed = index(List.of(page("a").tags(List.of("!!!", "Ports")).build()));
        assertEquals(List.of("ports"), indexed.site().taxonomy("tags").terms().stream().map(Term::slug).toList());
        assertEquals(1, indexed.warnings().size());
        assertEquals("seeds/a.md", indexed.warnings().get(0).position().toString());
    }

    @Test
    void taxonomiesAreTopicsTagsSourcesAuthors() {
        Site site = site(page("a").build());
        assertEquals(List.of("topics", "tags", "sources", "authors"),
                site.taxonomies().stream().map(t -> t.key()).toList());
    }

    @Test
    void termPageListsItsPagesNewestFirst() {
        Site site = site(dated("old", 1, "Ports"), dated("new", 9, "Ports"), dated("other", 5, "Storms"),
                dated("mid", 5, "Ports"));
        assertEquals(List.of("new", "mid", "old"), slugs(term(site, "tags", "ports").pages()));
    }

    @Test
    void termsAreSortedByName() {
        Site site = site(dated("a", 1, "zebra", "Apple", "mango"));
        assertEquals(List.of("Apple", "mango", "zebra"),
                site.taxonomy("tags").terms().stream().map(Term::name).toList());
    }

    @Test
    void sourcesAndAuthorsBecomeTerms() {
        Site site = site(page("a").source("Coast Times").authors(List.of("Ana Silva", "Tom Lee")).build());
        assertEquals(List.of("a"), slugs(term(site, "sources", "coast-times").pages()));
        assertEquals(List.of("a"), slugs(term(site, "authors", "tom-lee").pages()));
    }

    @Test
    void relatedArticlesShareTheMostTags() {
        Site site = site(dated("a", 1, "ports", "storms"), dated("b", 2, "ports", "storms"), dated("c", 3, "ports"),
                dated("d", 4, "elections"), dated("e", 5, "elections", "storms"));
        assertEquals(List.of("b", "e", "c"), slugs(site.related().get("a")));
    }

    @Test
    void relatedTiesGoToTheNewerArticle() {
        Site site = site(dated("a", 5, "ports"), dated("older", 1, "ports"), dated("newer", 9, "ports"),
                dated("same-day", 5, "ports"));
        assertEquals(List.of("newer", "same-day", "older"), slugs(site.related().get("a")));
    }

    @Test
    void relatedListsAtMostFour() {
        List<Page> pages = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            pages.add(dated("p" + i, i, "ports"));
        }
        Site site = index(pages).site();
        assertEquals(List.of("p7", "p6", "p5", "p4"), slugs(site.related().get("p1")));
    }

    @Test
    void articleSharingNoTagHasNoRelated() {
        Site site = site(dated("a", 1, "ports"), dated("b", 2, "storms"));
        assertFalse(site.related().containsKey("a"));
    }

    @Test
    void mentionedInListsTheArticlesWhoseCoverageLinksToAPage() {
        Page brief = page("strike").kind(PageKind.BRIEF).build();
        RelatedItem toBrief = new RelatedItem("Port strike", "", "", "", "strike");
        Page a = page("a").date(LocalDate.of(2025, 6, 1), DateSource.FRONT_MATTER).related(List.of(toBrief)).build();
        Page b = page("b").date(LocalDate.of(2025, 6, 2), DateSource.FRONT_MATTER).related(List.of(toBrief, toBrief))
                .build();
        Site site = site(a, brief, b);
        assertEquals(List.of("b", "a"), slugs(site.mentionedIn().get("strike")));
    }

    @Test
    void pageIsNotMentionedInItself() {
        Page a = page("a").related(List.of(new RelatedItem("Self", "", "", "", "a"))).build();
        assertTrue(site(a).mentionedIn().isEmpty());
    }
}
