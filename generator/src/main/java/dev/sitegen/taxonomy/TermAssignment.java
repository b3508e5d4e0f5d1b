package dev.sitegen.taxonomy;

import java.util.List;

/** Placeholder until the taxonomy branch lands. */
public record TermAssignment(String name, String slug, double score, List<String> evidence) {
}
