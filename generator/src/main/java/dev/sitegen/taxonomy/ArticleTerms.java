package dev.sitegen.taxonomy;

import java.util.List;

/** Placeholder until the taxonomy branch lands. */
public record ArticleTerms(List<TermAssignment> topics, List<TermAssignment> tags) {
}
