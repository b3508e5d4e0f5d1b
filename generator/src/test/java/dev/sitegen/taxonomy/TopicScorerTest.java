package dev.sitegen.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.config.TaxonomySettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicScorerTest {

    private static List<TermAssignment> topics(Map<String, List<String>> custom, int maxTopics, String title, String... paragraphs) {
        TaxonomySettings settings = new TaxonomySettings(maxTopics, 8, true, custom, Map.of(), Set.of());
        ArticleText article = new ArticleText("t", title, List.of(paragraphs));
        return new AutoTagger(settings).tag(List.of(article)).get("t").topics();
    }

    private static List<String> names(List<TermAssignment> topics) {
        return topics.stream().map(TermAssignment::name).toList();
    }

    @Test
    void weakEvidenceGivesNoTopic() {
        assertEquals(List.of(), topics(Map.of(), 2, "A quiet day", "The cat sat on the mat and looked at the garden."));
    }

    @Test
    void aClearStoryGetsItsTopicWithEvidence() {
        List<TermAssignment> topics = topics(Map.of(), 2, "Striker scores twice as City win league title",
                "The striker scored twice in the second half as the club won the league championship match.");
        assertEquals("Sports", topics.get(0).name());
        assertEquals("sports", topics.get(0).slug());
        assertTrue(topics.get(0).evidence().stream().anyMatch(e -> e.startsWith("'striker': title x1, lead x1")),
                topics.get(0).evidence()::toString);
    }

    @Test
    void noMoreThanMaxTopics() {
        ArticleText seed = TestCorpus.read("seed-000-us-china-london.txt").article();
        assertEquals(1, topics(Map.of(), 1, seed.title(), seed.paragraphs().toArray(String[]::new)).size());
    }

    @Test
    void customRuleWithAnEditorialNameExtendsThatTopic() {
        List<TermAssignment> topics = topics(Map.of("sports", List.of("pickleball", "paddle")), 2, "Pickleball craze grows",
                "Pickleball courts are full as paddle sales boom and pickleball clubs open.");
        assertEquals(List.of("Sports"), names(topics));
        assertTrue(topics.get(0).evidence().stream().anyMatch(e -> e.startsWith("custom rule 'pickleball'")));
    }

    @Test
    void capitalisedTermsMatchOnlyAsWritten() {
        // "who" is no evidence of the WHO, nor "fed" of the Fed.
        assertEquals(List.of(), topics(Map.of(), 2, "Those who fed the birds",
                "People who fed the birds, who were many, said who fed them did not matter."));
    }

    @Test
    void worldCountsTheCountriesAStoryInvolves() {
        List<TermAssignment> topics = topics(Map.of(), 2, "Japan and India sign defence pact",
                "Japan and India signed a defence treaty on Friday as diplomats from Australia looked on, in a summit "
                        + "that China criticised.");
        assertEquals("World", topics.get(0).name());
        assertTrue(topics.get(0).evidence().contains("countries: Australia, China, India, Japan (+4.5)"),
                topics.get(0).evidence()::toString);
    }
}
