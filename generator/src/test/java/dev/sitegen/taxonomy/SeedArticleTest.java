package dev.sitegen.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.config.TaxonomySettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The real seed (US-China trade talks in London) and what issue 4 requires of its terms. */
class SeedArticleTest {

    /** The default this module proposes; TaxonomySettings.DEFAULTS still says 8. */
    static final int PROPOSED_MAX_TAGS = 15;
    static final List<String> REQUIRED_TAGS = List.of("Scott Bessent", "Howard Lutnick", "Jamieson Greer", "He Lifeng",
            "Xi Jinping", "Donald Trump", "Kevin Hassett", "China", "United States", "London", "rare earths",
            "export controls", "tariffs");
    private static final Pattern FRAGMENT = Pattern.compile(
            "(?i)^(the|on|but|a|an|in|and|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|"
                    + "march|april|may|june|july|august|september|october|november|december)\\b.*|.*\\d.*");

    private static TaxonomySettings settings(int maxTags, Map<String, List<String>> customTopics) {
        return new TaxonomySettings(2, maxTags, true, customTopics, Map.of(), Set.of());
    }

    private static ArticleText seed() {
        return TestCorpus.read("seed-000-us-china-london.txt").article();
    }

    private static List<String> names(List<TermAssignment> terms) {
        return terms.stream().map(TermAssignment::name).toList();
    }

    private static ArticleTerms tagAlone(TaxonomySettings settings) {
        return new AutoTagger(settings).tag(List.of(seed())).get(seed().key());
    }

    @Test
    void seedTagsIncludeEveryRequiredPersonPlaceAndPhrase() {
        List<String> tags = names(tagAlone(settings(PROPOSED_MAX_TAGS, Map.of())).tags());
        assertTrue(tags.containsAll(REQUIRED_TAGS), () -> "missing " + REQUIRED_TAGS.stream().filter(t -> !tags.contains(t)).toList() + " in " + tags);
    }

    @Test
    void seedKeepsRequiredTagsWhenTaggedWithItsTeasersAndOtherArticles() {
        List<ArticleText> site = new ArrayList<>();
        site.add(seed());
        for (int i = 1; i <= 3; i++) {
            site.add(TestCorpus.read("seed-000-teaser-" + i + ".txt").article());
        }
        TestCorpus.corpus().forEach(c -> site.add(c.article()));
        List<String> tags = names(new AutoTagger(settings(PROPOSED_MAX_TAGS, Map.of())).tag(site).get(seed().key()).tags());
        assertTrue(tags.containsAll(REQUIRED_TAGS), () -> "missing " + REQUIRED_TAGS.stream().filter(t -> !tags.contains(t)).toList() + " in " + tags);
    }

    @Test
    void seedTopicsAreBusinessAndWorld() {
        assertEquals(List.of("Business", "World"), names(tagAlone(settings(PROPOSED_MAX_TAGS, Map.of())).topics()));
    }

    @Test
    void customTradeRuleGivesTheSeedTheTradeTopicWithEvidence() {
        ArticleTerms terms = tagAlone(settings(PROPOSED_MAX_TAGS,
                Map.of("Trade", List.of("tariff", "export control", "rare earth"))));
        TermAssignment trade = terms.topics().stream().filter(t -> t.name().equals("Trade")).findFirst()
                .orElseThrow(() -> new AssertionError("no Trade in " + names(terms.topics())));
        assertEquals("trade", trade.slug());
        assertTrue(trade.evidence().stream().anyMatch(e -> e.startsWith("custom rule 'rare earth': lead x1, body x")),
                trade.evidence()::toString);
    }

    @Test
    void seedTagsHaveNoStopWordsWeekdaysMonthsNumbersOrFragments() {
        for (TermAssignment tag : tagAlone(settings(100, Map.of())).tags()) {
            assertFalse(FRAGMENT.matcher(tag.name()).matches(), tag.name());
        }
    }

    @Test
    void seedNeverTagsQuotedTitlesSubheadingsOrNewsAgencies() {
        List<String> tags = names(tagAlone(settings(100, Map.of())).tags());
        for (String bad : List.of("Sunday Morning Futures", "POSITIVE CONCLUSION", "Positive Conclusion", "Reuters",
                "COVID-19", "Monday", "Customs", "Top", "Attending", "Lutnick", "Trump", "Xi", "Hassett")) {
            assertFalse(tags.contains(bad), bad + " in " + tags);
        }
    }

    @Test
    void surnameMentionsCountTowardsTheFullNameWithEvidence() {
        TermAssignment lutnick = tagAlone(settings(PROPOSED_MAX_TAGS, Map.of())).tags().stream()
                .filter(t -> t.name().equals("Howard Lutnick")).findFirst().orElseThrow();
        assertTrue(lutnick.evidence().contains("body: 'Lutnick' merged into Howard Lutnick x2 (x1.0)"), lutnick.evidence()::toString);
        assertTrue(lutnick.evidence().contains("role: 'Commerce Secretary' (+3.0)"), lutnick.evidence()::toString);
    }

    @Test
    void defaultEightTagsAreTheStrongestOfTheFifteen() {
        List<String> eight = names(tagAlone(settings(8, Map.of())).tags());
        List<String> fifteen = names(tagAlone(settings(PROPOSED_MAX_TAGS, Map.of())).tags());
        assertEquals(fifteen.subList(0, 8), eight);
    }
}
