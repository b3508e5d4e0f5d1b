package dev.sitegen.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.config.TaxonomySettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Named entities from capitalised runs, after surname merging (EntityFinder + SurnameMerger). */
class EntityFinderTest {

    private static final WordLists WORDS = WordLists.load();

    private static List<EntityGroup> groups(String title, String... paragraphs) {
        TermNormalizer normalizer = new TermNormalizer(TaxonomySettings.DEFAULTS, WORDS);
        AnalyzedText text = new Tokenizer(WORDS).analyze(new ArticleText("t", title, List.of(paragraphs)));
        return new SurnameMerger(normalizer, WORDS.inflector()).merge(new EntityFinder(WORDS).find(text));
    }

    private static List<String> names(String title, String... paragraphs) {
        return groups(title, paragraphs).stream().map(EntityGroup::name).toList();
    }

    @Test
    void titlesAreSplitOffPeoplesNames() {
        List<String> names = names("", "Attending are U.S. Treasury Secretary Scott Bessent, Commerce Minister Wang Wentao "
                + "and Vice Premier He Lifeng, with Secretary of State Marco Rubio.");
        assertTrue(names.containsAll(List.of("Scott Bessent", "Wang Wentao", "He Lifeng", "Marco Rubio", "United States")), names::toString);
        assertFalse(names.stream().anyMatch(n -> n.contains("Secretary") || n.contains("Premier") || n.equals("Treasury")), names::toString);
    }

    @Test
    void officeHoldersAreMarkedAsPeopleInOffice() {
        EntityGroup bessent = groups("", "The team includes Treasury Secretary Scott Bessent.").stream()
                .filter(g -> g.name().equals("Scott Bessent")).findFirst().orElseThrow();
        assertEquals(EntityKind.PERSON, bessent.kind());
        assertEquals(EntityFinder.TITLE_BONUS, bessent.mentions().get(0).roleBonus());
        assertEquals("Treasury Secretary", bessent.mentions().get(0).role());
    }

    @Test
    void modifiersAndOrganisationWordsKeepNamesWhole() {
        List<String> names = names("", "Shares in General Motors rose while the Premier League season ended and fans read Stephen King.");
        assertTrue(names.containsAll(List.of("General Motors", "Premier League", "Stephen King")), names::toString);
    }

    @Test
    void sentenceInitialCapitalsNeedConfirmation() {
        List<String> names = names("", "Customs data showed a drop. Attending the talks were officials. But Trump said no.",
                "The president, Trump, spoke. On Monday the markets rose.");
        assertEquals(List.of("Trump"), names);
    }

    @Test
    void demonymsResolveToCountries() {
        List<String> names = names("", "Chinese officials met American and British envoys while Americans watched.");
        assertEquals(List.of("China", "United States", "United Kingdom"), names);
    }

    @Test
    void surnamesAndPossessivesMergeIntoTheFullName() {
        List<EntityGroup> groups = groups("", "Commerce Secretary Howard Lutnick arrived with President Donald Trump.",
                "Lutnick said Trump's plan was sound. Lutnick left.");
        List<String> names = groups.stream().map(EntityGroup::name).toList();
        assertEquals(List.of("Howard Lutnick", "Donald Trump"), names);
        assertEquals(3, groups.get(0).mentions().size());
        assertEquals("merged into Howard Lutnick", groups.get(0).mentions().get(1).merged());
    }

    @Test
    void familyNameFirstMergesToo() {
        assertEquals(List.of("Xi Jinping"), names("", "Chinese President Xi Jinping spoke. Later, Xi said he agreed.")
                .stream().filter(n -> !n.equals("China")).toList());
    }

    @Test
    void aSurnameSharedByTwoPeopleStaysAlone() {
        List<String> names = names("", "Donald Trump and Melania Trump arrived. Later Trump spoke.");
        assertTrue(names.contains("Trump"), names::toString);
    }

    @Test
    void quotedTitlesHeadingsAndDatelinesAreNotEntities() {
        List<String> names = names("", "LISBON, May 18 (Reuters) - Karoline Leavitt told the Fox News program \"Sunday Morning Futures\" that talks went well.",
                "POSITIVE CONCLUSION", "Leavitt said more.");
        assertEquals(List.of("Karoline Leavitt", "Fox News"), names);
    }

    @Test
    void weekdaysAndMonthsEndNames() {
        List<String> names = names("", "Ahead of Monday's meeting and the January 20 inauguration, Theresa May spoke in London.");
        assertEquals(List.of("Theresa May", "London"), names);
    }

    @Test
    void titleCaseHeadlinesKeepOnlyNamesTheArticleConfirms() {
        List<String> names = names("Kovacs Beats Top Seed Ruiz To Win First Title In Paris",
                "Marta Kovacs won on Sunday, beating top seed Elena Ruiz in the final in Paris.", "Ruiz said Kovacs was better.");
        assertEquals(List.of("Marta Kovacs", "Elena Ruiz", "Paris"), names);
    }

    @Test
    void hyphenatedCountryPairsAndAttributivesGiveTheCountries() {
        List<String> names = names("", "A breakthrough U.S.-China trade deal and Sino-Japanese ties pleased a Washington-based group.");
        assertEquals(List.of("United States", "China", "Japan", "Washington"), names);
    }

    @Test
    void namesWithParticlesAndKnownNamesWithAndStayWhole() {
        List<String> names = names("", "The film won the Palme d'Or, and the Food and Drug Administration approved the drug.");
        assertEquals(List.of("Palme d'Or", "Food and Drug Administration"), names);
    }

    @Test
    void twoNamesSideBySideAreSplitWhenTheArticleUsesEachAlone() {
        List<String> names = names("Okafor double gives Arsenal FA Cup final win",
                "Daniel Okafor scored as Arsenal won the FA Cup final.", "Okafor celebrated.");
        assertEquals(List.of("Daniel Okafor", "Arsenal", "FA Cup"), names);
    }

    @Test
    void personOfPlaceIsAPersonAndAPlace() {
        List<String> names = names("", "She beat Elena Ruiz of Spain and Hungarian Marta Kovacs.");
        assertEquals(List.of("Elena Ruiz", "Spain", "Hungary", "Marta Kovacs"), names);
    }
}
