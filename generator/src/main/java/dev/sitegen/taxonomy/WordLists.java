package dev.sitegen.taxonomy;

import java.util.ArrayList;
import java.util.HashSet;
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

    WordLists(Map<String, Set<String>> sets, Map<String, Known> exactForms, Map<String, Known> foldedForms,
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
        return WordListLoader.load();
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

    /** Two or three capitals ("US", "WHO"): matched as written, since "us" and "who" are words. */
    static boolean isShortCaps(String form) {
        return form.length() <= 3 && Keys.isAllCaps(form);
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

    /** A title or honorific; a hyphenated one ("director-general") if its parts are role words. */
    boolean isTitle(String foldedNoDot) {
        if (titles.contains(foldedNoDot) || honorifics.contains(foldedNoDot)) {
            return true;
        }
        int hyphen = foldedNoDot.indexOf('-');
        if (hyphen <= 0) {
            return false;
        }
        boolean title = false;
        for (String part : foldedNoDot.split("-")) {
            if (!titles.contains(part) && !roleModifiers.contains(part)) {
                return false;
            }
            title |= titles.contains(part);
        }
        return title;
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
