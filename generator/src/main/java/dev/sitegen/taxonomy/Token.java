package dev.sitegen.taxonomy;

/**
 * One word or punctuation mark of an analysed article.
 *
 * @param text      the word as written, without a possessive 's
 * @param fold      {@link Keys#fold} of the text
 * @param paragraph 0 for the title, then body paragraphs in order
 * @param sentence  sentence number across the whole article
 * @param quote     0 outside quotation marks, else the number of the quoted span
 * @param flags     bit set of {@link #INITIAL}, {@link #POSSESSIVE}, {@link #HEADING}, {@link #PUNCT},
 *                  {@link #DATELINE}, {@link #STOPWORD}, {@link #CALENDAR}, {@link #DIGIT}
 */
record Token(String text, String fold, int paragraph, int sentence, int quote, int flags) {

    /** First word of a sentence, of a quotation or after a colon: its capital says nothing. */
    static final int INITIAL = 1;
    static final int POSSESSIVE = 2;
    /** Part of a short all-capitals or title-case line such as "POSITIVE CONCLUSION". */
    static final int HEADING = 4;
    static final int PUNCT = 8;
    /** "LISBON, May 18 (Reuters) -": where the story was filed, not what it is about. */
    static final int DATELINE = 16;
    /** Looked up once by the tokenizer because every stage asks. */
    static final int STOPWORD = 32;
    static final int CALENDAR = 64;
    static final int DIGIT = 128;

    Token with(int flag) {
        return new Token(text, fold, paragraph, sentence, quote, flags | flag);
    }

    boolean is(int flag) {
        return (flags & flag) != 0;
    }

    boolean isWord() {
        return (flags & PUNCT) == 0;
    }

    boolean quoted() {
        return quote != 0;
    }

    /** The fold without a trailing full stop: "gen" for "Gen.". */
    String foldNoDot() {
        return fold.endsWith(".") ? fold.substring(0, fold.length() - 1) : fold;
    }

    boolean capitalised() {
        return isWord() && Keys.isCapitalised(text);
    }
}
