package dev.sitegen.render.view;

/**
 * What goes in a page's head besides the stylesheet.
 *
 * @param title       the page's own title; the layout adds the site's title after it
 * @param description a plain-text summary for search engines and link previews
 * @param canonical   the page's canonical URL (absolute when the base URL is)
 * @param ogType      {@code article} or {@code website}
 * @param feedUrl     this page's Atom feed, or empty
 * @param jsonLd      JSON-LD for a {@code <script type="application/ld+json">}, already safe to embed, or empty
 */
public record Meta(String title, String description, String canonical, String ogType, String feedUrl, String jsonLd) {
}
