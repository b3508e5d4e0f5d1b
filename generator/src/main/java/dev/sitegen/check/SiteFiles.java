package dev.sitegen.check;

import dev.sitegen.diag.SiteGenException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files of a built site, named relative to the site directory with forward slashes, as a web server
 * would look them up: case-sensitively, like GitHub Pages, even on a case-insensitive file system.
 */
final class SiteFiles {

    private final Path root;
    private final List<String> names;
    private final Set<String> lookup;

    private SiteFiles(Path root, List<String> names) {
        this.root = root;
        this.names = List.copyOf(names);
        this.lookup = Set.copyOf(new HashSet<>(names));
    }

    /** Lists the site; a missing, non-directory or empty site is a {@link SiteGenException} naming it. */
    static SiteFiles list(Path siteDir) {
        if (!Files.exists(siteDir)) {
            throw new SiteGenException("site directory " + siteDir + " does not exist: build the site first");
        }
        if (!Files.isDirectory(siteDir)) {
            throw new SiteGenException("site directory " + siteDir + " is not a directory");
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(siteDir)) {
            walk.filter(Files::isRegularFile)
                    .map(p -> siteDir.relativize(p).toString().replace('\\', '/'))
                    // A gh-pages checkout may sit in the output dir; its metadata is not part of the site.
                    .filter(name -> !name.startsWith(".git/"))
                    .forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list site directory " + siteDir, e);
        }
        if (names.isEmpty()) {
            throw new SiteGenException("site directory " + siteDir + " is empty: build the site first");
        }
        Collections.sort(names);
        return new SiteFiles(siteDir, names);
    }

    boolean exists(String name) {
        return lookup.contains(name);
    }

    List<String> all() {
        return names;
    }

    List<String> htmlFiles() {
        return names.stream().filter(SiteFiles::isHtml).toList();
    }

    /** Files with this exact file name in any folder, e.g. every {@code feed.xml}. */
    List<String> named(String fileName) {
        return names.stream().filter(n -> n.equals(fileName) || n.endsWith("/" + fileName)).toList();
    }

    Path resolve(String name) {
        return root.resolve(name);
    }

    byte[] read(String name) {
        try {
            return Files.readAllBytes(resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resolve(name), e);
        }
    }

    static boolean isHtml(String name) {
        return name.endsWith(".html") || name.endsWith(".htm");
    }
}
