package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The body as {@link DumpExtractor} reads it: {@link BodySegmenter} in its real context. */
class BodySegmenterTest {

    @Test
    void adSlotsPromosAndNewsletterBoxesInsideTheBodyAreDropped() {
        Extraction e = Dumps.extract("Talks open in London", "", Dumps.P1, "Advertisement",
                "Read more: EU and Japan launch talks on defence", Dumps.P2, "The Morning Briefing",
                "Sign up to get the day's top stories in your inbox.", "Sign up", Dumps.P3);
        assertEquals(List.of(Dumps.P1, Dumps.P2, Dumps.P3), e.body());
        assertEquals(List.of(), e.subheadings());
    }

    @Test
    void aShortHeadlineBetweenParagraphsIsASubheading() {
        Extraction e = Dumps.extract("Talks open in London", "", Dumps.P1, "POSITIVE CONCLUSION", Dumps.P2,
                "What Comes Next", Dumps.P3);
        assertEquals(List.of(BodyBlock.paragraph(Dumps.P1), BodyBlock.subheading("POSITIVE CONCLUSION"),
                BodyBlock.paragraph(Dumps.P2), BodyBlock.subheading("What Comes Next"), BodyBlock.paragraph(Dumps.P3)),
                e.blocks());
    }

    @Test
    void aHeadingWithNoParagraphAfterItIsDropped() {
        Extraction e = Dumps.extract("Talks open in London", "", Dumps.P1, Dumps.P2, "Japan Today");
        assertEquals(List.of(Dumps.P1, Dumps.P2), e.body());
        assertEquals(List.of(), e.subheadings());
    }

    @Test
    void twoUnexplainedShortLinesEndTheBody() {
        Extraction e = Dumps.extract("Talks open in London", "", Dumps.P1, Dumps.P2, "Orange background",
                "Try It Today", Dumps.P3);
        assertEquals(List.of(Dumps.P1, Dumps.P2), e.body());
    }

    @Test
    void theCopyrightLineEndsTheBodyAndIsKept() {
        Extraction e = Dumps.extract("Talks open in London", "", Dumps.P1, Dumps.P2, "© Thomson Reuters 2025",
                Dumps.P3);
        assertEquals(List.of(Dumps.P1, Dumps.P2), e.body());
        assertEquals("© Thomson Reuters 2025", e.copyright());
    }

    @Test
    void aPhotoNoticeFollowedByMoreTextDoesNotEndTheBody() {
        Extraction e = Dumps.extract("Talks open in London", "", Dumps.P1, "© Reuters", Dumps.P2, Dumps.P3);
        assertEquals(List.of(Dumps.P1, Dumps.P2, Dumps.P3), e.body());
    }

    @Test
    void shortSentencesInsideTheBodyAreParagraphs() {
        Extraction e = Dumps.extract("Talks open in London", "", Dumps.P1, "\"We are ready,\" he said.", Dumps.P2);
        assertEquals(List.of(Dumps.P1, "\"We are ready,\" he said.", Dumps.P2), e.body());
    }

    @Test
    void aMidBodyWireCaptionIsTakenOutOfTheBody() {
        Extraction e = Dumps.extract("Talks open in London", "", Dumps.P1,
                "Delegates arrive at Lancaster House in London. REUTERS/Toby Melville", Dumps.P2);
        assertEquals(List.of(Dumps.P1, Dumps.P2), e.body());
        assertEquals("Delegates arrive at Lancaster House in London.", e.imageCaption());
    }

    @Test
    void linksListedUnderReadMoreAreNotBody() {
        Extraction e = Dumps.extract("Talks open in London", "", Dumps.P1, "Read more:",
                "- Japan's top negotiator eyes U.S. trip for tariff talks", "- Toyota cuts profit forecast", Dumps.P2);
        assertEquals(List.of(Dumps.P1, Dumps.P2), e.body());
    }

    @Test
    void aLabelAboveABulletedListStaysWithTheList() {
        Extraction e = Dumps.extract("Talks open in London", "", Dumps.P1, "Key facts:", "- About 1 million vehicles",
                "- No injuries reported", Dumps.P2);
        assertEquals(List.of(Dumps.P1, "Key facts:", "- About 1 million vehicles", "- No injuries reported", Dumps.P2),
                e.body());
    }
}
