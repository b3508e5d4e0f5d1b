package dev.sitegen.check;

import java.util.Objects;

/**
 * A URL written in a site file.
 *
 * @param url    the URL as written
 * @param source where it was written, for messages: {@code a[href]}, {@code img[srcset]}, {@code <loc>}
 * @param line   1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
record Reference(String url, String source, int line, int column) {

    Reference {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(source, "source");
    }
}
