package dev.sitegen.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KeyPhraseFinderTest {

    private static final WordLists WORDS = WordLists.load();

    private static Map<String, KeyPhrase> phrases(String title, String... paragraphs) {
        AnalyzedText text = new Tokenizer(WORDS).analyze(new ArticleText("t", title, List.of(paragraphs)));
        return new KeyPhraseFinder(WORDS).find(text, NameRuns.scan(text, WORDS)).stream().collect(Collectors.toMap(KeyPhrase::key, p -> p));
    }

    @Test
    void pluralAndHyphenatedFormsCountAsOnePhrase() {
        KeyPhrase p = phrases("", "Rare earths matter. Exports of rare earths fell.",
                "Suppliers of rare-earth magnets and rare earth mines waited.").get("rare earth");
        assertEquals(4, p.count());
        assertEquals("rare earths", p.listed());
        assertEquals(Map.of("rare earths", 2, "rare-earth", 1, "rare earth", 1), p.surfaces());
    }

    @Test
    void leadOccurrencesWeighMoreThanBodyOnes() {
        KeyPhrase p = phrases("Tariffs rise", "New tariffs were announced.", "The tariffs start soon.").get("tariff");
        assertEquals(1, p.title());
        assertEquals(1, p.lead());
        assertEquals(1, p.body());
        assertEquals(6.0, p.weight());
    }

    @Test
    void genericPhrasesAreNotKeyPhrases() {
        Map<String, KeyPhrase> found = phrases("Trade talks resume", "The trade talks began last week.",
                "The trade talks and more trade talks, said officials, would last weeks.");
        assertFalse(found.containsKey("trade talk"), found.keySet()::toString);
        assertFalse(found.containsKey("last week"), found.keySet()::toString);
    }

    @Test
    void unlistedSingleWordsAndCompoundAdjectivesAreNotKeyPhrases() {
        Map<String, KeyPhrase> found = phrases("", "Shipments fell. Shipments rose. More shipments came.",
                "The centre-right party and the centre-right vote, said the centre-right press.");
        assertTrue(found.isEmpty(), found.keySet()::toString);
    }

    @Test
    void recurringUnlistedPhrasesAreKeyPhrases() {
        Map<String, KeyPhrase> found = phrases("Signs of water vapour", "Astronomers found water vapour.",
                "The water vapour was faint.");
        assertEquals("", found.get("water vapour").listed());
        assertEquals(3, found.get("water vapour").count());
    }

    @Test
    void aPhraseMostlySeenInsideALongerOneGivesWay() {
        Map<String, KeyPhrase> found = phrases("Lunar soil sample", "The lunar soil sample arrived.",
                "The lunar soil sample filled jars beside an older lunar soil sample.");
        assertTrue(found.containsKey("lunar soil sample"), found.keySet()::toString);
        assertFalse(found.containsKey("soil sample"), found.keySet()::toString);
        assertFalse(found.containsKey("lunar soil"), found.keySet()::toString);
    }

    @Test
    void anUnlistedPhraseAroundAListedOneGivesWayToIt() {
        Map<String, KeyPhrase> found = phrases("Gene editing trial", "The gene editing trial began.",
                "The gene editing trial used gene editing trial data from a gene editing trial.");
        assertTrue(found.containsKey("gene editing"), found.keySet()::toString);
        assertFalse(found.containsKey("gene editing trial"), found.keySet()::toString);
    }
}
