package dev.sitegen.taxonomy;

import java.util.List;
import java.util.Objects;

/**
 * The text the tagger reads for one page.
 *
 * @param key        the page slug; results are keyed by it
 * @param title      the headline
 * @param paragraphs plain-text body paragraphs, lead first
 */
public record ArticleText(String key, String title, List<String> paragraphs) {

    public ArticleText {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
        if (key.isBlank()) {
            throw new IllegalArgumentException("key must not be blank");
        }
    }
}
