package dev.sitegen.taxonomy;

import java.util.Map;
import java.util.Set;

/**
 * Folds English plurals to the singular with suffix rules plus the exceptions in plurals.txt, so that
 * "tariffs" and "tariff" count as one term. Works on one folded (lower-case) word.
 */
final class Inflector {

    private final Map<String, String> irregular;
    private final Set<String> invariant;

    Inflector(Map<String, String> irregular, Set<String> invariant) {
        this.irregular = Keys.frozen(irregular);
        this.invariant = Keys.frozen(invariant);
    }

    String singular(String word) {
        if (word.length() <= 3 || !word.endsWith("s")) {
            return word;
        }
        String known = irregular.get(word);
        if (known != null) {
            return known;
        }
        if (invariant.contains(word) || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")
                || word.endsWith("ics") || word.endsWith("'s")) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("shes") || word.endsWith("ches") || word.endsWith("xes")
                || word.endsWith("zzes")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }

    /** Every word singular: the counting key of a phrase ("export controls" -> "export control"). */
    String singularWords(String foldedPhrase) {
        if (foldedPhrase.indexOf(' ') < 0) {
            return singular(foldedPhrase);
        }
        String[] words = foldedPhrase.split(" ");
        StringBuilder sb = new StringBuilder(foldedPhrase.length());
        for (String w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(singular(w));
        }
        return sb.toString();
    }
}
