package dev.sitegen.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The word lists shipped under {@code dev/sitegen/taxonomy/}, loaded once and immutable. Each list
 * names its source and licence in its header comment.
 */
final class WordLists {

    enum KnownKind { COUNTRY, PLACE, ORGANISATION }

    /** A name the lists know: its display form, what it is and (for places) its country, or "". */
    record Known(String name, KnownKind kind, String country) {
    }

    /** A topic term: one to three words, matched exactly as written when it has capitals. */
    record TopicTerm(String label, List<String> words, boolean exact, double weight, boolean custom) {
        TopicTerm {
            words = List.copyOf(words);
        }
    }

    record TopicRule(String name, boolean custom, List<TopicTerm> terms) {
        TopicRule {
            terms = List.copyOf(terms);
        }
    }

    private final Set<String> stopwords;
    private final Set<String> calendar;
    private final Set<String> abbreviations;
    private final Set<String> honorifics;
    private final Set<String> titles;
    private final Set<String> roleModifiers;
    private final Set<String> descriptors;
    private final Set<String> givenNames;
    private final Set<String> genericHeads;
    private final Set<String> genericModifiers;
    private final Set<String> affiliations;
    private final Set<String> orgWords;
    private final Set<String> nonTags;
    private final Map<String, String> exactTermForms;
    private final Map<String, String> foldedTermForms;
    private final Map<String, Known> exactForms;
    private final Map<String, Known> foldedForms;
    private final Map<String, String> keyTerms;
    private final Set<String> keyTermFirstWords;
    private final List<TopicRule> topics;
    private final Inflector inflector;

    private WordLists(Map<String, Set<String>> sets, Map<String, Known> exactForms, Map<String, Known> foldedForms,
            Map<String, String> keyTerms, Map<String, String> exactTermForms, Map<String, String> foldedTermForms,
            List<TopicRule> topics, Inflector inflector) {
        this.stopwords = sets.get("stopwords");
        this.calendar = sets.get("calendar");
        this.abbreviations = sets.get("abbreviations");
        this.honorifics = sets.get("honorifics");
        this.titles = sets.get("titles");
        this.roleModifiers = sets.get("modifiers");
        this.descriptors = sets.get("descriptors");
        this.givenNames = sets.get("givenNames");
        this.genericHeads = sets.get("heads");
        this.genericModifiers = sets.get("genericModifiers");
        this.affiliations = sets.get("affiliations");
        this.orgWords = sets.get("orgWords");
        this.nonTags = sets.get("nonTags");
        this.exactTermForms = Keys.frozen(exactTermForms);
        this.foldedTermForms = Keys.frozen(foldedTermForms);
        this.exactForms = Keys.frozen(exactForms);
        this.foldedForms = Keys.frozen(foldedForms);
        this.keyTerms = Keys.frozen(keyTerms);
        Set<String> firstWords = new HashSet<>();
        keyTerms.keySet().forEach(k -> firstWords.add(k.indexOf(' ') < 0 ? k : k.substring(0, k.indexOf(' '))));
        this.keyTermFirstWords = Keys.frozen(firstWords);
        this.topics = List.copyOf(topics);
        this.inflector = inflector;
    }

