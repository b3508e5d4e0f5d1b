package dev.sitegen.taxonomy;

import dev.sitegen.config.TaxonomySettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chooses topics and tags for articles from their text alone: deterministic, explainable (every
 * assignment lists its evidence), no network and no model. Tags are named entities (people,
 * organisations, places) and key phrases; topics are the editorial set plus the configured keyword
 * topics. The whole list is tagged together so that rare terms can outrank site-wide common ones and
 * a bare surname can be matched to the one person the site names in full.
 *
 * <p>Loads its word lists once; immutable and thread-safe.
 */
public final class AutoTagger {

    private static final String SITE_WIDE = " (site-wide)";

    private final TaxonomySettings settings;
    private final WordLists words;
    private final Tokenizer tokenizer;
    private final EntityFinder entityFinder;
    private final SurnameMerger surnameMerger;
    private final KeyPhraseFinder phraseFinder;
    private final TopicScorer topicScorer;
    private final TagRanker tagRanker;

    public AutoTagger(TaxonomySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.words = WordLists.load();
        TermNormalizer normalizer = new TermNormalizer(settings, words);
        this.tokenizer = new Tokenizer(words);
        this.entityFinder = new EntityFinder(words);
        this.surnameMerger = new SurnameMerger(normalizer, words.inflector());
        this.phraseFinder = new KeyPhraseFinder(words);
        this.topicScorer = new TopicScorer(words, settings.customTopics(), normalizer);
        this.tagRanker = new TagRanker(normalizer);
    }

    private record Analysis(ArticleText article, AnalyzedText text, List<EntityGroup> entities, List<KeyPhrase> phrases) {
    }

    /**
     * Topics and tags for each article, keyed by {@link ArticleText#key()} in input order. All articles
     * are read together for inverse document frequency. When {@code autoTags} is off every article
     * gets {@link ArticleTerms#EMPTY}.
     *
     * @throws IllegalArgumentException if two articles share a key
     */
    public Map<String, ArticleTerms> tag(List<ArticleText> articles) {
        Objects.requireNonNull(articles, "articles");
        Set<String> keys = new HashSet<>();
        for (ArticleText a : articles) {
            if (!keys.add(Objects.requireNonNull(a, "article").key())) {
                throw new IllegalArgumentException("duplicate article key: " + a.key());
            }
        }
        Map<String, ArticleTerms> result = new LinkedHashMap<>();
        if (!settings.autoTags()) {
            articles.forEach(a -> result.put(a.key(), ArticleTerms.EMPTY));
            return Collections.unmodifiableMap(result);
        }
        List<Analysis> analyses = new ArrayList<>(articles.size());
        for (ArticleText article : articles) {
            AnalyzedText text = tokenizer.analyze(article);
            NameRuns runs = NameRuns.scan(text, words);
            analyses.add(new Analysis(article, text, surnameMerger.merge(entityFinder.find(text, runs)),
                    phraseFinder.find(text, runs)));
        }
        analyses = mergeSurnamesAcrossSite(analyses);
        SiteStats site = siteStats(analyses);
        for (Analysis a : analyses) {
            List<TermAssignment> topics = topicScorer.score(a.text(), a.entities(), settings.maxTopics());
            List<TermAssignment> tags = tagRanker.rank(a.text(), a.entities(), a.phrases(), site,
                    topicScorer.definingTerms(topics), settings.maxTags());
            result.put(a.article().key(), new ArticleTerms(topics, tags));
        }
        return Collections.unmodifiableMap(result);
    }

    /** "Trump" in a short brief becomes Donald Trump when exactly one Trump is named in full on the site. */
    private List<Analysis> mergeSurnamesAcrossSite(List<Analysis> analyses) {
        List<EntityGroup> all = new ArrayList<>();
        analyses.forEach(a -> all.addAll(a.entities()));
        Map<String, List<EntityGroup>> people = SurnameMerger.people(all);
        List<Analysis> merged = new ArrayList<>(analyses.size());
        for (Analysis a : analyses) {
            merged.add(new Analysis(a.article(), a.text(), surnameMerger.mergeShortNames(a.entities(), people, SITE_WIDE),
                    a.phrases()));
        }
        return merged;
    }

    private static SiteStats siteStats(List<Analysis> analyses) {
        Map<String, Integer> documentCount = new HashMap<>();
        Map<String, Map<String, Integer>> surfaces = new TreeMap<>();
        for (Analysis a : analyses) {
            Set<String> seen = new HashSet<>();
            a.entities().forEach(g -> seen.add(SiteStats.entityKey(g.name())));
            for (KeyPhrase p : a.phrases()) {
                seen.add(SiteStats.phraseKey(p.key()));
                if (p.listed().isEmpty()) {
                    Map<String, Integer> forms = surfaces.computeIfAbsent(p.key(), k -> new TreeMap<>());
                    p.surfaces().forEach((form, n) -> forms.merge(form, n, Integer::sum));
                }
            }
            seen.forEach(k -> documentCount.merge(k, 1, Integer::sum));
        }
        Map<String, String> names = new HashMap<>();
        surfaces.forEach((key, forms) -> {
            String best = null;
            for (Map.Entry<String, Integer> e : forms.entrySet()) { // TreeMap: ties go to the first spelling
                if (best == null || e.getValue() > forms.get(best)) {
                    best = e.getKey();
                }
            }
            names.put(key, best);
        });
        return new SiteStats(analyses.size(), documentCount, names);
    }
}
