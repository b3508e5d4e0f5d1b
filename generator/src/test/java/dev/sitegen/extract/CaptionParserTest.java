package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.extract.CaptionParser.Caption;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaptionParserTest {

    @Test
    void wireCreditIsSplitFromTheCaption() {
        assertEquals(Optional.of(new Caption("Vehicles arrive at Lancaster House in London, Britain, June 9, 2025.",
                        "REUTERS/Toby Melville")),
                CaptionParser.split("Vehicles arrive at Lancaster House in London, Britain, June 9, 2025. REUTERS/Toby Melville"));
    }

    @Test
    void bracketedPhotoCreditLosesItsBrackets() {
        assertEquals(Optional.of(new Caption("Fed Chair Jerome Powell speaks in Washington.", "AP Photo/Mark Schiefelbein")),
                CaptionParser.split("Fed Chair Jerome Powell speaks in Washington. (AP Photo/Mark Schiefelbein)"));
    }

    @Test
    void agencyInParenthesesIsACredit() {
        assertEquals(Optional.of(new Caption("Cars line up at a gas station in Tokyo on May 22, 2025.", "Kyodo")),
                CaptionParser.split("Cars line up at a gas station in Tokyo on May 22, 2025. (Kyodo)"));
    }

    @Test
    void photoLabelIsStrippedFromTheCredit() {
        assertEquals(Optional.of(new Caption("A train leaves Tokyo Station.", "iStock/tupungato")),
                CaptionParser.split("A train leaves Tokyo Station. Image: iStock/tupungato"));
    }

    @Test
    void aCreditOnItsOwnLine() {
        assertEquals(Optional.of("Reuters"), CaptionParser.creditOnly("Photo: Reuters"));
        assertEquals(Optional.of("REUTERS/Issei Kato"), CaptionParser.creditOnly("REUTERS/Issei Kato"));
        assertEquals(Optional.of("Kyodo"), CaptionParser.creditOnly("(Photo: Kyodo)"));
    }

    @Test
    void aSentenceEndingInAPersonsNameInBracketsIsNotACaption() {
        assertTrue(CaptionParser.split("The plan was drawn up by the new finance minister. (Ahmed Khan)").isEmpty());
    }

    @Test
    void insideTheBodyOnlyWireCreditsInCapitalsCount() {
        assertTrue(CaptionParser.splitStrict("Shares of Toyota rose after the results. Toyota/Honda merger talk").isEmpty());
        assertTrue(CaptionParser.splitStrict("A man walks past a board in Tokyo. REUTERS/Issei Kato").isPresent());
    }
}