    static WordLists load() {
        Map<String, List<WordListReader.Line>> plurals = WordListReader.sections("plurals.txt");
        Map<String, String> irregular = new HashMap<>();
        for (WordListReader.Line line : plurals.getOrDefault("irregular", List.of())) {
            String[] parts = split(line, "=");
            irregular.put(Keys.fold(parts[0]), Keys.fold(parts[1]));
        }
        Inflector inflector = new Inflector(irregular, folded(plurals.getOrDefault("invariant", List.of())));

        Map<String, Set<String>> sets = new HashMap<>();
        sets.put("stopwords", folded(WordListReader.lines("stopwords.txt")));
        sets.put("calendar", folded(WordListReader.lines("calendar.txt")));
        sets.put("abbreviations", folded(WordListReader.lines("abbreviations.txt")));
        sets.put("givenNames", folded(WordListReader.lines("given-names.txt")));
        sets.put("nonTags", folded(WordListReader.lines("non-tags.txt")));
        Set<String> orgWords = new HashSet<>();
        for (WordListReader.Line line : WordListReader.lines("org-words.txt")) {
            orgWords.add(inflector.singular(Keys.fold(line.text())));
        }
        sets.put("orgWords", Keys.frozen(orgWords));
        Map<String, List<WordListReader.Line>> roles = WordListReader.sections("roles.txt");
        for (String section : List.of("honorifics", "titles", "modifiers", "descriptors", "affiliations")) {
            sets.put(section, folded(roles.getOrDefault(section, List.of())));
        }
        Map<String, List<WordListReader.Line>> generic = WordListReader.sections("generic-words.txt");
        Set<String> heads = new HashSet<>();
        for (WordListReader.Line line : generic.getOrDefault("heads", List.of())) {
            heads.add(inflector.singular(Keys.fold(line.text())));
        }
        sets.put("heads", Keys.frozen(heads));
        sets.put("genericModifiers", folded(generic.getOrDefault("modifiers", List.of())));

        Map<String, Known> exact = new HashMap<>();
        Map<String, Known> byFold = new HashMap<>();
        for (WordListReader.Line line : WordListReader.lines("countries.txt")) {
            String[] parts = line.text().split(":", 2);
            Known known = new Known(parts[0].strip(), KnownKind.COUNTRY, parts[0].strip());
            addForms(known, parts.length > 1 ? parts[1] : "", exact, byFold);
        }
        for (WordListReader.Line line : WordListReader.lines("organisations.txt")) {
            String[] parts = line.text().split(":", 2);
            Known known = new Known(parts[0].strip(), KnownKind.ORGANISATION, "");
            addForms(known, parts.length > 1 ? parts[1] : "", exact, byFold);
        }
        for (WordListReader.Line line : WordListReader.lines("places.txt")) {
            String[] nameRest = split(line, "=");
            String[] countryForms = nameRest[1].split("\\|", 2);
            Known known = new Known(nameRest[0], KnownKind.PLACE, countryForms[0].strip());
            addForms(known, countryForms.length > 1 ? countryForms[1] : "", exact, byFold);
        }

        Map<String, String> keyTerms = new LinkedHashMap<>();
        Map<String, String> exactTermForms = new HashMap<>();
        Map<String, String> foldedTermForms = new HashMap<>();
        for (WordListReader.Line line : WordListReader.lines("key-terms.txt")) {
            String[] parts = line.text().split("\\|", 2);
            String display = parts[0].strip();
            keyTerms.putIfAbsent(phraseKey(inflector, display), display);
            for (String form : parts.length > 1 ? parts[1].split(",") : new String[0]) {
                if (!form.isBlank()) {
                    if (isShortCaps(form.strip())) {
                        exactTermForms.put(form.strip(), display);
                    } else {
                        foldedTermForms.put(Keys.fold(form.strip()), display);
                    }
                }
            }
        }
        return new WordLists(sets, exact, byFold, keyTerms, exactTermForms, foldedTermForms, topicRules(inflector),
                inflector);
    }

    private static List<TopicRule> topicRules(Inflector inflector) {
        List<TopicRule> rules = new ArrayList<>();
        for (Map.Entry<String, List<WordListReader.Line>> section : WordListReader.sections("topics.txt").entrySet()) {
            List<TopicTerm> terms = new ArrayList<>();
            for (WordListReader.Line line : section.getValue()) {
                String text = line.text();
                double weight = 1.0;
                int space = text.lastIndexOf(' ');
                if (space > 0 && Character.isDigit(text.charAt(text.length() - 1))) {
                    try {
                        weight = Double.parseDouble(text.substring(space + 1));
                    } catch (NumberFormatException e) {
                        throw line.error("bad weight in '" + text + "'");
                    }
                    text = text.substring(0, space).strip();
                }
                terms.add(topicTerm(inflector, text, weight, false));
            }
            rules.add(new TopicRule(section.getKey(), false, terms));
        }
        return rules;
    }

    /** A topic term as written in topics.txt or a custom topic rule. */
    static TopicTerm topicTerm(Inflector inflector, String text, double weight, boolean custom) {
        String label = text.strip().replaceAll("\\s+", " ");
        boolean exact = !label.equals(label.toLowerCase(java.util.Locale.ROOT));
        List<String> words = new ArrayList<>();
        for (String w : label.split(" ")) {
            words.add(exact ? w : inflector.singular(Keys.fold(w)));
        }
        return new TopicTerm(label, words, exact, weight, custom);
    }

    /** The counting key of a phrase: folded, hyphens as spaces, every word singular. */
    static String phraseKey(Inflector inflector, String text) {
        String f = Keys.collapseSpaces(Keys.fold(text).replace('-', ' '));
        return inflector.singularWords(f);
    }

