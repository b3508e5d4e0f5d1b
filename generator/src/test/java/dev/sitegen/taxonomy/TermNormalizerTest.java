package dev.sitegen.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.config.TaxonomySettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermNormalizerTest {

    private static TermNormalizer normalizer(Map<String, String> aliases, Set<String> stopTags) {
        return new TermNormalizer(new TaxonomySettings(2, 8, true, Map.of("Trade", List.of("tariff")), aliases, stopTags));
    }

    private final TermNormalizer plain = normalizer(Map.of(), Set.of());

    @Test
    void pluralAndCaseOfACommonNounShareOneSlug() {
        for (String raw : List.of("Tariffs", "tariff", "TARIFFS", " tariffs ")) {
            assertEquals("tariff", plain.slug(raw), raw);
        }
        assertEquals("export-control", plain.slug("Export Controls"));
        assertEquals("export-control", plain.slug("export control"));
    }

    @Test
    void listedPhrasesGetOneDisplayName() {
        assertEquals("tariffs", plain.displayName("Tariff"));
        assertEquals("rare earths", plain.displayName("Rare Earth"));
        assertEquals("artificial intelligence", plain.displayName("AI"));
    }

    @Test
    void diacriticsDoNotChangeTheSlugOrName() {
        assertEquals("sao-paulo", plain.slug("São Paulo"));
        assertEquals("sao-paulo", plain.slug("Sao Paulo"));
        assertEquals("São Paulo", plain.displayName("Sao Paulo"));
    }

    @Test
    void countryFormsAndDemonymsResolveToTheCountry() {
        for (String raw : List.of("U.S.", "US", "USA", "American", "Americans", "america", "United States")) {
            assertEquals("United States", plain.displayName(raw), raw);
            assertEquals("united-states", plain.slug(raw), raw);
        }
        for (String raw : List.of("British", "Britain", "UK", "U.K.")) {
            assertEquals("United Kingdom", plain.displayName(raw), raw);
        }
        assertEquals("China", plain.displayName("Chinese"));
    }

    @Test
    void lowerCaseUsIsNotTheCountry() {
        assertEquals("us", plain.displayName("us"));
    }

    @Test
    void namesKeepTheirFinalS() {
        assertEquals("los-angeles", plain.slug("Los Angeles"));
        assertEquals("serena-williams", plain.slug("Serena Williams"));
        assertEquals("roland-garros", plain.slug("Roland Garros"));
    }

    @Test
    void aliasesChangeNameAndSlug() {
        TermNormalizer n = normalizer(Map.of("POTUS", "Donald Trump", "Trump", "Donald Trump"), Set.of());
        assertEquals("Donald Trump", n.displayName("potus"));
        assertEquals("donald-trump", n.slug("Trump's"));
    }

    @Test
    void configuredStopTagsMatchAfterNormalisation() {
        TermNormalizer n = normalizer(Map.of(), Set.of("Tariff", "Breaking News"));
        assertTrue(n.isStopTag("tariffs"));
        assertTrue(n.isStopTag("breaking news"));
        assertFalse(n.isStopTag("rare earths"));
    }

    @Test
    void stopWordsCalendarWordsAndNumbersAreNeverTags() {
        for (String raw : List.of("Monday", "The", "But", "June", "Sept.", "2025", "34.5%", "", "  ", "Earth")) {
            assertTrue(plain.isStopTag(raw), raw);
        }
        for (String raw : List.of("London", "rare earths", "Scott Bessent", "COVID")) {
            assertFalse(plain.isStopTag(raw), raw);
        }
    }

    @Test
    void topicNamesGetTheirCanonicalCase() {
        assertEquals("Politics", plain.displayName("politics"));
        assertEquals("Trade", plain.displayName("TRADE"));
        assertEquals("politics", plain.slug("Politics"));
    }

    @Test
    void quotesHashesPossessivesAndSpacesAreCleaned() {
        assertEquals("Howard Lutnick", plain.displayName("  \"Howard   Lutnick's\" "));
        assertEquals("London", plain.displayName("#London"));
    }
}
