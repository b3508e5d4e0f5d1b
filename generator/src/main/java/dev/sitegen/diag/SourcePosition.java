package dev.sitegen.diag;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where in an input file something was found. Lines and columns are 1-based; 0 means unknown.
 */
public record SourcePosition(Path file, int line, int column) {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
        }
    }

    public static SourcePosition of(Path file) {
        return new SourcePosition(file, 0, 0);
    }

    public static SourcePosition of(Path file, int line) {
        return new SourcePosition(file, line, 0);
    }

    /** {@code seeds/a.md:3:1}, {@code seeds/a.md:3} or {@code seeds/a.md}, with forward slashes on every OS. */
    @Override
    public String toString() {
        String name = file.toString().replace('\\', '/');
        if (line == 0) {
            return name;
        }
        return column == 0 ? name + ":" + line : name + ":" + line + ":" + column;
    }
}