    private static void addForms(Known known, String forms, Map<String, Known> exact, Map<String, Known> byFold) {
        addForm(known, known.name(), exact, byFold);
        for (String form : forms.split(",")) {
            if (!form.isBlank()) {
                addForm(known, form.strip(), exact, byFold);
            }
        }
    }

    private static void addForm(Known known, String form, Map<String, Known> exact, Map<String, Known> byFold) {
        if (isShortCaps(form)) {
            exact.putIfAbsent(form, known); // "US" is the country, "us" is not
        } else {
            byFold.putIfAbsent(Keys.fold(form), known);
        }
    }

    private static boolean isShortCaps(String form) {
        return form.length() <= 3 && Keys.isAllCaps(form);
    }

    private static String[] split(WordListReader.Line line, String separator) {
        int at = line.text().indexOf(separator);
        if (at < 0) {
            throw line.error("expected '" + separator + "' in '" + line.text() + "'");
        }
        return new String[] {line.text().substring(0, at).strip(), line.text().substring(at + 1).strip()};
    }

    private static Set<String> folded(List<WordListReader.Line> lines) {
        Set<String> set = new HashSet<>();
        for (WordListReader.Line line : lines) {
            set.add(Keys.fold(line.text()));
        }
        return Keys.frozen(set);
    }

    /** Resolves a name as written: "U.S." and "Americans" give United States, "Londoner" gives London. */
    Optional<Known> known(String surface) {
        return known(surface, null);
    }

    /** {@link #known(String)} for a word whose fold is already known (a token). */
    Optional<Known> known(String surface, String folded) {
        Known k = lookup(surface, folded);
        if (k == null && surface.length() > 4 && surface.endsWith("s")) {
            String singular = surface.substring(0, surface.length() - 1); // plural demonyms: Americans, Britons
            k = lookup(singular, folded == null ? null : folded.substring(0, folded.length() - 1));
            if (k != null && k.kind() == KnownKind.ORGANISATION) {
                k = null;
            }
        }
        return Optional.ofNullable(k);
    }

    private Known lookup(String surface, String folded) {
        Known k = exactForms.get(surface);
        if (k == null && !isShortCaps(surface)) {
            k = foldedForms.get(folded != null ? folded : Keys.fold(surface));
        }
        return k;
    }

    boolean isStopword(String folded) {
        return stopwords.contains(folded);
    }

    boolean isCalendar(String folded) {
        return calendar.contains(folded);
    }

    boolean isAbbreviation(String folded) {
        return abbreviations.contains(folded);
    }

    boolean isHonorific(String foldedNoDot) {
        return honorifics.contains(foldedNoDot);
    }

    boolean isTitle(String foldedNoDot) {
        return titles.contains(foldedNoDot) || honorifics.contains(foldedNoDot);
    }

    boolean isRoleModifier(String foldedNoDot) {
        return roleModifiers.contains(foldedNoDot);
    }

    boolean isDescriptor(String folded) {
        return descriptors.contains(folded);
    }

    boolean isGivenName(String folded) {
        return givenNames.contains(folded);
    }

    boolean isGenericHead(String singular) {
        return genericHeads.contains(singular);
    }

    boolean isGenericModifier(String folded) {
        return genericModifiers.contains(folded);
    }

    boolean isAffiliation(String folded) {
        return affiliations.contains(folded);
    }

    /** Head noun of an organisation or venue name ("League", "Party"), by its singular fold. */
    boolean isOrgWord(String singular) {
        return orgWords.contains(singular);
    }

    boolean isNonTag(String folded) {
        return nonTags.contains(folded);
    }

    /** The listed key phrase another written form stands for ("AI" -> "artificial intelligence"). */
    Optional<String> keyTermForm(String surface) {
        String display = exactTermForms.get(surface);
        if (display == null && !isShortCaps(surface)) {
            display = foldedTermForms.get(Keys.fold(surface));
        }
        return Optional.ofNullable(display);
    }

    /** Whether some listed key phrase starts with this singular word. */
    boolean startsKeyTerm(String singular) {
        return keyTermFirstWords.contains(singular);
    }

    /** Display form of a listed key phrase, by its {@link #phraseKey} ("tariff" -> "tariffs"). */
    Optional<String> keyTerm(String phraseKey) {
        return Optional.ofNullable(keyTerms.get(phraseKey));
    }

    List<TopicRule> topics() {
        return topics;
    }

    Inflector inflector() {
        return inflector;
    }
}
