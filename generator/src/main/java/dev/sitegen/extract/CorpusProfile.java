package dev.sitegen.extract;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Repetition statistics over a whole set of dumps: in how many dumps each line occurs. A line that
 * recurs in many dumps ("logo", an app banner, a newsletter prompt) is site chrome, whatever its
 * wording, so the extractor can drop chrome no phrase list knows. Immutable and thread-safe.
 */
public final class CorpusProfile {

    /** Fewer dumps than this cannot show that a line recurs. */
    static final int MIN_DUMPS = 3;

    private static final CorpusProfile EMPTY = new CorpusProfile(Map.of(), 0);

    private final Map<String, Integer> documentFrequency;
    private final int dumpCount;

    private CorpusProfile(Map<String, Integer> documentFrequency, int dumpCount) {
        this.documentFrequency = documentFrequency;
        this.dumpCount = dumpCount;
    }

    /** Counts, for every line, the dumps it occurs in; lines found in a single dump are not kept. */
    public static CorpusProfile of(Collection<String> dumpTexts) {
        Objects.requireNonNull(dumpTexts, "dumpTexts");
        Map<String, Integer> counts = new HashMap<>();
        int dumps = 0;
        for (String text : dumpTexts) {
            if (text == null) {
                continue;
            }
            dumps++;
            Set<String> seen = new HashSet<>();
            for (String line : LineNormalizer.lines(text)) {
                if (!line.isEmpty() && seen.add(key(line))) {
                    counts.merge(key(line), 1, Integer::sum);
                }
            }
        }
        counts.values().removeIf(c -> c < 2);
        return new CorpusProfile(Map.copyOf(counts), dumps);
    }

    /** A profile that knows nothing: every line counts as unique. */
    public static CorpusProfile empty() {
        return EMPTY;
    }

    /** How many dumps the profile was built from. */
    public int dumpCount() {
        return dumpCount;
    }

    /** In how many dumps the line occurs (0 or 1 when it is unique or unknown). */
    public int documentFrequency(String line) {
        if (documentFrequency.isEmpty() || line == null || line.isEmpty()) {
            return 0;
        }
        return documentFrequency.getOrDefault(key(LineNormalizer.trim(line)), 0);
    }

    /** The line with runs of whitespace collapsed, lower-cased. */
    private static String key(String line) {
        StringBuilder b = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && b.length() > 0) {
                b.append(' ');
            }
            space = false;
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
