package dev.sitegen.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses the word-list resources into {@link WordLists}; errors name the resource and line. */
final class WordListLoader {

    private WordListLoader() {
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

        Map<String, WordLists.Known> exact = new HashMap<>();
        Map<String, WordLists.Known> byFold = new HashMap<>();
        for (WordListReader.Line line : WordListReader.lines("countries.txt")) {
            String[] parts = line.text().split(":", 2);
            WordLists.Known known = new WordLists.Known(parts[0].strip(), WordLists.KnownKind.COUNTRY, parts[0].strip());
            addForms(known, parts.length > 1 ? parts[1] : "", exact, byFold);
        }
        for (WordListReader.Line line : WordListReader.lines("organisations.txt")) {
            String[] parts = line.text().split(":", 2);
            WordLists.Known known = new WordLists.Known(parts[0].strip(), WordLists.KnownKind.ORGANISATION, "");
            addForms(known, parts.length > 1 ? parts[1] : "", exact, byFold);
        }
        for (WordListReader.Line line : WordListReader.lines("places.txt")) {
            String[] nameRest = split(line, "=");
            String[] countryForms = nameRest[1].split("\\|", 2);
            WordLists.Known known = new WordLists.Known(nameRest[0], WordLists.KnownKind.PLACE, countryForms[0].strip());
            addForms(known, countryForms.length > 1 ? countryForms[1] : "", exact, byFold);
        }

        Map<String, String> keyTerms = new LinkedHashMap<>();
        Map<String, String> exactTermForms = new HashMap<>();
        Map<String, String> foldedTermForms = new HashMap<>();
        for (WordListReader.Line line : WordListReader.lines("key-terms.txt")) {
            String[] parts = line.text().split("\\|", 2);
            String display = parts[0].strip();
            keyTerms.putIfAbsent(WordLists.phraseKey(inflector, display), display);
            for (String form : parts.length > 1 ? parts[1].split(",") : new String[0]) {
                if (!form.isBlank()) {
                    if (WordLists.isShortCaps(form.strip())) {
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

    private static List<WordLists.TopicRule> topicRules(Inflector inflector) {
        List<WordLists.TopicRule> rules = new ArrayList<>();
        for (Map.Entry<String, List<WordListReader.Line>> section : WordListReader.sections("topics.txt").entrySet()) {
            List<WordLists.TopicTerm> terms = new ArrayList<>();
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
                terms.add(WordLists.topicTerm(inflector, text, weight, false));
            }
            rules.add(new WordLists.TopicRule(section.getKey(), false, terms));
        }
        return rules;
    }

    private static void addForms(WordLists.Known known, String forms, Map<String, WordLists.Known> exact, Map<String, WordLists.Known> byFold) {
        addForm(known, known.name(), exact, byFold);
        for (String form : forms.split(",")) {
            if (!form.isBlank()) {
                addForm(known, form.strip(), exact, byFold);
            }
        }
    }

    private static void addForm(WordLists.Known known, String form, Map<String, WordLists.Known> exact, Map<String, WordLists.Known> byFold) {
        if (WordLists.isShortCaps(form)) {
            exact.putIfAbsent(form, known); // "US" is the country, "us" is not
        } else {
            byFold.putIfAbsent(Keys.fold(form), known);
        }
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

}
