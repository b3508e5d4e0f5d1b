package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputScreenTest {

    @Test
    void rejectsAnEmptyDump() {
        assertTrue(InputScreen.rejectReason("").orElseThrow().startsWith("empty dump"));
    }

    @Test
    void rejectsWhitespaceOnly() {
        assertTrue(InputScreen.rejectReason(" \n\t\r\n\u00A0 ").orElseThrow().contains("only whitespace"));
    }

    @Test
    void rejectsBinaryGarbageDecodedAsUtf8() {
        byte[] bytes = new byte[2000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 37 + 11);
        }
        String garbage = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(InputScreen.rejectReason(garbage).orElseThrow().startsWith("not a text dump"));
    }

    @Test
    void rejectsTextWithNulBytes() {
        assertTrue(InputScreen.rejectReason("Title\0\0\0 body text").isPresent());
    }

    @Test
    void acceptsNonAsciiText() {
        assertEquals(Optional.empty(), InputScreen.rejectReason("Łódź, São Paulo, Zürich, 習近平, Erdoğan."));
    }
}
