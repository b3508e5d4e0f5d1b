package dev.sitegen.taxonomy;

import java.util.List;

/** Placeholder until the taxonomy branch lands. */
public record ArticleText(String key, String title, List<String> paragraphs) {
}
