package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineNormalizerTest {

    @Test
    void dropsByteOrderMarkAndSplitsCrlf() {
        assertEquals(List.of("Title", "", "Body."), LineNormalizer.lines("\uFEFFTitle\r\n\r\nBody.\r\n"));
    }

    @Test
    void acceptsLoneCarriageReturns() {
        assertEquals(List.of("a", "b"), LineNormalizer.lines("a\rb"));
    }

    @Test
    void trimsTrailingSpacesTabsAndNoBreakSpaces() {
        assertEquals(List.of("Japan Today6 hours ago", "x"), LineNormalizer.lines("  Japan Today6 hours ago \t\u00A0\nx"));
    }

    @Test
    void keepsTextInsideALineVerbatim() {
        String line = "He said  \"<script>\" &amp; left\u00A0early.";
        assertEquals(List.of(line), LineNormalizer.lines(line + "   "));
    }
}
