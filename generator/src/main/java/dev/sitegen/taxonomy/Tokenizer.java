package dev.sitegen.taxonomy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits an article into word and punctuation tokens and marks what the entity finder needs to know
 * about each: sentence starts, quotations, headings, possessives. Hand-written scanner, no regular
 * expressions per token, so a 900-word article takes well under a millisecond.
 */
final class Tokenizer {

    private final WordLists words;

    Tokenizer(WordLists words) {
        this.words = words;
    }

    /** Counters carried across paragraphs. */
    private static final class Cursor {
        int sentence;
        int quotes;
        int quote;
        boolean initial;
        boolean afterAbbreviation;
    }

    AnalyzedText analyze(ArticleText article) {
        List<Token> tokens = new ArrayList<>(1024);
        Cursor cursor = new Cursor();
        int lead = -1;
        tokenize(article.title(), 0, false, tokens, cursor);
        List<String> paragraphs = article.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            boolean heading = isHeading(text);
            if (lead < 0 && !heading && !text.isBlank()) {
                lead = p + 1;
            }
            tokenize(text, p + 1, heading, tokens, cursor);
        }
        markDateline(tokens, lead);
        return new AnalyzedText(tokens, isTitleCase(tokens), lead < 0 ? 1 : lead, titleQuotes(tokens));
    }

    /** Capitalised place words opening the lead and followed by ",", "(", "-" or "/" form a dateline. */
    private void markDateline(List<Token> tokens, int lead) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).paragraph() != lead) {
            first++;
        }
        int i = first;
        while (i < tokens.size() && tokens.get(i).paragraph() == lead
                && (tokens.get(i).isWord() && Keys.isAllCaps(tokens.get(i).text()) || tokens.get(i).text().equals("/"))) {
            i++;
        }
        boolean organisation = i > first && words.known(tokens.get(first).text())
                .filter(k -> k.kind() == WordLists.KnownKind.ORGANISATION).isPresent(); // "NATO, the alliance, ..."
        if (i > first && !organisation && i < tokens.size() && ",(-\u2014\u2013".contains(tokens.get(i).text())) {
            for (int j = first; j < i; j++) {
                tokens.set(j, tokens.get(j).with(Token.DATELINE));
            }
        }
    }

    private void tokenize(String s, int paragraph, boolean heading, List<Token> out, Cursor c) {
        c.sentence++;
        c.quote = 0;
        c.initial = true;
        c.afterAbbreviation = false;
        int base = heading ? Token.HEADING : 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
                i++;
            } else if (Character.isLetterOrDigit(ch)) {
                int j = scanWord(s, i);
                String w = s.substring(i, j);
                boolean abbreviation = false;
                if (j < n && s.charAt(j) == '.' && isAbbreviation(w)) {
                    w = w + ".";
                    j++;
                    abbreviation = true;
                }
                int flags = base;
                if (w.endsWith("'s") || w.endsWith("\u2019s")) {
                    w = w.substring(0, w.length() - 2);
                    flags |= Token.POSSESSIVE;
                } else if (j < n && (s.charAt(j) == '\'' || s.charAt(j) == '\u2019') && w.endsWith("s")
                        && (j + 1 == n || !Character.isLetter(s.charAt(j + 1)))) {
                    flags |= Token.POSSESSIVE; // plural possessive: "the Lakers' coach"
                    j++;
                }
                String fold = Keys.fold(w);
                // "... from the U.S. The move ..." : the abbreviation's stop also ended the sentence.
                if (c.afterAbbreviation && Keys.isCapitalised(w) && words.isStopword(fold)) {
                    c.sentence++;
                    c.initial = true;
                }
                if (c.initial) {
                    flags |= Token.INITIAL;
                }
                flags |= (words.isStopword(fold) ? Token.STOPWORD : 0) | (words.isCalendar(fold) ? Token.CALENDAR : 0)
                        | (Keys.hasDigit(w) ? Token.DIGIT : 0) | (Keys.isCapitalised(w) ? Token.CAPITAL : 0);
                out.add(new Token(w, fold, words.inflector().singular(fold), paragraph, c.sentence, c.quote, flags));
                c.initial = false;
                c.afterAbbreviation = abbreviation;
                i = j;
            } else {
                i = punctuation(s, i, paragraph, base, out, c);
            }
        }
    }

    private int punctuation(String s, int i, int paragraph, int base, List<Token> out, Cursor c) {
        char ch = s.charAt(i);
        c.afterAbbreviation = false;
        int n = s.length();
        switch (ch) {
            case '.', '!', '?', '\u2026' -> {
                int j = i;
                while (j < n && (".!?\u2026".indexOf(s.charAt(j)) >= 0)) {
                    j++;
                }
                out.add(new Token(".", ".", ".", paragraph, c.sentence, c.quote, base | Token.PUNCT));
                c.sentence++;
                c.initial = true;
                return j;
            }
            case '"', '\u201C', '\u201D', '\u00AB', '\u00BB' -> {
                boolean open = ch == '\u201C' || ch == '\u00AB'
                        || (ch == '"' && opensQuote(s, i, c.quote != 0));
                if (open) {
                    c.quote = ++c.quotes;
                    c.initial = true;
                } else {
                    c.quote = 0;
                }
                out.add(new Token("\"", "\"", "\"", paragraph, c.sentence, c.quote, base | Token.PUNCT));
                return i + 1;
            }
            case ':' -> c.initial = true; // "said: The ..." starts a new clause
            // A dash or bar between words opens a clause too: "WASHINGTON -- Top officials met ..."
            case '\u2014', '\u2013', '|' -> c.initial = true;
            case '-' -> {
                boolean spaced = (i == 0 || Character.isWhitespace(s.charAt(i - 1)))
                        && (i + 1 >= n || Character.isWhitespace(s.charAt(i + 1)) || s.charAt(i + 1) == '-');
                if (spaced || (i + 1 < n && s.charAt(i + 1) == '-')) {
                    c.initial = true;
                }
            }
            default -> {
            }
        }
        String mark = String.valueOf(ch);
        out.add(new Token(mark, mark, mark, paragraph, c.sentence, c.quote, base | Token.PUNCT));
        return i + 1;
    }

    /** A straight quote opens when it follows a space or bracket and precedes a word. */
    private static boolean opensQuote(String s, int i, boolean inQuote) {
        boolean spaceBefore = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || "([{\u2014\u2013-".indexOf(s.charAt(i - 1)) >= 0;
        boolean spaceAfter = i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1));
        if (spaceBefore != spaceAfter) {
            return spaceBefore;
        }
        return !inQuote;
    }

    /**
     * Letters and digits, with inner apostrophes (they're, O'Brien), hyphens and ampersands (U.S.-China,
     * S&amp;P), dotted initials (U.S, e.g) and decimal or thousands separators.
     */
    private static int scanWord(String s, int i) {
        int n = s.length();
        int j = i;
        int segment = 0;
        while (j < n) {
            char ch = s.charAt(j);
            if (Character.isLetterOrDigit(ch)) {
                j++;
                segment++;
                continue;
            }
            boolean nextIsLetter = j + 1 < n && Character.isLetter(s.charAt(j + 1));
            boolean nextIsAlnum = j + 1 < n && Character.isLetterOrDigit(s.charAt(j + 1));
            if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                j++;
            } else if ((ch == '\'' || ch == '\u2019') && nextIsLetter) {
                j++;
            } else if ((ch == '-' || ch == '&' || ch == '\u2011') && nextIsAlnum) {
                j++;
                segment = 0;
            } else if (ch == '.' && segment == 1 && nextIsLetter && Character.isLetter(s.charAt(j - 1))
                    && (j + 2 >= n || !Character.isLetter(s.charAt(j + 2)))) {
                j++;
                segment = 0;
            } else if ((ch == '.' || ch == ',') && Character.isDigit(s.charAt(j - 1)) && j + 1 < n
                    && Character.isDigit(s.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private boolean isAbbreviation(String w) {
        if (w.indexOf('.') > 0) {
            return true; // U.S, e.g, a.m
        }
        if (w.length() == 1) {
            return Character.isUpperCase(w.charAt(0)); // an initial: "Robert F. Kennedy"
        }
        return words.isAbbreviation(Keys.fold(w));
    }

    /** A short line without closing punctuation, in capitals or title case: a subheading. */
    private static boolean isHeading(String text) {
        String t = text.strip();
        if (t.isEmpty() || ".!?:;,\"\u201D\u2019)".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        String[] parts = t.split("\\s+");
        if (parts.length > 10 || !Keys.hasLetter(t)) {
            return false;
        }
        if (t.equals(t.toUpperCase(java.util.Locale.ROOT))) {
            return true;
        }
        int significant = 0;
        for (String p : parts) {
            if (p.length() >= 4) {
                significant++;
                if (!Keys.isCapitalised(p)) {
                    return false;
                }
            }
        }
        return significant > 0;
    }

    /** Headline Case Like This: most longer words capitalised, or the whole title in capitals. */
    private static boolean isTitleCase(List<Token> tokens) {
        int significant = 0;
        int capitalised = 0;
        int lower = 0;
        boolean first = true;
        for (Token t : tokens) {
            if (t.paragraph() != 0) {
                break;
            }
            if (!t.isWord()) {
                continue;
            }
            if (Keys.hasLetter(t.text()) && !t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))) {
                lower++;
            }
            if (!first && t.text().length() >= 4 && Keys.hasLetter(t.text())) {
                significant++;
                if (Keys.isCapitalised(t.text())) {
                    capitalised++;
                }
            }
            first = false;
        }
        return lower == 0 && significant > 0 || significant >= 2 && capitalised * 4 >= significant * 3;
    }

    /** Quoted spans that look like titles of works: short, every longer word capitalised. */
    private static Set<Integer> titleQuotes(List<Token> tokens) {
        Set<Integer> titles = new HashSet<>();
        int i = 0;
        while (i < tokens.size()) {
            int q = tokens.get(i).quote();
            if (q == 0) {
                i++;
                continue;
            }
            int words = 0;
            int capitals = 0;
            boolean allSignificantCapitalised = true;
            int significant = 0;
            while (i < tokens.size() && tokens.get(i).quote() == q) {
                Token t = tokens.get(i++);
                if (t.isWord()) {
                    words++;
                    if (t.capitalised()) {
                        capitals++;
                    }
                    if (t.text().length() >= 4) {
                        significant++;
                        allSignificantCapitalised &= t.capitalised();
                    }
                }
            }
            if (words <= 8 && capitals >= 2 && significant > 0 && allSignificantCapitalised) {
                titles.add(q);
            }
        }
        return titles;
    }
}
