package dev.sitegen.taxonomy;

import java.util.List;

/**
 * Finds the title inside a capitalised run: "Treasury Secretary" in "Treasury Secretary Scott
 * Bessent", "Vice Premier" in "Vice Premier He Lifeng", "Secretary of State" in "Secretary of State
 * Marco Rubio". Modifiers ("Vice", "General") only count next to a title, so "General Motors" has none;
 * a title right after a given name is a surname ("Stephen King"); and a run ending in an
 * organisation word is a name, not a title plus a person ("Premier League").
 */
final class RoleSplitter {

    /** Role words from {@code first} to {@code last} (inclusive); {@code honorific} if only Mr, Dr and the like. */
    record Span(int first, int last, boolean honorific) {
    }

    private final WordLists words;

    RoleSplitter(WordLists words) {
        this.words = words;
    }

    /** The role span of a run, or null if it has none. */
    Span find(List<Token> run) {
        if (words.isOrgWord(words.inflector().singular(run.get(run.size() - 1).fold()))) {
            return null;
        }
        int first = -1;
        int last = -1;
        boolean honorific = true;
        for (int i = 0; i < run.size(); i++) {
            String f = run.get(i).foldNoDot();
            if (!words.isTitle(f) || i > 0 && i - 1 > last && words.isGivenName(run.get(i - 1).fold())) {
                continue;
            }
            int s = i;
            while (s - 1 > last && isRoleWord(run.get(s - 1), true)) {
                s--;
            }
            int e = i;
            while (e + 1 < run.size() && isRoleWord(run.get(e + 1), false)) {
                e++;
            }
            if (e + 3 < run.size() && NameRuns.isConnector(run.get(e + 1)) && run.get(e + 2).capitalised()) {
                e += 2; // "Secretary of State Marco Rubio"
            }
            for (int k = s; k <= e; k++) {
                String w = run.get(k).foldNoDot();
                honorific &= !words.isTitle(w) || words.isHonorific(w);
            }
            if (first < 0) {
                first = s;
            }
            last = e;
            i = e;
        }
        return first < 0 ? null : new Span(first, last, honorific);
    }

    private boolean isRoleWord(Token t, boolean before) {
        String f = t.foldNoDot();
        return words.isRoleModifier(f) || !before && words.isTitle(f);
    }
}
