package dev.sitegen.taxonomy;

import dev.sitegen.config.TaxonomySettings;
import dev.sitegen.model.Slugs;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One display name and one slug per term, whatever its case, diacritics or plural form: "Tariffs" and
 * "tariff" share the slug {@code tariff}, "São Paulo" and "Sao Paulo" share {@code sao-paulo}, "U.S."
 * and "American" are United States. Applies the configured aliases and stop-tags. Immutable and
 * thread-safe; used for automatic tags and for front-matter tags and topics alike.
 */
public final class TermNormalizer {

    private static final int MAX_ALIAS_HOPS = 8;

    private final WordLists words;
    private final Map<String, String> aliases = new HashMap<>();
    private final Map<String, String> topicNames = new HashMap<>();
    private final Set<String> stopSlugs = new HashSet<>();

    public TermNormalizer(TaxonomySettings settings) {
        this(settings, WordLists.load());
    }

    TermNormalizer(TaxonomySettings settings, WordLists words) {
        Objects.requireNonNull(settings, "settings");
        this.words = Objects.requireNonNull(words, "words");
        settings.aliases().forEach((from, to) -> aliases.put(Keys.fold(clean(from)), clean(to)));
        for (WordLists.TopicRule rule : words.topics()) {
            topicNames.put(Keys.fold(rule.name()), rule.name());
        }
        settings.customTopics().keySet().forEach(name -> topicNames.putIfAbsent(Keys.fold(clean(name)), clean(name)));
        settings.stopTags().forEach(tag -> stopSlugs.add(slug(tag)));
    }

    /**
     * The display name of a term: trimmed, aliases applied, and the canonical spelling of names the
     * word lists know ("u.s." and "Americans" give United States; "Tariffs" gives tariffs; "politics"
     * gives Politics). Other names keep their spelling.
     */
    public String displayName(String raw) {
        Objects.requireNonNull(raw, "raw");
        String name = clean(raw);
        String fold = Keys.fold(name);
        for (int hop = 0; hop < MAX_ALIAS_HOPS && !aliases.isEmpty(); hop++) {
            String target = aliases.get(fold);
            if (target == null || target.equals(name)) {
                break;
            }
            name = target;
            fold = Keys.fold(name);
        }
        if (name.isEmpty()) {
            return name;
        }
        Optional<WordLists.Known> known = words.known(name, fold);
        if (known.isPresent()) {
            return known.get().name();
        }
        String topic = topicNames.get(fold);
        if (topic != null) {
            return topic;
        }
        Optional<String> form = words.keyTermForm(name);
        if (form.isPresent()) {
            return form.get();
        }
        return words.keyTerm(WordLists.phraseKey(words.inflector(), name)).orElse(name);
    }

    /**
     * The URL segment of a term: its display name slugified, with the last word singular for common-noun
     * terms ("tariffs" -> tariff). Names keep their spelling ("Los Angeles", "Reuters", "Roland Garros"):
     * a name is anything whose display name has a capital letter. Listed phrases and aliases give common
     * nouns written in capitals their lower-case display name first, so "Tariffs" also gives tariff.
     */
    public String slug(String raw) {
        String name = displayName(raw);
        if (name.isEmpty()) {
            return "";
        }
        return Slugs.slugify(isCommonNoun(name) ? singularLast(name) : name);
    }

    /**
     * Whether a term must never be a tag: a configured stop-tag, or a word that is no tag on its own
     * (a stop word, weekday, month or bare number).
     */
    public boolean isStopTag(String raw) {
        String name = displayName(raw);
        if (!Keys.hasLetter(name)) {
            return true; // empty, a number, punctuation
        }
        String f = Keys.fold(name);
        if (words.isStopword(f) || words.isNonTag(f) || words.isCalendar(f) || words.isCalendar(Keys.foldNoDot(name))) {
            return true;
        }
        return !stopSlugs.isEmpty() && stopSlugs.contains(slug(name));
    }

    private static boolean isCommonNoun(String name) {
        return name.equals(name.toLowerCase(java.util.Locale.ROOT));
    }

    private String singularLast(String name) {
        int space = name.lastIndexOf(' ');
        String last = name.substring(space + 1);
        String singular = words.inflector().singular(Keys.fold(last));
        return name.substring(0, space + 1) + singular;
    }

    /** Collapses white space and strips quotes, a leading '#' and a possessive 's. */
    static String clean(String raw) {
        String s = Keys.collapseSpaces(raw);
        while (!s.isEmpty() && "\"'\u201C\u201D\u2018\u2019#".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1).strip();
        }
        while (!s.isEmpty() && "\"'\u201C\u201D\u2018\u2019,;:".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            s = s.substring(0, s.length() - 2);
        }
        return s;
    }
}
