package dev.sitegen.render;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One file of the site, rendered on demand: the build runs jobs in parallel and writes each result
 * at once, so the site's HTML is never all in memory.
 *
 * @param path    relative to the site root, with forward slashes
 * @param kind    what the summary counts it as: article, brief, topic, tag, ...
 */
public record OutputJob(String path, String kind, Supplier<byte[]> content) {

    public OutputJob {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
    }

    /** A UTF-8 text file. */
    public static OutputJob text(String path, String kind, Supplier<String> text) {
        return new OutputJob(path, kind, () -> text.get().getBytes(StandardCharsets.UTF_8));
    }
}
