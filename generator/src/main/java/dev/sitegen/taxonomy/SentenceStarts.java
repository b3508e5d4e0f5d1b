package dev.sitegen.taxonomy;

import java.util.List;

/**
 * Decides which capitals at the start of a sentence, quotation or title-case headline mark names. Such
 * a capital proves nothing by itself, so a word there counts only when the word lists or the rest of
 * the article vouch for it: "Customs data showed ..." gives no tag, "Lutnick did not attend ..." does
 * when the article also writes "the inclusion of Lutnick".
 */
final class SentenceStarts {

    /** Endings of verbs, adverbs and adjectives, which start sentences but rarely names. */
    private static final List<String> ORDINARY_SUFFIXES = List.of("ing", "ed", "ly", "ous", "ive", "ful", "less", "able",
            "ible", "ical", "ish", "ward", "wards");

    private final WordLists words;
    private final NameRuns runs;

    SentenceStarts(WordLists words, NameRuns runs) {
        this.words = words;
        this.runs = runs;
    }

    /** Whether a capital that may only mark a sentence start still marks a name. */
    boolean confirmed(Token t) {
        if (words.known(t.text(), t.fold()).isPresent()) {
            return true;
        }
        if (t.is(Token.STOPWORD) || t.is(Token.CALENDAR)) {
            return false;
        }
        String f = t.foldNoDot();
        return Keys.isAllCaps(t.text()) || words.isTitle(f) || words.isRoleModifier(f)
                || words.isGivenName(t.fold()) || words.isAffiliation(t.fold()) || runs.confirmed().contains(t.fold());
    }

    /**
     * The start of a sentence-initial run without the words it owes to its position: "But Trump", "Top
     * U.S.", "Senior officials". A lone word must be confirmed; the first of several is kept when it is a
     * name the lists or the article know, a title, or an unknown word that is not an ordinary word
     * ("LeBron James"). A run the lists know as a whole ("Wall Street") is kept.
     */
    int strip(List<Token> tokens, int start, int end) {
        while (start < end && !known(tokens.subList(start, end))) {
            Token t = tokens.get(start);
            if (NameRuns.isConnector(t)) {
                start++;
            } else if (end - start == 1) {
                return confirmed(t) ? start : end;
            } else if (keepsFirst(t, tokens.get(start + 1)) || !ordinary(t)) {
                return start;
            } else {
                start++;
            }
        }
        return start;
    }

    private boolean known(List<Token> run) {
        Token first = run.get(0);
        return (run.size() == 1 ? words.known(first.text(), first.fold()) : words.known(EntityFinder.join(run))).isPresent();
    }

    private boolean keepsFirst(Token t, Token next) {
        String f = t.foldNoDot();
        return words.known(t.text(), t.fold()).isPresent() || words.isGivenName(t.fold()) || words.isAffiliation(t.fold())
                || Keys.isAllCaps(t.text()) || runs.confirmed().contains(t.fold()) || words.isTitle(f)
                || words.isRoleModifier(f) && (words.isTitle(next.foldNoDot()) || words.isRoleModifier(next.foldNoDot()));
    }

    /** A word capitalised only because it starts the sentence: listed, seen in lower case, or shaped so. */
    private boolean ordinary(Token t) {
        String f = t.foldNoDot();
        if (t.is(Token.STOPWORD) || t.is(Token.CALENDAR) || runs.lowerSeen().contains(t.fold()) || words.isDescriptor(f)
                || words.isRoleModifier(f) || words.isGenericModifier(f) || words.isNonTag(f)
                || words.keyTerm(words.inflector().singular(f)).isPresent()) {
            return true;
        }
        for (String suffix : ORDINARY_SUFFIXES) {
            if (f.length() > suffix.length() + 2 && f.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
