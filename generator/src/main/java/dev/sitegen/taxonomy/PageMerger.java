package dev.sitegen.taxonomy;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.SourcePosition;
import dev.sitegen.model.Page;
import dev.sitegen.model.PageKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every page its own URL. A brief is dropped when an article holds the same story (the
 * article wins, and links to the brief reach it through the shared slug); two briefs of one story
 * become the fuller one; two articles that want one slug are both kept, the later seed getting a
 * numbered slug and a warning. Input order is seed order, so the outcome is deterministic.
 */
public final class PageMerger {

    public record Merged(List<Page> pages, List<Diagnostic> warnings) {
        public Merged {
            pages = List.copyOf(pages);
            warnings = List.copyOf(warnings);
        }
    }

    private static final Comparator<Page> FULLER_BRIEF = Comparator.<Page>comparingInt(p -> p.summary().length())
            .reversed().thenComparing(p -> p.seed());

    private PageMerger() {
    }

    public static Merged merge(List<Page> pages) {
        Map<String, Page> articles = new LinkedHashMap<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (Page p : pages) {
            if (p.kind() != PageKind.ARTICLE) {
                continue;
            }
            String slug = p.slug();
            if (articles.containsKey(slug)) {
                Page first = articles.get(slug);
                int n = 2;
                while (articles.containsKey(slug + "-" + n)) {
                    n++;
                }
                String renamed = slug + "-" + n;
                warnings.add(Diagnostic.warning(SourcePosition.of(p.origin().file()),
                        "'" + p.title() + "' wants the URL /articles/" + slug + "/ that " + first.origin().file()
                                .toString().replace('\\', '/') + " already has; published at /articles/" + renamed + "/"));
                p = p.toBuilder().slug(renamed).build();
            }
            articles.put(p.slug(), p);
        }
        Map<String, Page> briefs = new LinkedHashMap<>();
        for (Page p : pages) {
            if (p.kind() == PageKind.BRIEF && !articles.containsKey(p.slug())) {
                briefs.merge(p.slug(), p, (a, b) -> FULLER_BRIEF.compare(a, b) <= 0 ? a : b);
            }
        }
        List<Page> out = new ArrayList<>(articles.values());
        out.addAll(briefs.values());
        return new Merged(out, warnings);
    }
}
