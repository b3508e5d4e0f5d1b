package dev.sitegen.taxonomy;

import java.util.Map;

/**
 * What the whole site says about its terms: in how many articles each occurs (for inverse document
 * frequency) and how unlisted key phrases are most often written (one display name per phrase).
 *
 * @param articles      number of articles tagged together
 * @param documentCount term key ("e:" entity name, "p:" phrase key) to number of articles using it
 * @param phraseNames   phrase key to the display name chosen for the site
 */
record SiteStats(int articles, Map<String, Integer> documentCount, Map<String, String> phraseNames) {

    /** Damped so that a term in every article keeps its score (x1) and a rare one gains modestly. */
    static final double IDF_DAMPING = 0.3;

    SiteStats {
        documentCount = Map.copyOf(documentCount);
        phraseNames = Map.copyOf(phraseNames);
    }

    double idf(String key) {
        int df = documentCount.getOrDefault(key, 1);
        return 1.0 + IDF_DAMPING * Math.log((articles + 1.0) / (df + 1.0));
    }

    String idfEvidence(String key) {
        return "idf x" + TagRanker.format(idf(key)) + " (in " + documentCount.getOrDefault(key, 1) + " of " + articles
                + " articles)";
    }

    static String entityKey(String name) {
        return "e:" + Keys.fold(name);
    }

    static String phraseKey(String key) {
        return "p:" + key;
    }
}
