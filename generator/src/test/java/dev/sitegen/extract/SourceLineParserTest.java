package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceLineParserTest {

    @Test
    void sourceLabelNamesTheAgency() {
        assertEquals(Optional.of("AFP"), SourceLineParser.parse("Source: AFP"));
    }

    @Test
    void providedByNamesTheAgency() {
        assertEquals(Optional.of("Kyodo News"), SourceLineParser.parse("Provided by Kyodo News"));
    }

    @Test
    void aSentenceAboutSourcesIsNotASourceLine() {
        assertTrue(SourceLineParser.parse("Sources said the talks would resume next week.").isEmpty());
        assertTrue(SourceLineParser.parse("Source: people familiar with the matter").isEmpty());
    }
}
