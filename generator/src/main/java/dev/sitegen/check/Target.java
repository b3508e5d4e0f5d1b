package dev.sitegen.check;

import java.util.Objects;

/**
 * Where a URL found in the site points.
 *
 * @param kind     what kind of target it is
 * @param path     for internal targets the path below the base path ({@code tags/x/}), else the URL
 * @param file     the file that serves it when {@link Kind#FOUND}, else empty
 * @param fragment the decoded fragment, empty when there is none
 * @param reason   why a {@link Kind#MALFORMED} URL was rejected, else empty
 */
record Target(Kind kind, String path, String file, String fragment, String reason) {

    enum Kind {
        /** Another site or scheme (mailto:, tel:, data:); never fetched. */
        EXTERNAL,
        /** Not a URL at all. */
        MALFORMED,
        /** A path of this host outside the base path: a 404 once published under a project path. */
        OUTSIDE_BASE,
        /** Under the base path but no file serves it. */
        MISSING,
        /** Under the base path and served by {@link #file}. */
        FOUND
    }

    Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fragment, "fragment");
        Objects.requireNonNull(reason, "reason");
    }

    static Target external(String url) {
        return new Target(Kind.EXTERNAL, url, "", "", "");
    }

    static Target malformed(String url, String reason) {
        return new Target(Kind.MALFORMED, url, "", "", reason);
    }

    static Target outsideBase(String path) {
        return new Target(Kind.OUTSIDE_BASE, path, "", "", "");
    }

    boolean internal() {
        return kind == Kind.FOUND || kind == Kind.MISSING;
    }

    /** The file a missing target would be served from, for messages: {@code tags/x/index.html}. */
    String expectedFile() {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }
}
