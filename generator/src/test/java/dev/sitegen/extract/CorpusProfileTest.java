package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusProfileTest {

    @Test
    void countsDumpsNotOccurrences() {
        CorpusProfile p = CorpusProfile.of(List.of("logo\nlogo\nA", "logo\nB", "C"));
        assertEquals(3, p.dumpCount());
        assertEquals(2, p.documentFrequency("logo"));
        assertEquals(0, p.documentFrequency("A"), "unique lines are not kept");
    }

    @Test
    void linesAreComparedTrimmedAndIgnoringCase() {
        CorpusProfile p = CorpusProfile.of(List.of("Try Our AI Features  \r\n", "try our ai features"));
        assertEquals(2, p.documentFrequency(" Try Our AI Features"));
    }

    @Test
    void theEmptyProfileKnowsNothing() {
        assertEquals(0, CorpusProfile.empty().dumpCount());
        assertEquals(0, CorpusProfile.empty().documentFrequency("logo"));
    }

    /** A promo no phrase list knows, recurring in every dump of the corpus, is dropped from the body. */
    @Test
    void aLineRecurringAcrossTheCorpusIsDroppedFromTheBody() {
        String promo = "Members enjoy the full archive of the Morning Bell since 1998 and more.";
        List<String> dumps = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            dumps.add("Story number " + i + " about the talks\n\n" + Dumps.P1.replace("Monday", "day " + i) + "\n"
                    + promo + "\n" + Dumps.P2.replace("evening", "night " + i) + "\n");
        }
        Extraction withProfile = new DumpExtractor(CorpusProfile.of(dumps)).extract(dumps.get(0));
        Extraction without = new DumpExtractor(CorpusProfile.empty()).extract(dumps.get(0));
        assertFalse(withProfile.body().contains(promo));
        assertTrue(without.body().contains(promo), "the line is ordinary prose on its own");
    }

    /** The same story syndicated to several sites recurs as a whole: its paragraphs stay. */
    @Test
    void aSyndicatedStoryKeepsItsParagraphs() {
        String story = "Talks open in London\n\n" + Dumps.P1 + "\n" + Dumps.P2 + "\n" + Dumps.P3 + "\n";
        List<String> dumps = List.of(story, story, story, "Other news today\n\n" + Dumps.P3 + "\n");
        Extraction e = new DumpExtractor(CorpusProfile.of(dumps)).extract(story);
        assertEquals(List.of(Dumps.P1, Dumps.P2, Dumps.P3), e.body());
    }

    /** Wire stories reuse background paragraphs; a few repeats do not make them chrome. */
    @Test
    void aBackgroundParagraphSharedByAFewStoriesStays() {
        String background = "China holds a near-monopoly on rare earth magnets, a crucial component in electric "
                + "vehicle motors.";
        List<String> dumps = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String story = "Story number " + i + " about the talks\n\n" + Dumps.P1.replace("Monday", "day " + i) + "\n"
                    + (i < 4 ? background + "\n" : "") + Dumps.P2.replace("evening", "night " + i) + "\n";
            dumps.add(story);
        }
        Extraction e = new DumpExtractor(CorpusProfile.of(dumps)).extract(dumps.get(0));
        assertTrue(e.body().contains(background));
    }
}
