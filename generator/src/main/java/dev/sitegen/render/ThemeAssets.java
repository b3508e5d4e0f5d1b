package dev.sitegen.render;

import dev.sitegen.diag.SiteGenException;
import dev.sitegen.diag.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme's static files (templates/assets/): the built-in ones, overridden or added to by the
 * files of a user's templates/assets/ folder. A class path cannot be listed, so the built-in files
 * are named here.
 */
final class ThemeAssets {

    static final List<String> BUILT_IN = List.of("assets/style.css", "assets/search.js");

    private final Optional<Path> userDir;

    ThemeAssets(Optional<Path> userDir) {
        this.userDir = userDir;
    }

    /** @param global the build's global fingerprint, which covers the theme files */
    List<OutputJob> jobs(long global) {
        TreeMap<String, OutputJob> jobs = new TreeMap<>();
        for (String name : BUILT_IN) {
            jobs.put(name, new OutputJob(name, "asset", global, () -> builtIn(name)));
        }
        userDir.map(d -> d.resolve("assets")).filter(Files::isDirectory).ifPresent(dir -> {
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(Files::isRegularFile).sorted().forEach(f -> {
                    String name = "assets/" + dir.relativize(f).toString().replace('\\', '/');
                    jobs.put(name, new OutputJob(name, "asset", global, () -> read(f)));
                });
            } catch (IOException e) {
                throw new SiteGenException(SourcePosition.of(dir), "cannot list theme assets: " + e.getMessage(), e);
            }
        });
        return new ArrayList<>(jobs.values());
    }

    private static byte[] builtIn(String name) {
        try (InputStream in = ThemeAssets.class.getResourceAsStream(TemplateEngine.THEME_ROOT + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("built-in theme file missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
