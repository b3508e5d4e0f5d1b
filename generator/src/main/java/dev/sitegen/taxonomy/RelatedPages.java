package dev.sitegen.taxonomy;

import dev.sitegen.model.Page;
import dev.sitegen.model.PageKind;
import dev.sitegen.model.Taxonomy;
import dev.sitegen.model.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, per article, the articles that share the most tags and topics with it, rarer terms
 * weighing more. Ties go to the newer page. Pages are numbered by their place in the newest-first
 * list and scored in flat arrays: the scan runs once per article over every page of its terms, so
 * it has to be cheap on sites of 100,000 pages.
 */
final class RelatedPages {

    static final int LIMIT = 4;
    /** A term on more pages than this says little about relatedness, and would make the scan quadratic. */
    static final int MAX_TERM_SIZE = 500;

    private RelatedPages() {
    }

    /** @param sorted every page, newest first */
    static Map<String, List<Page>> find(List<Page> sorted, List<Taxonomy> taxonomies) {
        Map<Page, Integer> rank = new IdentityHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            rank.put(sorted.get(i), i);
        }
        // Per page, the terms it is in (as arrays of page ranks), with their weights.
        List<List<int[]>> termsOf = new ArrayList<>(sorted.size());
        List<List<Double>> weightsOf = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            termsOf.add(new ArrayList<>(4));
            weightsOf.add(new ArrayList<>(4));
        }
        for (Taxonomy tax : taxonomies) {
            if (!tax.key().equals("tags") && !tax.key().equals("topics")) {
                continue;
            }
            for (Term t : tax.terms()) {
                int size = t.pages().size();
                if (size < 2 || size > MAX_TERM_SIZE) {
                    continue;
                }
                int[] members = new int[size];
                for (int k = 0; k < size; k++) {
                    members[k] = rank.get(t.pages().get(k));
                }
                double weight = 1.0 / Math.log(1.0 + size);
                for (int m : members) {
                    termsOf.get(m).add(members);
                    weightsOf.get(m).add(weight);
                }
            }
        }
        double[] score = new double[sorted.size()];
        int[] touched = new int[sorted.size()];
        Map<String, List<Page>> out = new HashMap<>();
        for (int p = 0; p < sorted.size(); p++) {
            if (sorted.get(p).kind() != PageKind.ARTICLE || termsOf.get(p).isEmpty()) {
                continue;
            }
            int count = 0;
            List<int[]> terms = termsOf.get(p);
            for (int t = 0; t < terms.size(); t++) {
                double w = weightsOf.get(p).get(t);
                for (int other : terms.get(t)) {
                    if (other != p) {
                        if (score[other] == 0) {
                            touched[count++] = other;
                        }
                        score[other] += w;
                    }
                }
            }
            out.put(sorted.get(p).slug(), best(sorted, score, touched, count));
            for (int i = 0; i < count; i++) {
                score[touched[i]] = 0;
            }
        }
        return out;
    }

    /** The top {@link #LIMIT} of the touched pages by score, then by rank (newer first). */
    private static List<Page> best(List<Page> sorted, double[] score, int[] touched, int count) {
        int[] top = new int[LIMIT];
        int n = 0;
        for (int i = 0; i < count; i++) {
            int c = touched[i];
            int pos = n;
            while (pos > 0 && better(c, top[pos - 1], score)) {
                pos--;
            }
            if (pos < LIMIT) {
                int end = Math.min(n, LIMIT - 1);
                System.arraycopy(top, pos, top, pos + 1, end - pos);
                top[pos] = c;
                n = Math.min(n + 1, LIMIT);
            }
        }
        return Arrays.stream(top, 0, n).mapToObj(sorted::get).toList();
    }

    private static boolean better(int a, int b, double[] score) {
        return score[a] > score[b] || (score[a] == score[b] && a < b);
    }
}
