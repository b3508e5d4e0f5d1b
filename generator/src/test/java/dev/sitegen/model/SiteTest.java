package dev.sitegen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteTest {

    private static List<Page> pages(int n) {
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pages.add(Page.builder("p" + i, "Page " + i, new Origin(Path.of("seeds/p" + i + ".md"), 1)).build());
        }
        return pages;
    }

    /** Even pages under one term, odd under another; each page related to the next two. */
    private static Site site(List<Page> pages) {
        List<Page> even = new ArrayList<>();
        List<Page> odd = new ArrayList<>();
        Map<String, List<Page>> related = new java.util.HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            (i % 2 == 0 ? even : odd).add(pages.get(i));
            related.put("p" + i, List.of(pages.get((i + 1) % pages.size()), pages.get((i + 2) % pages.size())));
        }
        Taxonomy tags = new Taxonomy("tags", "Tags", "Tag",
                List.of(new Term("even", "Even", even), new Term("odd", "Odd", odd), new Term("none", "None", List.of())));
        return new Site(pages, List.of(tags), related, Map.of("p0", List.of(pages.get(1))));
    }

    @Test
    void replacingSwapsAPageWhereverItIsListedAndSharesUntouchedLists() {
        // A few pages are compared in turn, many looked up in the map: both ways must agree.
        for (List<Integer> replaced : List.of(List.of(3), List.of(3, 8), List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))) {
            List<Page> pages = pages(20);
            Site site = site(pages);
            Map<Page, Page> versions = new IdentityHashMap<>();
            for (int i : replaced) {
                versions.put(pages.get(i), pages.get(i).toBuilder().body("new body").build());
            }
            List<Page> expected = pages.stream().map(p -> versions.getOrDefault(p, p)).toList();
            Site next = site.replacing(versions);
            assertEquals(site(expected), next, replaced + " replaced");
            for (int i = 0; i < 20; i++) {
                assertSame(expected.get(i), next.pages().get(i));
                for (Page listed : next.related().get("p" + i)) {
                    assertSame(expected.get(Integer.parseInt(listed.slug().substring(1))), listed);
                }
            }
            assertSame(site.related().get("p15"), next.related().get("p15"), "a list without a replaced page is kept");
            assertSame(site.taxonomies().get(0).terms().get(2), next.taxonomies().get(0).terms().get(2), "so is a term");
        }
    }

    @Test
    void replacingMatchesByIdentityWhateverTheMap() {
        for (int n : new int[] {1, 9}) {
            List<Page> pages = pages(20);
            Site site = site(pages);
            Map<Page, Page> versions = new java.util.HashMap<>();
            for (int i = 0; i < n; i++) {
                // An equal copy of the page, not the page the site holds.
                versions.put(pages.get(i).toBuilder().build(), pages.get(i).toBuilder().body("new").build());
            }
            assertEquals(site, site.replacing(versions), n + " equal copies");
            assertSame(pages.get(0), site.replacing(versions).pages().get(0));
        }
    }

    @Test
    void replacingNothingIsTheSameSite() {
        Site site = site(pages(5));
        assertSame(site, site.replacing(new IdentityHashMap<>()));
    }
}
