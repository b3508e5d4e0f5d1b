package dev.sitegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.SourcePosition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildReportTest {

    private static BuildReport withWarnings(int n) {
        Diagnostic w = Diagnostic.warning(SourcePosition.of(Path.of("seeds/a.txt")), "no article found; no page made");
        return new BuildReport(Path.of("site"), 1, Map.of("article", 1), 1, Collections.nCopies(n, w), Duration.ofMillis(5));
    }

    @Test
    void warningsHeadingCountsInTheSingularAndPlural() {
        assertEquals("No warnings.", withWarnings(0).warningsHeading());
        assertEquals("1 warning:", withWarnings(1).warningsHeading());
        assertEquals("2 warnings:", withWarnings(2).warningsHeading());
        assertEquals(List.of("1 warning:"), withWarnings(1).summaryLines().subList(2, 3));
    }
}
