package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.model.DateSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtractionJsonTest {

    private static final Extraction FULL = new Extraction(true, "", "T \"q\"", "Japan Today",
            Optional.of(OffsetDateTime.parse("2025-06-03T01:42:00Z")), "6 hours ago", List.of("A", "B"), "Zürich",
            "cap", "REUTERS/X", List.of(BodyBlock.paragraph("p1"), BodyBlock.subheading("H"), BodyBlock.paragraph("p2")),
            "© 2025", List.of(new Teaser("t", "s", "", "sum")), Optional.of(LocalDate.of(2025, 6, 3)),
            Optional.of(DateSource.FRONT_MATTER));

    @Test
    void writesAllKeysInTheFixedOrder() {
        assertEquals("""
                {
                  "title": "T \\"q\\"",
                  "source": "Japan Today",
                  "published": "2025-06-03T01:42:00+00:00",
                  "relative_time": "6 hours ago",
                  "authors": [
                    "A",
                    "B"
                  ],
                  "location": "Zürich",
                  "image_caption": "cap",
                  "image_credit": "REUTERS/X",
                  "subheadings": [
                    "H"
                  ],
                  "body": [
                    "p1",
                    "p2"
                  ],
                  "copyright": "© 2025",
                  "related": [
                    {
                      "title": "t",
                      "source": "s",
                      "relative_time": null,
                      "summary": "sum"
                    }
                  ],
                  "valid": true,
                  "date": "2025-06-03",
                  "date_source": "front matter"
                }
                """, ExtractionJson.toJson(FULL));
    }

    @Test
    void absentValuesAreNullAndEmptyLists() {
        Extraction none = new Extraction(false, "why", "", "", Optional.empty(), "", List.of(), "", "", "", List.of(), "",
                List.of(), Optional.empty(), Optional.empty());
        String json = ExtractionJson.toJson(none);
        assertTrue(json.contains("\"title\": null,\n"));
        assertTrue(json.contains("\"published\": null,\n"));
        assertTrue(json.contains("\"authors\": [],\n"));
        assertTrue(json.contains("\"related\": [],\n"));
        assertTrue(json.contains("\"valid\": false,\n"));
        assertTrue(json.endsWith("\"date_source\": null\n}\n"));
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\u0001f\\r\"", ExtractionJson.quote("a\"b\\c\nd\te\u0001f\r"));
    }

    @Test
    void leavesHtmlLookalikesAndNonAsciiAlone() {
        assertEquals("\"<script>&amp; 習近平 Łódź\"", ExtractionJson.quote("<script>&amp; 習近平 Łódź"));
    }

    @Test
    void aNegativeOffsetKeepsItsSign() {
        Extraction e = new Extraction(true, "", "t", "", Optional.of(OffsetDateTime.parse("2025-06-18T14:15:00-04:00")),
                "", List.of(), "", "", "", List.of(), "", List.of(), Optional.empty(), Optional.empty());
        assertTrue(ExtractionJson.toJson(e).contains("\"published\": \"2025-06-18T14:15:00-04:00\""));
    }
}
