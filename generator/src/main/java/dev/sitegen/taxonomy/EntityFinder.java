package dev.sitegen.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns runs of capitalised words into entity mentions: split at titles ("Treasury Secretary Scott
 * Bessent" gives Scott Bessent), resolved to countries and known names ("Chinese" gives China), cut
 * where two names meet ("Elena Ruiz of Spain", "Hungarian Marta Kovacs", "Arsenal FA Cup"). Capitals
 * at sentence starts are vetted by {@link SentenceStarts}.
 */
final class EntityFinder {

    private static final Set<String> CORPORATE_SUFFIXES = Set.of("inc", "ltd", "corp", "plc", "llc", "co", "ag", "sa",
            "nv", "gmbh");
    /** "Washington-based", "Chinese-owned": the first part is the entity. */
    private static final Set<String> ATTRIBUTIVE_SUFFIXES = Set.of("based", "born", "led", "backed", "owned", "made",
            "funded", "controlled", "run", "style", "era", "linked", "bound", "wide", "like");
    private static final int MAX_PERSON_WORDS = 3;
    static final double TITLE_BONUS = 3.0;
    static final double DESCRIPTOR_BONUS = 2.0;

    private final WordLists words;
    private final RoleSplitter roles;

    EntityFinder(WordLists words) {
        this.words = words;
        this.roles = new RoleSplitter(words);
    }

    /** @param runs the article's capitalised runs and capitalisation evidence */
    List<EntityMention> find(AnalyzedText text, NameRuns runs) {
        return new Pass(text, runs).run();
    }

    List<EntityMention> find(AnalyzedText text) {
        return find(text, NameRuns.scan(text, words));
    }

    /** The state of finding entities in one article. */
    private final class Pass {
        private final AnalyzedText text;
        private final List<Token> tokens;
        private final NameRuns runs;
        private final SentenceStarts starts;
        private final List<EntityMention> out = new ArrayList<>();

        Pass(AnalyzedText text, NameRuns runs) {
            this.text = text;
            this.tokens = text.tokens();
            this.runs = runs;
            this.starts = new SentenceStarts(words, runs);
        }

        List<EntityMention> run() {
            for (int[] r : runs.runs()) {
                Token first = tokens.get(r[0]);
                if (first.quoted() && text.titleQuotes().contains(first.quote())) {
                    continue; // a quoted title of a show or book, not a tag
                }
                splitAtBreaks(r[0], r[1]);
            }
            return out;
        }

        /** Calendar words and "Sino-U.S." style compounds end a name; their known parts stand alone. */
        private void splitAtBreaks(int start, int end) {
            int from = start;
            for (int i = start; i < end; i++) {
                Token t = tokens.get(i);
                boolean calendar = t.is(Token.CALENDAR) && !(i > from && words.isGivenName(tokens.get(i - 1).fold()));
                boolean compound = t.text().indexOf('-') > 0 && words.known(t.text()).isEmpty() && compound(t, i);
                if (calendar || compound) {
                    piece(from, i);
                    from = i + 1;
                }
            }
            piece(from, end);
        }

        /** Emits the known parts of a hyphenated word; true if the word is no name by itself. */
        private boolean compound(Token t, int position) {
            String[] parts = t.text().split("[-\u2011]");
            boolean attributive = ATTRIBUTIVE_SUFFIXES.contains(Keys.fold(parts[parts.length - 1]));
            List<WordLists.Known> known = new ArrayList<>();
            for (String part : parts) {
                words.known(part).filter(k -> k.kind() == WordLists.KnownKind.COUNTRY || attributive).ifPresent(known::add);
            }
            if (known.isEmpty() && !attributive) {
                return false;
            }
            for (WordLists.Known k : known) {
                emit(k.name(), EntityKind.of(k.kind()), t.text(), t, position, "", 0, false);
            }
            return true;
        }

        private void piece(int start, int end) {
            while (start < end && (NameRuns.ARTICLES.contains(tokens.get(start).fold()) || NameRuns.isConnector(tokens.get(start)))) {
                start++;
            }
            while (end > start && (CORPORATE_SUFFIXES.contains(tokens.get(end - 1).foldNoDot())
                    || NameRuns.isConnector(tokens.get(end - 1)) || end - start > 1 && pluralTitle(tokens.get(end - 1)))) {
                end--;
            }
            if (start >= end) {
                return;
            }
            Token first = tokens.get(start);
            if (!NameRuns.reliable(first, text)) {
                splitUnconfirmed(start, end); // "Kovacs Beats Top Seed Ruiz" keeps Kovacs and Ruiz
                return;
            }
            if (first.is(Token.INITIAL) && !runs.nonInitial().contains(NameRuns.key(tokens.subList(start, end)))) {
                start = starts.strip(tokens, start, end);
            }
            if (start < end && !splitJuxtaposed(start, end)) {
                resolve(start, end);
            }
        }

        /** "MPs" in "Labour MPs": a plural title abbreviation says who, not which. */
        private boolean pluralTitle(Token t) {
            String w = t.text();
            return w.length() > 2 && w.endsWith("s") && Keys.isAllCaps(w.substring(0, w.length() - 1))
                    && words.isTitle(Keys.fold(w.substring(0, w.length() - 1)));
        }

        private void splitUnconfirmed(int start, int end) {
            int from = start;
            for (int i = start; i <= end; i++) {
                if (i == end || !starts.confirmed(tokens.get(i)) && !NameRuns.isConnector(tokens.get(i))) {
                    if (from < i) {
                        resolve(from, i);
                    }
                    from = i + 1;
                }
            }
        }

        /**
         * "Okafor double gives Arsenal FA Cup final win": a headline run seen only once that is two runs the
         * article uses elsewhere is those two names. Only headlines pack names together like that; a run
         * opening with a given name is one person ("Daniel Okafor").
         */
        private boolean splitJuxtaposed(int start, int end) {
            if (end - start < 2 || tokens.get(start).paragraph() != 0 || known(start, end)
                    || words.isGivenName(tokens.get(start).fold())
                    || runs.count(NameRuns.key(tokens.subList(start, end))) > 1) {
                return false;
            }
            for (int k = start + 1; k < end; k++) {
                if (seen(start, k) && seen(k, end)) {
                    resolve(start, k);
                    resolve(k, end);
                    return true;
                }
            }
            return false;
        }

        private boolean seen(int start, int end) {
            return known(start, end) || runs.count(NameRuns.key(tokens.subList(start, end))) > 0;
        }

        private boolean known(int start, int end) {
            if (end - start == 1) {
                return words.known(tokens.get(start).text(), tokens.get(start).fold()).isPresent();
            }
            return words.known(join(tokens.subList(start, end))).isPresent();
        }

        private void resolve(int start, int end) {
            List<Token> run = tokens.subList(start, end);
            Optional<WordLists.Known> known = words.known(join(run));
            if (known.isPresent()) {
                WordLists.Known k = known.get();
                emit(k.name(), EntityKind.of(k.kind()), join(run), run.get(0), start, "", 0, qualifies(end));
                return;
            }
            for (int k = start + 2; k < end - 1; k++) {
                if (tokens.get(k).isWord() && NameRuns.isConnector(tokens.get(k)) && words.isGivenName(run.get(0).fold())) {
                    resolve(start, k); // "Elena Ruiz of Spain"
                    resolve(k + 1, end);
                    return;
                }
            }
            Token lead = run.get(0);
            boolean affiliation = words.isAffiliation(lead.fold());
            if (run.size() >= 3 && words.isGivenName(run.get(1).fold()) && (affiliation || words.known(lead.text()).isPresent())) {
                if (!affiliation) {
                    qualifier(start, start + 1); // "Hungarian Marta Kovacs"
                }
                name(start + 1, end, affiliation ? lead.text() : "", affiliation ? DESCRIPTOR_BONUS : 0);
                return;
            }
            RoleSplitter.Span role = roles.find(run);
            if (role == null) {
                Token before = start > 0 ? tokens.get(start - 1) : null;
                boolean descriptor = before != null && before.isWord() && !before.capitalised()
                        && before.sentence() == lead.sentence() && words.isDescriptor(before.fold());
                name(start, end, descriptor ? before.text() : "", descriptor ? DESCRIPTOR_BONUS : 0);
                return;
            }
            if (role.first() > 0) {
                qualifier(start, start + role.first());
            }
            if (role.last() + 1 < run.size()) {
                String title = join(run.subList(0, role.last() + 1));
                name(start + role.last() + 1, end, role.honorific() ? "" : title, role.honorific() ? 0 : TITLE_BONUS);
            }
        }

        /** "U.S. Trade" in "U.S. Trade Representative": keep the known names, at half weight. */
        private void qualifier(int start, int end) {
            List<Token> run = tokens.subList(start, end);
            Optional<WordLists.Known> whole = words.known(join(run));
            if (whole.isPresent()) {
                emit(whole.get().name(), EntityKind.of(whole.get().kind()), join(run), run.get(0), start, "", 0, true);
                return;
            }
            boolean any = false;
            for (int i = start; i < end; i++) {
                Optional<WordLists.Known> k = words.known(tokens.get(i).text());
                if (k.isPresent()) {
                    emit(k.get().name(), EntityKind.of(k.get().kind()), tokens.get(i).text(), tokens.get(i), i, "", 0, true);
                    any = true;
                }
            }
            if (!any && run.size() >= 2) {
                emit(join(run), EntityKind.OTHER, join(run), run.get(0), start, "", 0, true);
            }
        }

        /** A name that is not in the lists: split before a given name, filter non-names, emit. */
        private void name(int start, int end, String role, double bonus) {
            for (int k = start + 2; k < end; k++) {
                if (words.isGivenName(tokens.get(k).fold()) && !words.isGivenName(tokens.get(k - 1).fold())
                        && !NameRuns.isConnector(tokens.get(k - 1))) {
                    name(start, k, "", 0); // "Human Services Robert Kennedy"
                    start = k;
                    break;
                }
            }
            List<Token> run = tokens.subList(start, end);
            String surface = join(run);
            Optional<WordLists.Known> known = words.known(surface);
            if (known.isPresent()) {
                WordLists.Known k = known.get();
                emit(k.name(), EntityKind.of(k.kind()), surface, run.get(0), start, "", 0, qualifies(end));
                return;
            }
            if (run.size() == 1 && !isNameWord(run.get(0))) {
                return;
            }
            emit(surface, isPerson(run, bonus) ? EntityKind.PERSON : EntityKind.OTHER, surface, run.get(0), start, role,
                    bonus, qualifies(end));
        }

        /** Introduced by a role, or a given name and one or two more name words; never "... League". */
        private boolean isPerson(List<Token> run, double bonus) {
            if (words.isOrgWord(words.inflector().singular(run.get(run.size() - 1).fold()))) {
                return false;
            }
            int nameWords = 0;
            for (Token t : run) {
                String f = t.foldNoDot();
                if (f.length() > 1 && !NameRuns.isConnector(t) && !f.equals("jr") && !f.equals("sr")
                        && !f.chars().allMatch(c -> c == 'i')) {
                    nameWords++;
                }
            }
            return bonus > 0 && nameWords <= MAX_PERSON_WORDS
                    || nameWords >= 2 && nameWords <= MAX_PERSON_WORDS && words.isGivenName(run.get(0).fold());
        }

        /** A single capitalised word that can be a tag by itself. */
        private boolean isNameWord(Token t) {
            String f = t.foldNoDot();
            if (words.isStopword(t.fold()) || words.isStopword(f) || words.isCalendar(f) || words.isTitle(f)
                    || words.isRoleModifier(f) || words.isDescriptor(f) || words.isNonTag(f) || t.text().length() < 2) {
                return false;
            }
            // A long word in capitals is shouting ("BREAKING"), not an acronym.
            return !(Keys.isAllCaps(t.text()) && t.text().length() > 5);
        }

        /** "White House" in "White House economic adviser Kevin Hassett" only qualifies the role. */
        private boolean qualifies(int end) {
            for (int j = end, steps = 0; j + 1 < tokens.size() && steps < 3; j++, steps++) {
                Token t = tokens.get(j);
                if (!t.isWord() || t.capitalised() || t.sentence() != tokens.get(end - 1).sentence()) {
                    return false;
                }
                if (words.isDescriptor(t.fold()) && tokens.get(j + 1).capitalised()) {
                    return true;
                }
                if (t.is(Token.STOPWORD)) {
                    return false;
                }
            }
            return false;
        }

        private void emit(String name, EntityKind kind, String surface, Token first, int position, String role,
                double bonus, boolean qualifier) {
            // Quoted speech mentions an unknown name in passing; a country is a country wherever it is.
            boolean discountQuote = first.quoted() && (kind == EntityKind.OTHER || kind == EntityKind.PERSON);
            double weight = text.weight(first.paragraph()) * (qualifier ? 0.5 : 1.0) * (discountQuote ? 0.5 : 1.0);
            out.add(new EntityMention(name, kind, surface, first.paragraph(), position, weight, role, bonus,
                    first.quoted(), qualifier, ""));
        }
    }

    static String join(List<Token> run) {
        StringBuilder sb = new StringBuilder();
        for (Token t : run) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }
}
