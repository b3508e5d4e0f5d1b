package dev.sitegen.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.diag.ContentException;
import dev.sitegen.diag.SourcePosition;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YamlMapTest {

    private static final Path FILE = Path.of("seeds/a.md");

    @Test
    void positionsCountTheLineOffset() {
        YamlMap map = YamlMap.parse("title: A\ntags: x\n", FILE, 1);
        assertEquals(SourcePosition.of(FILE, 3), map.position("tags"));
    }

    @Test
    void absentKeyIsPositionedAtTheMapping() {
        YamlMap map = YamlMap.parse("\n\ntitle: A\n", FILE, 1);
        assertEquals(SourcePosition.of(FILE, 4), map.position("summary"));
    }

    @Test
    void valuesStayTextWhateverYamlWouldMakeOfThem() {
        YamlMap map = YamlMap.parse("a: no\nb: 2025-06-09\nc: 010\nd: ~\n", FILE, 0);
        assertEquals(Optional.of("no"), map.string("a"));
        assertEquals(Optional.of("2025-06-09"), map.string("b"));
        assertEquals(Optional.of("010"), map.string("c"));
        assertEquals(Optional.empty(), map.string("d"));
    }

    @Test
    void singleValueCountsAsOneItemList() {
        assertEquals(List.of("China"), YamlMap.parse("tags: China\n", FILE, 0).stringList("tags"));
    }

    @Test
    void listDropsBlankItems() {
        assertEquals(List.of("a", "b"), YamlMap.parse("tags: [a, '', ' b ']\n", FILE, 0).stringList("tags"));
    }

    @Test
    void listWhereSingleValueExpectedNamesItsLine() {
        YamlMap map = YamlMap.parse("title: A\nsource: [x, y]\n", FILE, 1);
        ContentException e = assertThrows(ContentException.class, () -> map.string("source"));
        assertEquals("seeds/a.md:3: 'source' must be a single value, found a list", e.describe());
    }

    @Test
    void nestedListItemThatIsNotTextNamesItsLineAndColumn() {
        YamlMap map = YamlMap.parse("tags:\n  - a\n  - [b]\n", FILE, 1);
        ContentException e = assertThrows(ContentException.class, () -> map.stringList("tags"));
        assertEquals(new SourcePosition(FILE, 4, 5), e.position().orElseThrow());
    }

    @Test
    void rejectsTextThatIsNotAMapping() {
        ContentException e = assertThrows(ContentException.class, () -> YamlMap.parse("- a\n- b\n", FILE, 1));
        assertTrue(e.getMessage().startsWith("expected 'key: value' lines"), e.getMessage());
        assertEquals(2, e.position().orElseThrow().line());
    }

    @Test
    void nestedMappingKeepsLinesAndRejectsDuplicates() {
        YamlMap map = YamlMap.parse("topics:\n  A: x\n  A: y\n", FILE, 0);
        ContentException e = assertThrows(ContentException.class, () -> map.map("topics"));
        assertEquals(SourcePosition.of(FILE, 3), e.position().orElseThrow());
    }

    @Test
    void emptyTextIsAnEmptyMapping() {
        assertTrue(YamlMap.parse("", FILE, 1).keys().isEmpty());
    }
}
