package dev.sitegen.extract;

/** Placeholder until the extraction branch lands. */
public final class ExtractionJson {
    private ExtractionJson() {
    }

    public static String toJson(Extraction e) {
        return "{\"title\": \"" + e.title().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }
}
