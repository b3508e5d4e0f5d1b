package dev.sitegen.seeds;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input file, read and normalised ('\n' line endings, no byte-order mark).
 *
 * @param path    where it is on disk
 * @param name    how messages and the page model's {@code seed} key name it: {@code seeds/a.txt}
 */
public record SeedFile(Path path, Path name, Type type, String text) {

    public enum Type { DUMP, PAGE_MODEL }

    public SeedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }

    /** The name with forward slashes, as written into page models on every OS. */
    public String displayName() {
        return name.toString().replace('\\', '/');
    }
}
