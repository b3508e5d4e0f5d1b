package dev.sitegen.taxonomy;

import java.util.List;

/**
 * The topics and tags chosen for one article, strongest first.
 */
public record ArticleTerms(List<TermAssignment> topics, List<TermAssignment> tags) {

    public static final ArticleTerms EMPTY = new ArticleTerms(List.of(), List.of());

    public ArticleTerms {
        topics = List.copyOf(topics);
        tags = List.copyOf(tags);
    }
}
