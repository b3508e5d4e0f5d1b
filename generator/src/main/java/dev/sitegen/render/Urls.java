package dev.sitegen.render;

import dev.sitegen.config.SiteConfig;

/**
 * Builds every URL of the site from paths relative to the site root ({@code tags/china/}), so the
 * base path is added in one place and links work at a domain root and under a project path alike.
 */
public final class Urls {

    private final String basePath;
    private final String absoluteBase;

    public Urls(SiteConfig config) {
        this.basePath = config.basePath();
        this.absoluteBase = config.absoluteBaseUrl().orElse("");
    }

    /** The root-relative URL for links: {@code /repo/tags/china/}. */
    public String path(String relative) {
        return basePath + relative;
    }

    /** The absolute URL when the base URL is absolute, else the root-relative one. */
    public String absolute(String relative) {
        return absoluteBase.isEmpty() ? path(relative) : absoluteBase + relative;
    }

    public boolean hasAbsoluteBase() {
        return !absoluteBase.isEmpty();
    }

    public static String article(String slug) {
        return "articles/" + slug + "/";
    }

    public static String term(String taxonomy, String slug) {
        return taxonomy + "/" + slug + "/";
    }

    /** Page 1 of a list is the list's own folder; page n lives at {@code page/n/} under it. */
    public static String listPage(String listFolder, int page) {
        return page == 1 ? listFolder : listFolder + "page/" + page + "/";
    }
}
