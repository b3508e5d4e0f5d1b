package dev.sitegen.render;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One file of the site, rendered on demand: the build runs jobs in parallel and writes each result
 * at once, so the site's HTML is never all in memory.
 *
 * @param path        relative to the site root, with forward slashes
 * @param kind        what the summary counts it as: article, brief, topic, tag, ...
 * @param fingerprint a hash of everything the file's content depends on: when it equals the last
 *                    build's, the file need not be rendered again
 */
public record OutputJob(String path, String kind, long fingerprint, Supplier<byte[]> content) {

    public OutputJob {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
    }

    /** A UTF-8 text file. */
    public static OutputJob text(String path, String kind, long fingerprint, Supplier<String> text) {
        return new OutputJob(path, kind, fingerprint, () -> text.get().getBytes(StandardCharsets.UTF_8));
    }
}
