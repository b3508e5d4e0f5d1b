package dev.sitegen.model;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a page came from: its input file (as the user named it, relative to the project) and the
 * 1-based line its Markdown body starts on, so a body error can name file:line.
 *
 * @param bodyFile   when set, the page's body is not held in memory but read again from this file
 *                   (after its front matter) when it is rendered: on a site of 100,000 pages the
 *                   bodies would be most of the memory a build needs
 * @param sourceHash a hash of the input file's text, which stands for the body in fingerprints
 */
public record Origin(Path file, int bodyLine, Optional<Path> bodyFile, long sourceHash) {

    public Origin {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(bodyFile, "bodyFile");
        if (bodyLine < 1) {
            throw new IllegalArgumentException("bodyLine must be >= 1, got " + bodyLine);
        }
    }

    public Origin(Path file, int bodyLine) {
        this(file, bodyLine, Optional.empty(), 0);
    }

    /** This origin, with the body left in {@code bodyFile} whose text hashes to {@code sourceHash}. */
    public Origin withBodyIn(Path bodyFile, long sourceHash) {
        return new Origin(file, bodyLine, Optional.of(bodyFile), sourceHash);
    }
}
