package dev.sitegen.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Maps a request path to a file of the built site served under a base path. Nothing outside the
 * output folder is ever returned: not through {@code ..}, encoded separators, nor symbolic links.
 */
final class SiteFiles {

    /** Where a request path leads: a file to send, a redirect, or nothing. */
    record Target(Kind kind, Path file, String location) {
        enum Kind { FILE, REDIRECT, MISSING }

        static final Target MISSING = new Target(Kind.MISSING, null, null);

        static Target file(Path file) {
            return new Target(Kind.FILE, file, null);
        }

        static Target redirect(String location) {
            return new Target(Kind.REDIRECT, null, location);
        }
    }

    private final Path root;
    private final String basePath;

    /**
     * @param root     the output folder
     * @param basePath where the site lives on the server, starting and ending with '/'
     */
    SiteFiles(Path root, String basePath) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.basePath = Objects.requireNonNull(basePath, "basePath");
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("basePath must start and end with '/', got '" + basePath + "'");
        }
    }

    /** @param path the decoded path of a request URI, e.g. {@code /news-demo/articles/a/} */
    Target resolve(String path) {
        if (path == null || path.isEmpty() || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            return Target.MISSING;
        }
        if (!path.startsWith(basePath)) {
            // The root and the base path without its slash lead to the site, as on GitHub Pages.
            boolean toSite = path.equals("/") || path.equals(basePath.substring(0, basePath.length() - 1));
            return toSite ? Target.redirect(encode(basePath)) : Target.MISSING;
        }
        String relative = path.substring(basePath.length());
        for (String segment : relative.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Target.MISSING;
            }
        }
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            return Target.MISSING;
        }
        if (Files.isDirectory(file)) {
            if (!relative.isEmpty() && !relative.endsWith("/")) {
                // Relative links in dir/index.html only work when the URL ends in '/'.
                return Target.redirect(encode(path + "/"));
            }
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) && insideRoot(file) ? Target.file(file) : Target.MISSING;
    }

    /** The site's own 404 page, if it has one. */
    Target notFoundPage() {
        Path file = root.resolve("404.html");
        return Files.isRegularFile(file) && insideRoot(file) ? Target.file(file) : Target.MISSING;
    }

    /** Follows symbolic links: a link inside the site pointing elsewhere is not served. */
    private boolean insideRoot(Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false; // vanished or unreadable: treated as missing, the next request sees the new state
        }
    }

    private static String encode(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }
}
