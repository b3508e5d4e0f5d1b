package dev.sitegen.output;

import dev.sitegen.diag.SiteGenException;
import dev.sitegen.diag.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Writes a site into a staging folder beside the output folder and swaps it into place only when
 * every file is written, so the output folder holds either the previous site or the new one, never
 * half of each. Thread-safe: pages are written from many threads.
 */
public final class SiteWriter implements AutoCloseable {

    private final Path outputDir;
    private final Path staging;
    private boolean committed;

    private SiteWriter(Path outputDir, Path staging) {
        this.outputDir = outputDir;
        this.staging = staging;
    }

    /** Opens a fresh staging folder for {@code outputDir}, removing any left by a crashed build. */
    public static SiteWriter open(Path outputDir) {
        Path out = outputDir.toAbsolutePath().normalize();
        Path parent = out.getParent();
        if (parent == null) {
            throw new SiteGenException(SourcePosition.of(outputDir), "the output folder cannot be a file-system root");
        }
        Path staging = parent.resolve("." + out.getFileName() + ".staging");
        try {
            Files.createDirectories(parent);
            deleteRecursively(staging);
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new SiteGenException(SourcePosition.of(outputDir), "cannot prepare the output folder: " + e.getMessage(), e);
        }
        return new SiteWriter(out, staging);
    }

    public void write(String relativePath, String content) {
        write(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String relativePath, byte[] content) {
        Path target = resolve(relativePath);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + relativePath + ": " + e.getMessage(), e);
        }
    }

    /** Copies a file into the site, e.g. a user's static asset. */
    public void copy(Path source, String relativePath) {
        Path target = resolve(relativePath);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + ": " + e.getMessage(), e);
        }
    }

    /** The path a file would be written to; rejects any path that leaves the site. */
    private Path resolve(String relativePath) {
        Objects.requireNonNull(relativePath, "relativePath");
        Path target = staging.resolve(relativePath).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IllegalArgumentException("refusing to write outside the site: '" + relativePath + "'");
        }
        return target;
    }

    /** Puts the new site in place of the old one. */
    public void commit() {
        Path old = outputDir.resolveSibling("." + outputDir.getFileName() + ".old");
        try {
            deleteRecursively(old);
            if (Files.exists(outputDir)) {
                move(outputDir, old);
            }
            move(staging, outputDir);
            deleteRecursively(old);
            committed = true;
        } catch (IOException e) {
            throw new SiteGenException(SourcePosition.of(outputDir), "cannot put the new site in place: " + e.getMessage(), e);
        }
    }

    /** Removes the staging folder unless the site was committed; the old site stays as it was. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteRecursively(staging);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + staging + ": " + e.getMessage(), e);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
