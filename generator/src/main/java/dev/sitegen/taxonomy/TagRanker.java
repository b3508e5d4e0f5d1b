package dev.sitegen.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores an article's entities and key phrases on one scale and keeps the best as tags.
 * Entity: sum of mention weights (title x3 once, lead x2, body x1; qualifiers and quoted unknown names
 * at half) plus a bonus for a title or descriptor before a person's name (office holders are central)
 * or for a listed organisation, halved for a city or region named only in the body.
 * Phrase: sum of occurrence weights, x0.8 unless listed in key-terms.txt, plus a bonus for a listed
 * phrase that defines the article's topic ("climate change" in a Climate story).
 * A term needs {@link #MIN_SCORE} from the article alone; the ranking score is then multiplied by a
 * damped inverse document frequency, so terms rare on the site rank higher. Evidence is only written
 * for terms that pass.
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

    /** One source of a tag (an entity or a phrase) with its score from the article alone. */
    private record Part(String name, double raw, int position, EntityGroup entity, KeyPhrase phrase) {
    }

    /**
     * @param definingTerms phrase keys of the terms that define the topics chosen for this article
     */
    List<TermAssignment> rank(AnalyzedText text, List<EntityGroup> entities, List<KeyPhrase> phrases, SiteStats site,
            Set<String> definingTerms, int maxTags) {
        // The same term found as a name ("AI") and as a phrase ("artificial intelligence") adds up.
        Map<String, List<Part>> byName = new LinkedHashMap<>();
        for (EntityGroup g : entities) {
            Part p = new Part(g.name(), entityRaw(text, g), g.position(), g, null);
            byName.computeIfAbsent(Keys.fold(p.name()), k -> new ArrayList<>()).add(p);
        }
        for (KeyPhrase k : phrases) {
            Part p = new Part(phraseName(k, site), phraseRaw(k, definingTerms), k.position(), null, k);
            byName.computeIfAbsent(Keys.fold(p.name()), x -> new ArrayList<>()).add(p);
        }
        record Ranked(String name, double score, int position, List<Part> parts) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (List<Part> parts : byName.values()) {
            double raw = 0;
            double score = 0;
            int position = Integer.MAX_VALUE;
            for (Part p : parts) {
                raw += p.raw();
                score += p.raw() * site.idf(dfKey(p));
                position = Math.min(position, p.position());
            }
            String name = parts.get(0).name();
            if (round(raw) >= MIN_SCORE && !normalizer.isStopTag(name)) {
                ranked.add(new Ranked(name, round(score), position, parts));
            }
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.score()).thenComparingInt(Ranked::position)
                .thenComparing(Ranked::name));
        List<TermAssignment> tags = new ArrayList<>();
        for (Ranked r : ranked.subList(0, Math.min(maxTags, ranked.size()))) {
            List<String> evidence = new ArrayList<>();
            for (Part p : r.parts()) {
                evidence.addAll(p.entity() != null ? entityEvidence(text, p.entity(), site)
                        : phraseEvidence(p.name(), p.phrase(), site, definingTerms));
            }
            tags.add(new TermAssignment(r.name(), normalizer.slug(r.name()), r.score(), evidence));
        }
        return tags;
    }

    private static String dfKey(Part p) {
        return p.entity() != null ? SiteStats.entityKey(p.name()) : SiteStats.phraseKey(p.phrase().key());
    }

    private static double entityRaw(AnalyzedText text, EntityGroup g) {
        double base = 0;
        boolean titleSeen = false;
        boolean early = false;
        for (EntityMention m : g.mentions()) {
            if (m.paragraph() == 0) {
                if (titleSeen) {
                    continue; // a headline counts once, however often it repeats a name
                }
                titleSeen = true;
            }
            early |= m.paragraph() == 0 || m.paragraph() == text.leadParagraph();
            base += m.weight();
        }
        double factor = g.kind() == EntityKind.PLACE && !early ? PLACE_ONLY_IN_BODY : 1.0;
        return (base + bonus(g)) * factor;
    }

    /** The strongest role or descriptor before the name, else the listed-organisation prior. */
    private static double bonus(EntityGroup g) {
        double bonus = 0;
        for (EntityMention m : g.mentions()) {
            bonus = Math.max(bonus, m.roleBonus());
        }
        return bonus == 0 && g.kind() == EntityKind.ORGANISATION ? LISTED_ORGANISATION : bonus;
    }

    private static List<String> entityEvidence(AnalyzedText text, EntityGroup g, SiteStats site) {
        Map<String, int[]> lines = new LinkedHashMap<>();
        boolean titleSeen = false;
        boolean early = false;
        String role = "";
        double roleBonus = 0;
        for (EntityMention m : g.mentions()) {
            if (m.paragraph() == 0) {
                if (titleSeen) {
                    continue;
                }
                titleSeen = true;
            }
            early |= m.paragraph() == 0 || m.paragraph() == text.leadParagraph();
            if (m.roleBonus() > roleBonus) {
                roleBonus = m.roleBonus();
                role = m.role();
            }
            String how = !m.merged().isEmpty() ? " " + m.merged() : m.surface().equals(g.name()) ? "" : " resolved to " + g.name();
            String note = (m.qualifier() ? " as qualifier" : "") + (m.quoted() ? " in quotes" : "");
            String key = text.sectionRank(m.paragraph()) + "\u0000" + text.section(m.paragraph()) + ": '" + m.surface()
                    + "'" + how + note + "\u0000" + format(m.weight());
            lines.computeIfAbsent(key, k -> new int[1])[0]++;
        }
        List<String> keys = new ArrayList<>(lines.keySet());
        keys.sort(Comparator.comparing((String k) -> k.charAt(0))); // stable: title, lead, body
        List<String> evidence = new ArrayList<>();
        for (String k : keys) {
            String[] parts = k.split("\u0000");
            evidence.add(parts[1] + times(lines.get(k)[0]) + " (x" + parts[2] + ")");
        }
        if (roleBonus > 0) {
            evidence.add((roleBonus == EntityFinder.TITLE_BONUS ? "role" : "descriptor") + ": '" + role + "' (+"
                    + format(roleBonus) + ")");
        } else if (g.kind() == EntityKind.ORGANISATION) {
            evidence.add("listed organisation (+" + format(LISTED_ORGANISATION) + ")");
        }
        if (g.kind() == EntityKind.PLACE && !early) {
            evidence.add("place named only in the body (x" + format(PLACE_ONLY_IN_BODY) + ")");
        }
        evidence.add(site.idfEvidence(SiteStats.entityKey(g.name())));
        return evidence;
    }

    private static String phraseName(KeyPhrase p, SiteStats site) {
        return p.listed().isEmpty() ? site.phraseNames().getOrDefault(p.key(), p.key()) : p.listed();
    }

    private static double phraseRaw(KeyPhrase p, Set<String> definingTerms) {
        return p.weight() * (p.listed().isEmpty() ? UNLISTED_PHRASE : 1.0) + (defines(p, definingTerms) ? TOPIC_TERM : 0);
    }

    private static boolean defines(KeyPhrase p, Set<String> definingTerms) {
        return !p.listed().isEmpty() && p.words() >= 2 && definingTerms.contains(p.key());
    }

    private static List<String> phraseEvidence(String name, KeyPhrase p, SiteStats site, Set<String> definingTerms) {
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
        List<Map.Entry<String, Integer>> forms = new ArrayList<>(p.surfaces().entrySet());
        forms.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> written = new ArrayList<>();
        forms.forEach(e -> written.add("'" + e.getKey() + "'" + times(e.getValue())));
        evidence.add("written as " + String.join(", ", written));
        evidence.add(p.listed().isEmpty() ? "recurring phrase (x" + format(UNLISTED_PHRASE) + ")" : "listed key term");
        if (defines(p, definingTerms)) {
            evidence.add("defines the article's topic (+" + format(TOPIC_TERM) + ")");
        }
        evidence.add(site.idfEvidence(SiteStats.phraseKey(p.key())));
        return evidence;
    }

    private static String times(int n) {
        return n > 1 ? " x" + n : "";
    }

    static double round(double score) {
        return Math.round(score * 100.0) / 100.0;
    }

    /** "3.0", "0.5", "1.27": one decimal for whole numbers, else two (no String.format: it is slow). */
    static String format(double value) {
        long hundredths = Math.round(value * 100.0);
        long whole = hundredths / 100;
        long rest = Math.abs(hundredths % 100);
        if (rest == 0) {
            return whole + ".0";
        }
        return whole + "." + (rest < 10 ? "0" : "") + (rest % 10 == 0 ? rest / 10 : rest);
    }
}
