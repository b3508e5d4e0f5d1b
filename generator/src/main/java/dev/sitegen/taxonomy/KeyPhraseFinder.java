package dev.sitegen.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds key phrases: runs of lower-case content words between stop words and punctuation, counted as
 * one- to three-word n-grams with plurals folded ("rare earths", "rare-earth" count together). A single
 * word qualifies only if key-terms.txt lists it; a longer phrase qualifies if listed or if it recurs
 * and has neither a generic head ("trade talks") nor a generic modifier ("last week"). A phrase mostly
 * seen inside a longer qualifying phrase gives way to it.
 */
final class KeyPhraseFinder {

    private static final int MAX_WORDS = 3;
    private static final double NESTED_SHARE = 0.7;

    private final WordLists words;
    private final Inflector inflector;

    KeyPhraseFinder(WordLists words) {
        this.words = words;
        this.inflector = words.inflector();
    }

    /** A content word: folded surface, singular, and where it is. */
    private record Word(String surface, String singular, int position, int paragraph) {
    }

    /** Counts for one phrase while scanning. */
    private static final class Tally {
        int title;
        int lead;
        int body;
        double weight;
        int position = Integer.MAX_VALUE;
        final Map<String, Integer> surfaces = new HashMap<>();
    }

    /** @param runs the article's capitalisation evidence (shared with the entity finder) */
    List<KeyPhrase> find(AnalyzedText text, NameRuns runs) {
        Set<String> lowerSeen = runs.lowerSeen();
        Set<String> confirmed = runs.confirmed();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        List<Word> run = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > 0 && t.sentence() != tokens.get(i - 1).sentence()) {
                count(run, text, tallies);
            }
            if (!t.isWord() || t.is(Token.DIGIT) || t.capitalised() && !ordinaryCapital(t, text, lowerSeen, confirmed)) {
                count(run, text, tallies);
                continue;
            }
            String f = t.fold();
            if (f.indexOf('-') < 0) {
                if (!t.is(Token.STOPWORD) && !t.is(Token.CALENDAR) && isContent(f)) {
                    run.add(new Word(f, t.singular(), i, t.paragraph()));
                } else {
                    count(run, text, tallies);
                }
            } else {
                for (String part : f.split("-")) { // "rare-earth" is two words
                    if (isContent(part) && !words.isStopword(part) && !words.isCalendar(part)) {
                        run.add(new Word(part, inflector.singular(part), i, t.paragraph()));
                    } else {
                        count(run, text, tallies);
                    }
                }
            }
            if (t.is(Token.POSSESSIVE)) {
                count(run, text, tallies);
            }
        }
        count(run, text, tallies);
        return select(tallies);
    }

    /**
     * A capital that only marks a sentence start or a heading, on a word the article also writes in lower
     * case or that key-terms.txt lists ("Exoplanets have been found ...").
     */
    private boolean ordinaryCapital(Token t, AnalyzedText text, Set<String> lowerSeen, Set<String> confirmed) {
        boolean positional = t.is(Token.INITIAL) || t.is(Token.HEADING) || t.paragraph() == 0 && text.titleCase();
        boolean ordinary = lowerSeen.contains(t.fold())
                || words.keyTerm(t.singular()).isPresent() && !confirmed.contains(t.fold());
        return positional && ordinary && words.known(t.text()).isEmpty();
    }

    /** Three or more letters (stop and calendar words are checked by the caller). */
    private static boolean isContent(String w) {
        if (w.length() < 3) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '\'') {
                return false;
            }
        }
        return true;
    }

    private void count(List<Word> run, AnalyzedText text, Map<String, Tally> tallies) {
        for (int i = 0; i < run.size(); i++) {
            Word first = run.get(i);
            if (words.keyTerm(first.singular()).isPresent()) {
                tally(tallies, first.singular(), first.surface(), first, text);
            }
            boolean listedStart = words.startsKeyTerm(first.singular());
            for (int n = 2; n <= MAX_WORDS && i + n <= run.size(); n++) {
                Word last = run.get(i + n - 1);
                boolean oneToken = last.position() == first.position(); // "centre-right" is an adjective
                boolean unlisted = !oneToken && candidate(run, i, i + n);
                if (!unlisted && !listedStart) {
                    continue; // most n-grams are neither listed nor candidates: build no strings for them
                }
                StringBuilder key = new StringBuilder(first.singular());
                for (int k = i + 1; k < i + n; k++) {
                    key.append(' ').append(run.get(k).singular());
                }
                String k = key.toString();
                if (unlisted || words.keyTerm(k).isPresent()) {
                    StringBuilder surface = new StringBuilder(first.surface());
                    for (int m = i + 1; m < i + n; m++) {
                        surface.append(run.get(m).position() == run.get(m - 1).position() ? '-' : ' ') // "rare-earth"
                                .append(run.get(m).surface());
                    }
                    tally(tallies, k, surface.toString(), first, text);
                }
            }
        }
        run.clear();
    }

    private static void tally(Map<String, Tally> tallies, String key, String surface, Word first, AnalyzedText text) {
        Tally tally = tallies.computeIfAbsent(key, x -> new Tally());
        int p = first.paragraph();
        if (p == 0) {
            tally.title++;
        } else if (p == text.leadParagraph()) {
            tally.lead++;
        } else {
            tally.body++;
        }
        tally.weight += text.weight(p);
        tally.position = Math.min(tally.position, first.position());
        tally.surfaces.merge(surface, 1, Integer::sum);
    }

    /** An unlisted phrase: no generic edge words, no adverbs or participles. */
    private boolean candidate(List<Word> run, int from, int to) {
        Word last = run.get(to - 1);
        if (words.isGenericModifier(run.get(from).surface()) || words.isGenericHead(last.singular())
                || last.surface().endsWith("ing")) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String w = run.get(k).surface();
            if (w.endsWith("ly") || w.endsWith("ed") || words.isDescriptor(w)) {
                return false;
            }
        }
        return true;
    }

    private List<KeyPhrase> select(Map<String, Tally> tallies) {
        List<KeyPhrase> eligible = new ArrayList<>();
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            String listed = words.keyTerm(e.getKey()).orElse("");
            int count = t.title + t.lead + t.body;
            boolean early = t.title + t.lead > 0;
            // Listed phrases are specific enough to be scored whenever they occur; the ranker's minimum
            // score decides. Unlisted ones must recur, and once more if not early.
            boolean ok = !listed.isEmpty() || count >= 3 || count >= 2 && early;
            if (ok) {
                eligible.add(new KeyPhrase(e.getKey(), listed, t.title, t.lead, t.body, t.weight, t.position, t.surfaces));
            }
        }
        Map<String, KeyPhrase> byKey = new HashMap<>();
        eligible.forEach(p -> byKey.put(p.key(), p));
        Set<String> dropped = new HashSet<>();
        for (KeyPhrase longer : eligible) {
            String[] w = longer.key().split(" ");
            for (int from = 0; from < w.length; from++) {
                for (int to = from + 1; to <= w.length; to++) {
                    KeyPhrase inner = to - from < w.length ? byKey.get(String.join(" ", java.util.Arrays.copyOfRange(w, from, to))) : null;
                    if (inner == null) {
                        continue;
                    }
                    boolean listedInsideUnlisted = !inner.listed().isEmpty() && longer.listed().isEmpty();
                    if (listedInsideUnlisted) {
                        dropped.add(longer.key()); // an unlisted phrase around a listed one adds nothing
                    } else if (longer.count() >= NESTED_SHARE * inner.count()) {
                        dropped.add(inner.key()); // "rare earth" inside "rare earth magnet" only if that dominates
                    }
                }
            }
        }
        List<KeyPhrase> kept = new ArrayList<>();
        for (KeyPhrase p : eligible) {
            if (!dropped.contains(p.key())) {
                kept.add(p);
            }
        }
        return kept;
    }
}
