package dev.sitegen.seeds;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A seed found on disk but not yet read.
 *
 * @param path     where it is on disk
 * @param name     how messages name it, relative to the project: {@code seeds/a.md}
 * @param size     its length in bytes when listed
 * @param modified its modification time when listed, in microseconds since the epoch
 * @param identity a hash of its identity on the file system (device and inode), 0 where unknown
 * @param displayName the name with forward slashes, as the cache and page models know it on every OS
 */
public record SeedSource(Path path, Path name, SeedFile.Type type, long size, long modified, long identity, String displayName) {

    public SeedSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(displayName, "displayName");
    }

    public SeedSource(Path path, Path name, SeedFile.Type type, BasicFileAttributes attrs) {
        this(path, name, type, attrs.size(), attrs.lastModifiedTime().to(TimeUnit.MICROSECONDS),
                attrs.fileKey() == null ? 0 : attrs.fileKey().hashCode(), name.toString().replace('\\', '/'));
    }
}
