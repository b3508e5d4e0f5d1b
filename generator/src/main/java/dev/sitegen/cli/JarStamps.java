package dev.sitegen.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What identifies the classes on a class path of jar files: each jar's real path, size and time.
 * A class archive or a build daemon made for one class path is not used with another.
 */
final class JarStamps {

    private JarStamps() {
    }

    /**
     * One line per jar of {@code classPath}; empty when it holds anything but jar files (folders of
     * classes change without a stamp of their own) or a jar cannot be read.
     */
    static Optional<String> of(String classPath) {
        StringBuilder stamps = new StringBuilder();
        for (String entry : classPath.split(File.pathSeparator)) {
            try {
                Path jar = Path.of(entry);
                if (!entry.endsWith(".jar") || !Files.isRegularFile(jar)) {
                    return Optional.empty();
                }
                // The real path: the same jar reached by another relative path is the same jar.
                stamps.append(jar.toRealPath()).append(' ').append(Files.size(jar)).append(' ')
                        .append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of(stamps.toString());
    }
}
