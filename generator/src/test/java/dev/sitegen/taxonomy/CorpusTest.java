package dev.sitegen.taxonomy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.config.TaxonomySettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test corpus (src/test/resources/taxonomy/corpus): short articles on sport, health, science,
 * culture, elections, markets, technology and climate, each with the tags it must and must not get and
 * its topic. All are tagged together, as a site, with the proposed default of 15 tags.
 */
class CorpusTest {

    static Stream<TestCorpus.Case> cases() {
        return TestCorpus.corpus().stream();
    }

    /** The corpus tagged once, as one site: an immutable result the tests only read. */
    private static final class Tagged {
        static final Map<String, ArticleTerms> RESULT = new AutoTagger(
                new TaxonomySettings(2, SeedArticleTest.PROPOSED_MAX_TAGS, true, Map.of(), Map.of(), Set.of()))
                .tag(TestCorpus.corpus().stream().map(TestCorpus.Case::article).toList());
    }

    private static ArticleTerms tag(TestCorpus.Case c) {
        return Tagged.RESULT.get(c.article().key());
    }

    private static List<String> names(List<TermAssignment> terms) {
        return terms.stream().map(TermAssignment::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void articleGetsItsMustHaveTags(TestCorpus.Case c) {
        List<String> tags = names(tag(c).tags());
        for (String expected : c.list("tags")) {
            assertTrue(tags.contains(expected), () -> c.name() + ": missing '" + expected + "' in " + tags);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void articleGetsNoneOfItsMustNotTags(TestCorpus.Case c) {
        List<String> tags = names(tag(c).tags());
        for (String unwanted : c.list("tags-not")) {
            assertFalse(tags.contains(unwanted), () -> c.name() + ": unwanted '" + unwanted + "' in " + tags);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void articlesFirstTopicIsTheExpectedOne(TestCorpus.Case c) {
        List<String> topics = names(tag(c).topics());
        assertFalse(topics.isEmpty(), c.name() + ": no topic");
        assertTrue(c.list("topic").contains(topics.get(0)), () -> c.name() + ": topics " + topics);
        for (String unwanted : c.list("topics-not")) {
            assertFalse(topics.contains(unwanted), () -> c.name() + ": unwanted topic " + unwanted + " in " + topics);
        }
    }
}
