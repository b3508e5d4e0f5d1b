package dev.sitegen.taxonomy;

import dev.sitegen.config.TaxonomySettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prints what the tagger chooses for test resources, for reviewing evidence by hand (not a test). */
final class TagDump {

    public static void main(String[] args) {
        TaxonomySettings settings = new TaxonomySettings(2, args.length > 0 ? Integer.parseInt(args[0]) : 15, true,
                Map.of(), Map.of(), java.util.Set.of());
        List<ArticleText> articles = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            articles.add(TestCorpus.read(args[i]).article());
        }
        if (articles.isEmpty()) {
            articles.add(TestCorpus.read("seed-000-us-china-london.txt").article());
        }
        boolean verbose = Boolean.getBoolean("verbose");
        if (Boolean.getBoolean("topics")) {
            WordLists words = WordLists.load();
            TermNormalizer normalizer = new TermNormalizer(settings, words);
            TopicScorer scorer = new TopicScorer(words, settings.customTopics(), normalizer);
            for (ArticleText a : articles) {
                AnalyzedText text = new Tokenizer(words).analyze(a);
                List<EntityGroup> groups = new SurnameMerger(normalizer, words.inflector()).merge(new EntityFinder(words).find(text));
                System.out.println("## " + a.key());
                for (TermAssignment t : scorer.all(text, groups)) {
                    System.out.println("   " + t.name() + " " + t.score() + (verbose ? " " + t.evidence() : ""));
                }
            }
        }
        new AutoTagger(settings).tag(articles).forEach((key, terms) -> {
            System.out.println("== " + key);
            for (TermAssignment t : terms.topics()) {
                System.out.println("  TOPIC " + t.name() + " " + t.score() + (verbose ? " " + t.evidence() : ""));
            }
            for (TermAssignment t : terms.tags()) {
                System.out.println("  TAG " + t.name() + " [" + t.slug() + "] " + t.score() + (verbose ? " " + t.evidence() : ""));
            }
        });
    }
}
