package dev.sitegen.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a page came from: its input file (as the user named it, relative to the project) and the
 * 1-based line its Markdown body starts on, so a body error can name file:line.
 */
public record Origin(Path file, int bodyLine) {

    public Origin {
        Objects.requireNonNull(file, "file");
        if (bodyLine < 1) {
            throw new IllegalArgumentException("bodyLine must be >= 1, got " + bodyLine);
        }
    }
}
