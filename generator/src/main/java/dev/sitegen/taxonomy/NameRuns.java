package dev.sitegen.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The runs of capitalised words in an article ("Bank of England", "U.S. Treasury Secretary Scott
 * Bessent") and what the article as a whole says about capitals: which words it capitalises in
 * mid-sentence (so a capital at a sentence start can be trusted) and how often each run occurs.
 *
 * @param runs        token index ranges {start, end}
 * @param confirmed   folded words capitalised somewhere mid-sentence, outside headings
 * @param nonInitial  folded runs that occur somewhere mid-sentence
 * @param counts      folded run (leading "The" and sentence-initial stop words removed) to occurrences
 * @param lowerSeen   folded capitalised words that the article also writes in lower case
 */
record NameRuns(List<int[]> runs, Set<String> confirmed, Set<String> nonInitial, Map<String, Integer> counts,
        Set<String> lowerSeen) {

    /** Lower-case words that may sit inside a name: "Bank of England", "Centers for Disease Control". */
    static final Set<String> CONNECTORS = Set.of("of", "for", "on", "de", "da", "das", "do", "dos", "del", "della", "di",
            "du", "der", "den", "van", "von", "la", "le", "bin", "al", "el", "y");
    static final Set<String> ARTICLES = Set.of("the", "a", "an");

    static NameRuns scan(AnalyzedText text, WordLists words) {
        List<Token> tokens = text.tokens();
        List<int[]> runs = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            if (!nameish(tokens.get(i))) {
                i++;
                continue;
            }
            int end = runEnd(tokens, i, words);
            runs.add(new int[] {i, end});
            i = end;
        }
        Set<String> confirmed = new HashSet<>();
        Set<String> capitalised = new HashSet<>();
        for (Token t : tokens) {
            if (t.capitalised()) {
                capitalised.add(t.fold());
                if (reliable(t, text) && !t.is(Token.INITIAL)) {
                    confirmed.add(t.fold());
                }
            }
        }
        Set<String> lowerSeen = new HashSet<>();
        for (Token t : tokens) {
            if (t.isWord() && !t.capitalised() && capitalised.contains(t.fold())) {
                lowerSeen.add(t.fold());
            }
        }
        Set<String> nonInitial = new HashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int[] r : runs) {
            Token first = tokens.get(r[0]);
            if (reliable(first, text) && !first.is(Token.INITIAL)) {
                nonInitial.add(key(tokens.subList(r[0], r[1])));
            }
            int s = r[0];
            while (s < r[1] - 1 && (ARTICLES.contains(tokens.get(s).fold())
                    || tokens.get(s).is(Token.INITIAL) && tokens.get(s).is(Token.STOPWORD))) {
                s++;
            }
            counts.merge(key(tokens.subList(s, r[1])), 1, Integer::sum);
        }
        return new NameRuns(runs, confirmed, nonInitial, counts, lowerSeen);
    }

    /** Where a run starting at {@code start} ends: at a lower-case word, punctuation or a possessive. */
    private static int runEnd(List<Token> tokens, int start, WordLists words) {
        Token t = tokens.get(start);
        int n = tokens.size();
        int end = start + 1;
        while (end < n && !tokens.get(end - 1).is(Token.POSSESSIVE)) {
            Token u = tokens.get(end);
            if (nameish(u) && sameSpan(t, u)) {
                end++;
            } else if (isConnector(u) && end + 1 < n && nameish(tokens.get(end + 1)) && sameSpan(t, tokens.get(end + 1))
                    && !u.is(Token.POSSESSIVE)) {
                end += 2;
            } else if (u.isWord() && u.text().equals("and") && end + 1 < n && nameish(tokens.get(end + 1))) {
                int after = runEnd(tokens, end + 1, words); // "Food and Drug Administration" if the lists know it
                int from = ARTICLES.contains(t.fold()) ? start + 1 : start;
                if (words.known(EntityFinder.join(tokens.subList(from, after))).isEmpty()) {
                    break;
                }
                end = after;
            } else {
                break;
            }
        }
        return end;
    }

    static boolean nameish(Token t) {
        return (t.capitalised() || elidedCapital(t)) && !t.is(Token.HEADING) && !t.is(Token.DATELINE)
                && !t.is(Token.DIGIT);
    }

    /** Capitals are evidence of a name outside headings and title-case headlines. */
    static boolean reliable(Token t, AnalyzedText text) {
        return !t.is(Token.HEADING) && !(t.paragraph() == 0 && text.titleCase());
    }

    static boolean isConnector(Token t) {
        return t.isWord() ? CONNECTORS.contains(t.text()) : t.text().equals("&");
    }

    private static boolean sameSpan(Token a, Token b) {
        return a.sentence() == b.sentence() && a.quote() == b.quote();
    }

    /** "d'Or", "d'Ivoire": an elided particle before a capital, inside a name. */
    private static boolean elidedCapital(Token t) {
        String w = t.text();
        for (int a = 1; a <= 2 && a + 1 < w.length(); a++) {
            char c = w.charAt(a);
            if ((c == '\'' || c == '\u2019') && Character.isUpperCase(w.charAt(a + 1))) {
                return t.isWord();
            }
        }
        return false;
    }

    /** The folded words of a run, space-separated (the fold of the joined run, built from token folds). */
    static String key(List<Token> run) {
        if (run.size() == 1) {
            return run.get(0).fold();
        }
        StringBuilder sb = new StringBuilder();
        for (Token t : run) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.fold());
        }
        return sb.toString();
    }

    int count(String key) {
        return counts.getOrDefault(key, 0);
    }
}
