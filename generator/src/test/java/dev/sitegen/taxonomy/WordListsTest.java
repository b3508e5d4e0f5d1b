package dev.sitegen.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WordListsTest {

    @Test
    void everyWordListNamesItsSourceAndLicence() throws IOException, URISyntaxException {
        // The main resources folder (the test classes folder has the same package path).
        Path dir = Path.of(WordListsTest.class.getResource(WordListReader.BASE + "stopwords.txt").toURI()).getParent();
        List<Path> lists;
        try (Stream<Path> files = Files.list(dir)) {
            lists = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(lists.size() >= 10, lists::toString);
        for (Path list : lists) {
            String header = String.join("\n", Files.readAllLines(list, StandardCharsets.UTF_8).stream()
                    .takeWhile(l -> l.startsWith("#")).toList());
            assertTrue(header.contains("Source:") && header.contains("licence"), list.getFileName() + " header:\n" + header);
        }
    }

    @Test
    void listsLoadAndKnowTheCommonForms() {
        WordLists words = WordLists.load();
        assertEquals("United States", words.known("U.S.").orElseThrow().name());
        assertEquals("United Kingdom", words.known("Britons").orElseThrow().name());
        assertEquals("United Kingdom", words.known("London").orElseThrow().country());
        assertEquals("tariffs", words.keyTerm("tariff").orElseThrow());
        assertTrue(words.isTitle("secretary") && words.isRoleModifier("vice") && words.isCalendar("monday"));
        assertTrue(words.topics().stream().map(WordLists.TopicRule::name).toList().containsAll(
                List.of("World", "Politics", "Business", "Technology", "Science", "Health", "Sports", "Culture", "Climate")));
    }

    @Test
    void pluralsFoldToTheSingular() {
        Inflector inflector = WordLists.load().inflector();
        assertEquals("tariff", inflector.singular("tariffs"));
        assertEquals("policy", inflector.singular("policies"));
        assertEquals("tax", inflector.singular("taxes"));
        assertEquals("crisis", inflector.singular("crises"));
        assertEquals("news", inflector.singular("news"));
        assertEquals("politics", inflector.singular("politics"));
        assertEquals("virus", inflector.singular("virus"));
    }
}
