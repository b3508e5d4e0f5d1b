package dev.sitegen.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps a URL found in a site file to the file that would serve it, the way GitHub Pages does:
 * a path ending in {@code /} is served by its {@code index.html}, a directory path without the slash
 * redirects there, and nothing outside the base path exists.
 */
final class UrlMapper {

    private final String basePath;
    private final Optional<URI> siteUrl;
    private final SiteFiles files;

    UrlMapper(String basePath, Optional<URI> siteUrl, SiteFiles files) {
        this.basePath = basePath;
        this.siteUrl = siteUrl;
        this.files = files;
    }

    String basePath() {
        return basePath;
    }

    Optional<URI> siteUrl() {
        return siteUrl;
    }

    /**
     * Resolves {@code url} as written in the site file {@code fromFile} (relative to the site root).
     * Query strings are ignored; the fragment is returned decoded.
     */
    Target resolve(String fromFile, String url) {
        // HTML strips leading and trailing ASCII whitespace from URL attributes.
        String trimmed = url.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            return Target.malformed(trimmed, e.getReason());
        }
        if (uri.isOpaque()) {
            return Target.external(trimmed);
        }
        String fragment = uri.getFragment() == null ? "" : uri.getFragment();
        if (uri.getScheme() != null || uri.getRawAuthority() != null) {
            return resolveAbsolute(uri, trimmed, fragment);
        }
        String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (rawPath.isEmpty()) {
            // "", "#x" and "?q" all stay on the page itself.
            return find(fromFile, fragment);
        }
        URI resolved;
        if (rawPath.startsWith("/")) {
            resolved = uri;
        } else {
            URI page;
            try {
                page = new URI(null, null, basePath + fromFile, null);
            } catch (URISyntaxException e) {
                return Target.malformed(fromFile, e.getReason());
            }
            resolved = page.resolve(uri);
        }
        return underBase(resolved.normalize().getPath(), fragment);
    }

    private Target resolveAbsolute(URI uri, String url, String fragment) {
        if (siteUrl.isEmpty()) {
            return Target.external(url);
        }
        URI site = siteUrl.get();
        String scheme = uri.getScheme() == null ? site.getScheme() : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Target.external(url);
        }
        if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(site.getHost())
                || port(scheme, uri.getPort()) != port(site.getScheme(), site.getPort())) {
            return Target.external(url);
        }
        String path = uri.normalize().getPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        if (!isUnderBase(path)) {
            // Same host, another path: on GitHub Pages that is another project, not a page of this site.
            return Target.external(url);
        }
        return underBase(path, fragment);
    }

    private static int port(String scheme, int port) {
        if (port != -1) {
            return port;
        }
        return scheme.equals("https") ? 443 : 80;
    }

    private boolean isUnderBase(String path) {
        return path.startsWith(basePath) || (path + "/").equals(basePath);
    }

    private Target underBase(String path, String fragment) {
        if (path == null || !isUnderBase(path) || path.contains("/../")) {
            return Target.outsideBase(path == null ? "" : path);
        }
        String relative = path.length() < basePath.length() ? "" : path.substring(basePath.length());
        return find(relative, fragment);
    }

    private Target find(String relative, String fragment) {
        String candidate = relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
        if (files.exists(candidate)) {
            return new Target(Target.Kind.FOUND, relative, candidate, fragment, "");
        }
        String directoryIndex = relative + "/index.html";
        if (!relative.endsWith("/") && !relative.isEmpty() && files.exists(directoryIndex)) {
            return new Target(Target.Kind.FOUND, relative, directoryIndex, fragment, "");
        }
        return new Target(Target.Kind.MISSING, relative, "", fragment, "");
    }
}
