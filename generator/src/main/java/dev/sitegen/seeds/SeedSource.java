package dev.sitegen.seeds;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A seed found on disk but not yet read.
 *
 * @param path     where it is on disk
 * @param name     how messages name it, relative to the project: {@code seeds/a.md}
 * @param size     its length in bytes when listed
 * @param modified its modification time when listed, in microseconds since the epoch
 * @param displayName the name with forward slashes, as the cache and page models know it on every OS
 */
public record SeedSource(Path path, Path name, SeedFile.Type type, long size, long modified, String displayName) {

    public SeedSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(displayName, "displayName");
    }

    public SeedSource(Path path, Path name, SeedFile.Type type, long size, long modified) {
        this(path, name, type, size, modified, name.toString().replace('\\', '/'));
    }
}
