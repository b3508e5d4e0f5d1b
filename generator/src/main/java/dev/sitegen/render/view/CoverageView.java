package dev.sitegen.render.view;

/** One related-coverage teaser of an article, linking to its brief (or the full article). */
public record CoverageView(String title, String url, String source, String summary) {
}
