package dev.sitegen.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Scores the editorial topics (topics.txt) and the user's keyword topics for one article. A term
 * adds weight x log2(1 + its section-weighted count), so repetition helps but cannot swamp; World
 * also gains for each further country the article involves. A topic's score is the sum of its
 * {@link #TOP_TERMS} strongest terms. The best topic is kept if it reaches
 * {@link #MIN_SCORE}; others also need {@link #SECOND_SHARE} of the best, so weak evidence gives no
 * topic rather than a wrong one.
 */
final class TopicScorer {

    static final double MIN_SCORE = 3.0;
    static final double SECOND_SHARE = 0.4;
    /** A user's keyword defines the topic by construction: the weight of the strongest editorial terms. */
    static final double CUSTOM_WEIGHT = 3.0;
    static final double DEFINING_WEIGHT = 3.0;
    static final double COUNTRY_BONUS = 1.5;
    static final int MAX_EXTRA_COUNTRIES = 3;
    static final String WORLD = "World";
    static final int TOP_TERMS = 8;

    private record Ref(int rule, int term) {
    }

    private final List<WordLists.TopicRule> rules;
    private final Map<String, List<Ref>> byFoldedWord = new HashMap<>();
    private final Map<String, List<Ref>> byExactWord = new HashMap<>();
    private final Map<String, java.util.Set<String>> defining = new HashMap<>();
    private final WordLists words;
    private final TermNormalizer normalizer;

    TopicScorer(WordLists words, Map<String, List<String>> customTopics, TermNormalizer normalizer) {
        this.words = words;
        this.normalizer = normalizer;
        List<WordLists.TopicRule> all = new ArrayList<>(words.topics());
        customTopics.forEach((name, phrases) -> {
            List<WordLists.TopicTerm> terms = new ArrayList<>();
            for (String phrase : phrases) {
                if (!phrase.isBlank()) {
                    terms.add(WordLists.topicTerm(words.inflector(), phrase, CUSTOM_WEIGHT, true));
                }
            }
            String display = normalizer.displayName(name);
            int same = -1;
            for (int i = 0; i < all.size(); i++) {
                if (Keys.fold(all.get(i).name()).equals(Keys.fold(display))) {
                    same = i;
                }
            }
            if (same >= 0) { // a custom rule for an editorial topic extends its list
                List<WordLists.TopicTerm> merged = new ArrayList<>(all.get(same).terms());
                merged.addAll(terms);
                all.set(same, new WordLists.TopicRule(all.get(same).name(), true, merged));
            } else {
                all.add(new WordLists.TopicRule(display, true, terms));
            }
        });
        this.rules = List.copyOf(all);
        for (int r = 0; r < rules.size(); r++) {
            List<WordLists.TopicTerm> terms = rules.get(r).terms();
            for (int t = 0; t < terms.size(); t++) {
                WordLists.TopicTerm term = terms.get(t);
                if (!term.exact() && term.weight() >= DEFINING_WEIGHT) {
                    defining.computeIfAbsent(rules.get(r).name(), k -> new java.util.HashSet<>())
                            .add(WordLists.phraseKey(words.inflector(), term.label()));
                }
                (term.exact() ? byExactWord : byFoldedWord).computeIfAbsent(term.words().get(0), k -> new ArrayList<>())
                        .add(new Ref(r, t));
            }
        }
    }

    /** Weighted and per-section counts of one term in one article. */
    private static final class Tally {
        double weight;
        final int[] sections = new int[3];
    }

    List<TermAssignment> score(AnalyzedText text, List<EntityGroup> entities, int maxTopics) {
        Map<Ref, Tally> tallies = tally(text);
        List<TermAssignment> chosen = new ArrayList<>();
        for (TermAssignment a : ranked(tallies, text, entities, false)) {
            if (chosen.size() >= maxTopics || a.score() < MIN_SCORE
                    || !chosen.isEmpty() && a.score() < SECOND_SHARE * chosen.get(0).score()) {
                break;
            }
            chosen.add(a);
        }
        List<TermAssignment> explained = new ArrayList<>(chosen.size()); // evidence only for what is kept
        for (TermAssignment a : chosen) {
            for (int r = 0; r < rules.size(); r++) {
                if (rules.get(r).name().equals(a.name())) {
                    explained.add(rule(r, tallies, text, entities, true));
                }
            }
        }
        return explained;
    }

    /** Every topic with its score and evidence, best first (ties by name). */
    List<TermAssignment> all(AnalyzedText text, List<EntityGroup> entities) {
        return ranked(tally(text), text, entities, true);
    }

    private List<TermAssignment> ranked(Map<Ref, Tally> tallies, AnalyzedText text, List<EntityGroup> entities,
            boolean evidence) {
        List<TermAssignment> scored = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            scored.add(rule(r, tallies, text, entities, evidence));
        }
        scored.sort(Comparator.comparingDouble((TermAssignment a) -> -a.score()).thenComparing(TermAssignment::name));
        return scored;
    }

    private Map<Ref, Tally> tally(AnalyzedText text) {
        List<Token> tokens = text.tokens();
        Map<Ref, Tally> tallies = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            match(byFoldedWord.get(t.singular()), tokens, i, text, tallies);
            if (t.capitalised()) { // exact terms are all written with capitals (WHO, Fed, AI)
                match(byExactWord.get(t.text()), tokens, i, text, tallies);
            }
        }
        return tallies;
    }

    /**
     * Phrase keys ({@link WordLists#phraseKey} form) of the terms that define the given topics: weight
     * {@link #DEFINING_WEIGHT} or more in topics.txt ("climate change" for Climate).
     */
    java.util.Set<String> definingTerms(List<TermAssignment> topics) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (TermAssignment topic : topics) {
            keys.addAll(defining.getOrDefault(topic.name(), java.util.Set.of()));
        }
        return keys;
    }

    private void match(List<Ref> refs, List<Token> tokens, int i, AnalyzedText text,
            Map<Ref, Tally> tallies) {
        if (refs == null) {
            return;
        }
        for (Ref ref : refs) {
            WordLists.TopicTerm term = rules.get(ref.rule()).terms().get(ref.term());
            int n = term.words().size();
            boolean ok = i + n <= tokens.size();
            for (int k = 1; ok && k < n; k++) {
                Token t = tokens.get(i + k);
                ok = t.isWord() && t.sentence() == tokens.get(i).sentence()
                        && term.words().get(k).equals(term.exact() ? t.text() : t.singular());
            }
            if (ok) {
                int p = tokens.get(i).paragraph();
                Tally tally = tallies.computeIfAbsent(ref, x -> new Tally());
                tally.weight += text.weight(p);
                tally.sections[text.sectionRank(p)]++;
            }
        }
    }

    private TermAssignment rule(int r, Map<Ref, Tally> tallies, AnalyzedText text, List<EntityGroup> entities,
            boolean explain) {
        WordLists.TopicRule rule = rules.get(r);
        record Part(double points, String line) {
        }
        List<Part> parts = new ArrayList<>();
        for (Map.Entry<Ref, Tally> e : tallies.entrySet()) {
            if (e.getKey().rule() != r) {
                continue;
            }
            WordLists.TopicTerm term = rule.terms().get(e.getKey().term());
            double points = term.weight() * log2(1 + e.getValue().weight);
            parts.add(new Part(points, explain ? describe(term, e.getValue(), points) : term.label()));
        }
        if (rule.name().equals(WORLD)) {
            TreeSet<String> countries = countries(entities);
            if (countries.size() >= 2) {
                double points = COUNTRY_BONUS * Math.min(MAX_EXTRA_COUNTRIES, countries.size() - 1);
                parts.add(new Part(points, "countries: " + String.join(", ", countries) + " (+" + TagRanker.format(points) + ")"));
            }
        }
        parts.sort(Comparator.comparingDouble((Part p) -> -p.points()).thenComparing(Part::line));
        double score = 0;
        for (Part p : parts.subList(0, Math.min(TOP_TERMS, parts.size()))) {
            score += p.points(); // only the strongest signals: a long article must not win on many weak words
        }
        List<String> evidence = new ArrayList<>();
        for (Part p : parts.subList(0, Math.min(TOP_TERMS, parts.size()))) {
            evidence.add(p.line());
        }
        if (parts.size() > TOP_TERMS) {
            evidence.add("and " + (parts.size() - TOP_TERMS) + " weaker terms, not counted");
        }
        double rounded = TagRanker.round(score);
        return new TermAssignment(rule.name(), normalizer.slug(rule.name()), rounded, evidence);
    }

    /** "title: 'tariff' (x3.0)" style, one line per term: "'tariff': lead x1, body x3 (w2.0, +4.64)". */
    private static String describe(WordLists.TopicTerm term, Tally tally, double points) {
        String[] names = {"title", "lead", "body"};
        List<String> where = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            if (tally.sections[s] > 0) {
                where.add(names[s] + " x" + tally.sections[s]);
            }
        }
        return (term.custom() ? "custom rule " : "") + "'" + term.label() + "': " + String.join(", ", where) + " (w"
                + TagRanker.format(term.weight()) + ", +" + TagRanker.format(points) + ")";
    }

    /** Countries the article is about: named countries, and the countries of named places. */
    private TreeSet<String> countries(List<EntityGroup> entities) {
        TreeSet<String> countries = new TreeSet<>();
        for (EntityGroup g : entities) {
            double weight = 0;
            for (EntityMention m : g.mentions()) {
                weight += m.weight();
            }
            if (weight < 1.0) {
                continue; // a lone qualifier ("U.S. Trade Representative") does not make a story foreign
            }
            if (g.kind() == EntityKind.COUNTRY) {
                countries.add(g.name());
            } else if (g.kind() == EntityKind.PLACE) {
                Optional<WordLists.Known> k = words.known(g.name());
                k.filter(x -> !x.country().isEmpty()).ifPresent(x -> countries.add(x.country()));
            }
        }
        return countries;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
