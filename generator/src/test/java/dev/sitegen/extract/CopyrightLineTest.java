package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CopyrightLineTest {

    @Test
    void recognisesTheUsualNotices() {
        assertTrue(CopyrightLine.is("© (Thomson Reuters 2025."));
        assertTrue(CopyrightLine.is("(c) 2025 Kyodo News"));
        assertTrue(CopyrightLine.is("© Copyright 2025 AFP"));
        assertTrue(CopyrightLine.is("Copyright 2025 The Associated Press. All rights reserved."));
        assertTrue(CopyrightLine.is("The Asia Ledger. All rights reserved."));
        assertTrue(CopyrightLine.is("(c) Kyodo News"), "a name without a year");
    }

    @Test
    void aListItemLabelledCIsNotANotice() {
        assertFalse(CopyrightLine.is("(c) the parties shall meet again within thirty days of the agreement."));
    }

    @Test
    void aLongParagraphMentioningCopyrightIsNotANotice() {
        assertFalse(CopyrightLine.is("All rights reserved, the publisher said, " + "and more text. ".repeat(20)));
    }

    @Test
    void yearIsReadFromTheNotice() {
        assertEquals(OptionalInt.of(2024), CopyrightLine.year("© 2024 Reuters"));
    }
}
