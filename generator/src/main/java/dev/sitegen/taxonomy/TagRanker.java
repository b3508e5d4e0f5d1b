package dev.sitegen.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores an article's entities and key phrases on one scale and keeps the best as tags.
 * Entity: sum of mention weights (title x3 once, lead x2, body x1; qualifiers and quoted unknown names
 * at half) plus a bonus for a title or descriptor before a person's name (office holders are central)
 * or for a listed organisation, halved for a city or region named only in the body.
 * Phrase: sum of occurrence weights, x0.8 unless listed in key-terms.txt, plus a bonus for a listed
 * phrase that defines the article's topic ("climate change" in a Climate story).
 * A term needs {@link #MIN_SCORE} from the article alone; the ranking score is then multiplied by a
 * damped inverse document frequency, so terms rare on the site rank higher.
 */
final class TagRanker {

    static final double MIN_SCORE = 2.0;
    static final double PLACE_ONLY_IN_BODY = 0.5;
    static final double UNLISTED_PHRASE = 0.8;
    static final double LISTED_ORGANISATION = 1.0;
    static final double TOPIC_TERM = 1.0;

    private final TermNormalizer normalizer;

    TagRanker(TermNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** A candidate tag: {@code raw} is its score from the article alone, {@code score} after idf. */
    private record Scored(String name, String slug, double raw, double score, int position, List<String> evidence) {
    }

    /**
     * @param topicTerms phrase keys of the terms that define the topics chosen for this article
     */
    List<TermAssignment> rank(AnalyzedText text, List<EntityGroup> entities, List<KeyPhrase> phrases, SiteStats site,
            java.util.Set<String> topicTerms, int maxTags) {
        Map<String, Scored> bySlug = new LinkedHashMap<>();
        for (EntityGroup g : entities) {
            keep(bySlug, entity(text, g, site));
        }
        for (KeyPhrase p : phrases) {
            keep(bySlug, phrase(p, site, topicTerms));
        }
        List<Scored> ranked = new ArrayList<>(bySlug.values());
        ranked.removeIf(s -> s.raw() < MIN_SCORE || s.slug().isEmpty() || normalizer.isStopTag(s.name()));
        ranked.sort(Comparator.comparingDouble((Scored s) -> -s.score()).thenComparingInt(Scored::position)
                .thenComparing(Scored::name));
        List<TermAssignment> tags = new ArrayList<>();
        for (Scored s : ranked.subList(0, Math.min(maxTags, ranked.size()))) {
            tags.add(new TermAssignment(s.name(), s.slug(), s.score(), s.evidence()));
        }
        return tags;
    }

    /** The same term found as a name ("AI") and as a phrase ("artificial intelligence") adds up. */
    private static void keep(Map<String, Scored> bySlug, Scored s) {
        bySlug.merge(s.slug(), s, (a, b) -> {
            List<String> evidence = new ArrayList<>(a.evidence());
            evidence.addAll(b.evidence());
            return new Scored(a.name(), a.slug(), round(a.raw() + b.raw()), round(a.score() + b.score()),
                    Math.min(a.position(), b.position()), evidence);
        });
    }

    private Scored entity(AnalyzedText text, EntityGroup g, SiteStats site) {
        double base = 0;
        double bonus = 0;
        String role = "";
        boolean titleSeen = false;
        boolean early = false;
        Map<String, int[]> lines = new LinkedHashMap<>();
        for (EntityMention m : g.mentions()) {
            if (m.paragraph() == 0) {
                if (titleSeen) {
                    continue; // a headline counts once, however often it repeats a name
                }
                titleSeen = true;
            }
            early |= m.paragraph() == 0 || m.paragraph() == text.leadParagraph();
            base += m.weight();
            if (m.roleBonus() > bonus) {
                bonus = m.roleBonus();
                role = m.role();
            }
            String how = !m.merged().isEmpty() ? " " + m.merged()
                    : m.surface().equals(g.name()) ? "" : " resolved to " + g.name();
            String note = (m.qualifier() ? " as qualifier" : "") + (m.quoted() ? " in quotes" : "");
            String key = text.sectionRank(m.paragraph()) + "\u0000" + text.section(m.paragraph()) + ": '" + m.surface()
                    + "'" + how + note + "\u0000" + format(m.weight());
            lines.computeIfAbsent(key, k -> new int[1])[0]++;
        }
        List<String> evidence = lines(lines);
        if (bonus > 0) {
            evidence.add((bonus == EntityFinder.TITLE_BONUS ? "role" : "descriptor") + ": '" + role + "' (+"
                    + format(bonus) + ")");
        } else if (g.kind() == EntityKind.ORGANISATION) {
            bonus = LISTED_ORGANISATION;
            evidence.add("listed organisation (+" + format(bonus) + ")");
        }
        double factor = 1.0;
        if (g.kind() == EntityKind.PLACE && !early) {
            factor = PLACE_ONLY_IN_BODY;
            evidence.add("place named only in the body (x" + format(factor) + ")");
        }
        String key = SiteStats.entityKey(g.name());
        evidence.add(site.idfEvidence(key));
        double raw = round((base + bonus) * factor);
        return new Scored(g.name(), normalizer.slug(g.name()), raw, round(raw * site.idf(key)), g.position(), evidence);
    }

    private Scored phrase(KeyPhrase p, SiteStats site, java.util.Set<String> topicTerms) {
        String name = p.listed().isEmpty() ? site.phraseNames().getOrDefault(p.key(), p.key()) : p.listed();
        List<String> evidence = new ArrayList<>();
        if (p.title() > 0) {
            evidence.add("title: '" + name + "'" + times(p.title()) + " (x" + format(AnalyzedText.TITLE_WEIGHT) + ")");
        }
        if (p.lead() > 0) {
            evidence.add("lead: '" + name + "'" + times(p.lead()) + " (x" + format(AnalyzedText.LEAD_WEIGHT) + ")");
        }
        if (p.body() > 0) {
            evidence.add("body: '" + name + "'" + times(p.body()) + " (x" + format(AnalyzedText.BODY_WEIGHT) + ")");
        }
        List<String> forms = new ArrayList<>();
        p.surfaces().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> forms.add("'" + e.getKey() + "'" + times(e.getValue())));
        evidence.add("written as " + String.join(", ", forms));
        double factor = p.listed().isEmpty() ? UNLISTED_PHRASE : 1.0;
        evidence.add(p.listed().isEmpty() ? "recurring phrase (x" + format(factor) + ")" : "listed key term");
        double bonus = 0;
        if (!p.listed().isEmpty() && p.words() >= 2 && topicTerms.contains(p.key())) {
            bonus = TOPIC_TERM;
            evidence.add("defines the article's topic (+" + format(bonus) + ")");
        }
        String key = SiteStats.phraseKey(p.key());
        evidence.add(site.idfEvidence(key));
        double raw = round(p.weight() * factor + bonus);
        return new Scored(name, normalizer.slug(name), raw, round(raw * site.idf(key)), p.position(), evidence);
    }

    /** Evidence lines grouped by section, wording and weight: "body: 'Lutnick' merged into ... x2 (x1.0)". */
    private static List<String> lines(Map<String, int[]> lines) {
        List<String> keys = new ArrayList<>(lines.keySet());
        keys.sort(Comparator.comparing((String k) -> k.substring(0, 1))); // stable: title, lead, body
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            String[] parts = k.split("\u0000");
            out.add(parts[1] + times(lines.get(k)[0]) + " (x" + parts[2] + ")");
        }
        return out;
    }

    private static String times(int n) {
        return n > 1 ? " x" + n : "";
    }

    static double round(double score) {
        return Math.round(score * 100.0) / 100.0;
    }

    static String format(double value) {
        return String.format(Locale.ROOT, value == Math.rint(value) ? "%.1f" : "%.2f", value);
    }
}
