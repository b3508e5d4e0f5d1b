package dev.sitegen.taxonomy;

/**
 * One word or punctuation mark of an analysed article.
 *
 * @param text      the word as written, without a possessive 's
 * @param fold      {@link Keys#fold} of the text
 * @param singular  the fold with a plural folded ({@link Inflector#singular}), computed once for all stages
 * @param paragraph 0 for the title, then body paragraphs in order
 * @param sentence  sentence number across the whole article
 * @param quote     0 outside quotation marks, else the number of the quoted span
 * @param flags     bit set of {@link #INITIAL}, {@link #POSSESSIVE}, {@link #HEADING}, {@link #PUNCT},
 *                  {@link #DATELINE}, {@link #STOPWORD}, {@link #CALENDAR}, {@link #DIGIT}, {@link #CAPITAL}
 */
record Token(String text, String fold, String singular, int paragraph, int sentence, int quote, int flags) {

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
    static final int CAPITAL = 256;

    Token with(int flag) {
        return new Token(text, fold, singular, paragraph, sentence, quote, flags | flag);
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

    /** A word whose first letter is a capital. */
    boolean capitalised() {
        return (flags & CAPITAL) != 0;
    }
}
