package dev.sitegen.extract;

import java.util.Objects;

/** One block of an article body, verbatim from the dump. */
public record BodyBlock(Type type, String text) {

    public enum Type { PARAGRAPH, SUBHEADING }

    public BodyBlock {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }

    public static BodyBlock paragraph(String text) {
        return new BodyBlock(Type.PARAGRAPH, text);
    }

    public static BodyBlock subheading(String text) {
        return new BodyBlock(Type.SUBHEADING, text);
    }
}
