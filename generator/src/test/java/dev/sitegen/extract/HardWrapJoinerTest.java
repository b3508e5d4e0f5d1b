package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HardWrapJoinerTest {

    private static final List<String> WRAPPED_AT_40 = List.of(
            "Mount Fuji rules tightened",
            "",
            "Climbers heading up Mount Fuji this",
            "summer will have to pay a fee and",
            "reserve a slot in advance on all four",
            "main trails, local governments said.",
            "",
            "Officials say many people who attempt",
            "the climb in a single night suffer from",
            "altitude sickness.",
            "The season runs from early July until",
            "early September.");

    @Test
    void rejoinsLinesWrappedAtAFixedWidth() {
        assertEquals(List.of(
                "Mount Fuji rules tightened",
                "",
                "Climbers heading up Mount Fuji this summer will have to pay a fee and reserve a slot in advance on "
                        + "all four main trails, local governments said.",
                "",
                "Officials say many people who attempt the climb in a single night suffer from altitude sickness.",
                "The season runs from early July until early September."), HardWrapJoiner.join(WRAPPED_AT_40));
    }

    @Test
    void detectsTheWrapWidth() {
        assertEquals(39, HardWrapJoiner.wrapWidth(WRAPPED_AT_40), "the widest wrapped line");
    }

    @Test
    void leavesOneParagraphPerLineTextAlone() {
        List<String> lines = List.of(
                "Title of the article",
                "The first paragraph is a complete sentence that ends with a full stop.",
                "A second paragraph, also complete, and somewhat longer than the first one is.",
                "Third paragraph.",
                "The fourth paragraph says what the officials said on Monday about the talks.",
                "A fifth one ends the article with a quote from the minister.");
        assertEquals(lines, HardWrapJoiner.join(lines));
    }

    @Test
    void joinsAWordSplitAtItsHyphenWithoutASpace() {
        List<String> lines = List.of(
                "Exports fell sharply in May as year-on-",
                "year shipments of cars to the United",
                "States dropped for a second straight",
                "month, data from the finance ministry",
                "showed on Wednesday, while imports rose.");
        assertEquals(List.of("Exports fell sharply in May as year-on-year shipments of cars to the United States "
                + "dropped for a second straight month, data from the finance ministry showed on Wednesday, while "
                + "imports rose."), HardWrapJoiner.join(lines));
    }

    @Test
    void neverJoinsAnAllCapsSubheadingToTheParagraphAbove() {
        List<String> lines = List.of(
                "Climbers heading up Mount Fuji this",
                "summer will have to pay a fee and",
                "reserve a slot in advance on all four",
                "main trails, local governments said to",
                "NEW RULES",
                "Officials say many people who attempt",
                "the climb in a single night suffer.");
        assertEquals("NEW RULES", HardWrapJoiner.join(lines).get(1));
    }
}
