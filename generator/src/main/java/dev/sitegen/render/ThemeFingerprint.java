package dev.sitegen.render;

import dev.sitegen.model.Fingerprint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A hash of every theme file, built-in and the user's, so a template or asset change rebuilds all. */
final class ThemeFingerprint {

    private ThemeFingerprint() {
    }

    static long of(Optional<Path> userDir) {
        Fingerprint f = new Fingerprint();
        List<String> builtIn = new ArrayList<>(SiteRenderer.TEMPLATES);
        builtIn.add("layout.ftlh");
        builtIn.addAll(ThemeAssets.BUILT_IN);
        for (String name : builtIn) {
            try (InputStream in = ThemeFingerprint.class.getResourceAsStream(TemplateEngine.THEME_ROOT + "/" + name)) {
                f.add(name).add(in == null ? "" : new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        userDir.filter(Files::isDirectory).ifPresent(dir -> {
            try {
                // The folder the templates are loaded from: a link to it is followed, and pointing
                // the link at another folder is a change of theme.
                Path real = dir.toRealPath();
                f.add(real.toString());
                try (Stream<Path> files = Files.walk(real, FileVisitOption.FOLLOW_LINKS)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        f.add(real.relativize(file).toString()).add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the templates folder: " + e.getMessage(), e);
            }
        });
        return f.value();
    }
}
