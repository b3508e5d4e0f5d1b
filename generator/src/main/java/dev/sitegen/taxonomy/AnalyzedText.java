package dev.sitegen.taxonomy;

import java.util.List;

/**
 * An article split into tokens, with where its title and lead are.
 *
 * @param tokens        all tokens, title first (paragraph 0)
 * @param titleCase     the headline capitalises most words, so its capitals are no evidence of names
 * @param leadParagraph the paragraph number of the lead (first body paragraph that is not a heading)
 * @param titleQuotes   numbers of quoted spans that are titles of works ("Sunday Morning Futures")
 */
record AnalyzedText(List<Token> tokens, boolean titleCase, int leadParagraph, java.util.Set<Integer> titleQuotes) {

    static final double TITLE_WEIGHT = 3.0;
    static final double LEAD_WEIGHT = 2.0;
    static final double BODY_WEIGHT = 1.0;

    AnalyzedText {
        tokens = List.copyOf(tokens);
        titleQuotes = java.util.Set.copyOf(titleQuotes);
    }

    /** Title over lead over body: the inverted pyramid of a news story. */
    double weight(int paragraph) {
        return paragraph == 0 ? TITLE_WEIGHT : paragraph == leadParagraph ? LEAD_WEIGHT : BODY_WEIGHT;
    }

    String section(int paragraph) {
        return paragraph == 0 ? "title" : paragraph == leadParagraph ? "lead" : "body";
    }

    /** 0 title, 1 lead, 2 body: the order evidence is listed in. */
    int sectionRank(int paragraph) {
        return paragraph == 0 ? 0 : paragraph == leadParagraph ? 1 : 2;
    }
}
