package dev.sitegen.taxonomy;

import dev.sitegen.config.TaxonomySettings;
import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.SourcePosition;
import dev.sitegen.model.Page;
import dev.sitegen.model.PageKind;
import dev.sitegen.model.RelatedItem;
import dev.sitegen.model.Site;
import dev.sitegen.model.Slugs;
import dev.sitegen.model.Taxonomy;
import dev.sitegen.model.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Resolves every page's topics and tags (front matter first, the {@link AutoTagger} where front
 * matter gives none), then groups pages into taxonomies and finds related articles.
 */
public final class SiteIndexer {

    /** Newest first; undated pages last; ties broken by title then slug, so order never varies. */
    public static final Comparator<Page> NEWEST_FIRST = Comparator
            .comparing((Page p) -> p.date().orElse(null), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(p -> p.published().map(o -> o.toInstant()).orElse(null),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Page::title).thenComparing(Page::slug);


    private final TaxonomySettings settings;
    private final TermNormalizer normalizer;
    private final AutoTagger tagger;
    /** Slugs by name, for tags and topics and for sources and authors: a site repeats few names many times, and slugging is regex work. */
    private final Map<String, String> termSlugs = new HashMap<>();
    private final Map<String, String> nameSlugs = new HashMap<>();
    private final Map<String, String> displayNames = new HashMap<>();
    private final Map<String, Boolean> stopTags = new HashMap<>();

    public SiteIndexer(TaxonomySettings settings) {
        this.settings = settings;
        this.normalizer = new TermNormalizer(settings);
        this.tagger = new AutoTagger(settings);
    }

    /** The site and any warnings met on the way (terms merged under one URL, empty terms dropped). */
    public record Indexed(Site site, List<Diagnostic> warnings) {
        public Indexed {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * @param pages      pages with unique slugs (see {@link PageMerger})
     * @param paragraphs a page's body as plain paragraphs, for the automatic tagger
     */
    public Indexed index(List<Page> pages, Function<Page, List<String>> paragraphs) {
        List<Diagnostic> warnings = new ArrayList<>();
        List<Page> tagged = assignTerms(pages, paragraphs, warnings);
        List<Page> sorted = new ArrayList<>(tagged);
        sorted.sort(NEWEST_FIRST);

        List<Taxonomy> taxonomies = List.of(
                group("topics", "Topics", "Topic", sorted, Page::topics, warnings),
                group("tags", "Tags", "Tag", sorted, Page::tags, warnings),
                group("sources", "Sources", "Source", sorted, p -> p.source().isEmpty() ? List.of() : List.of(p.source()), warnings),
                group("authors", "Authors", "Author", sorted, Page::authors, warnings));
        return new Indexed(new Site(sorted, taxonomies, RelatedPages.find(sorted, taxonomies), mentionedIn(sorted)), warnings);
    }

    private List<Page> assignTerms(List<Page> pages, Function<Page, List<String>> paragraphs, List<Diagnostic> warnings) {
        List<ArticleText> needTerms = new ArrayList<>();
        if (settings.autoTags()) {
            for (Page p : pages) {
                if (p.tags().isEmpty() || p.topics().isEmpty()) {
                    needTerms.add(new ArticleText(p.slug(), p.title(), paragraphs.apply(p)));
                }
            }
        }
        Map<String, ArticleTerms> auto = needTerms.isEmpty() ? Map.of() : tagger.tag(needTerms);
        List<Page> out = new ArrayList<>(pages.size());
        for (Page p : pages) {
            ArticleTerms terms = auto.get(p.slug());
            List<String> topics = p.topics();
            List<String> tags = p.tags();
            if (terms != null && topics.isEmpty()) {
                topics = terms.topics().stream().map(TermAssignment::name).toList();
            }
            if (terms != null && tags.isEmpty()) {
                tags = terms.tags().stream().map(TermAssignment::name).toList();
            }
            out.add(p.toBuilder().topics(normalize(topics, p, warnings)).tags(normalize(tags, p, warnings)).build());
        }
        return out;
    }

    /** Display names, one per slug, stop tags removed, in the order given. */
    private List<String> normalize(List<String> names, Page page, List<Diagnostic> warnings) {
        Map<String, String> bySlug = new LinkedHashMap<>();
        for (String raw : names) {
            String slug = termSlug(raw);
            if (slug.isEmpty()) {
                warnings.add(Diagnostic.warning(SourcePosition.of(page.origin().file()),
                        "term '" + raw + "' has no letters or digits to make a URL from; left out"));
                continue;
            }
            if (!stopTags.computeIfAbsent(raw, normalizer::isStopTag)) {
                bySlug.putIfAbsent(slug, displayNames.computeIfAbsent(raw, normalizer::displayName));
            }
        }
        return List.copyOf(bySlug.values());
    }

    private String termSlug(String name) {
        return termSlugs.computeIfAbsent(name, normalizer::slug);
    }

    private Taxonomy group(String key, String title, String singular, List<Page> sorted,
                           Function<Page, List<String>> names, List<Diagnostic> warnings) {
        boolean normalized = key.equals("topics") || key.equals("tags");
        Map<String, List<Page>> pagesBySlug = new TreeMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (Page p : sorted) {
            for (String name : names.apply(p)) {
                String slug = normalized ? termSlug(name) : nameSlugs.computeIfAbsent(name, Slugs::slugify);
                if (slug.isEmpty()) {
                    continue;
                }
                List<Page> list = pagesBySlug.computeIfAbsent(slug, s -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != p) {
                    list.add(p);
                }
                spellings.computeIfAbsent(slug, s -> new TreeMap<>()).merge(name, 1, Integer::sum);
            }
        }
        List<Term> terms = new ArrayList<>();
        for (Map.Entry<String, List<Page>> e : pagesBySlug.entrySet()) {
            Map<String, Integer> names2 = spellings.get(e.getKey());
            // The most used spelling names the term; ties go to the first in sort order.
            String name = names2.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            if (names2.size() > 1 && !normalized) {
                warnings.add(Diagnostic.warning(null, title.toLowerCase(java.util.Locale.ROOT) + " "
                        + String.join(", ", names2.keySet().stream().map(s -> "'" + s + "'").toList())
                        + " share the URL /" + key + "/" + e.getKey() + "/; listed together as '" + name + "'"));
            }
            terms.add(new Term(e.getKey(), name, e.getValue()));
        }
        terms.sort(Comparator.comparing((Term t) -> t.name().toLowerCase(java.util.Locale.ROOT)).thenComparing(Term::slug));
        return new Taxonomy(key, title, singular, terms);
    }

    private static Map<String, List<Page>> mentionedIn(List<Page> sorted) {
        Map<String, Set<Page>> out = new HashMap<>();
        for (Page p : sorted) {
            for (RelatedItem r : p.related()) {
                if (!r.slug().isEmpty() && !r.slug().equals(p.slug())) {
                    out.computeIfAbsent(r.slug(), k -> new LinkedHashSet<>()).add(p);
                }
            }
        }
        Map<String, List<Page>> result = new HashMap<>();
        out.forEach((k, v) -> result.put(k, List.copyOf(v)));
        return result;
    }
}
