package dev.sitegen.taxonomy;

import java.util.Map;

/**
 * A key phrase counted in one article.
 *
 * @param key       counting key: folded, every word singular ("export control")
 * @param listed    display form from key-terms.txt, or "" for a phrase found by frequency alone
 * @param title     occurrences in the title
 * @param lead      occurrences in the lead
 * @param body      occurrences elsewhere
 * @param weight    occurrences weighted by section
 * @param position  token index of the first occurrence
 * @param surfaces  how it was written (folded), with counts, to choose a display name
 */
record KeyPhrase(String key, String listed, int title, int lead, int body, double weight, int position,
        Map<String, Integer> surfaces) {

    KeyPhrase {
        surfaces = Map.copyOf(surfaces);
    }

    int count() {
        return title + lead + body;
    }

    int words() {
        return Keys.wordCount(key);
    }
}
