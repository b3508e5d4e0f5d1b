package dev.sitegen.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How pages get topics and tags.
 *
 * @param maxTopics    at most this many topics per article
 * @param maxTags      at most this many tags per article
 * @param autoTags     derive tags and topics where front matter gives none
 * @param customTopics user topics: display name to keyword phrases, in configuration order
 * @param aliases      tag spelling to the name it stands for (e.g. "POTUS" to "Donald Trump")
 * @param stopTags     tags never to assign, compared after normalisation
 */
public record TaxonomySettings(
        int maxTopics,
        int maxTags,
        boolean autoTags,
        Map<String, List<String>> customTopics,
        Map<String, String> aliases,
        Set<String> stopTags) {

    public static final TaxonomySettings DEFAULTS = new TaxonomySettings(2, 15, true, Map.of(), Map.of(), Set.of());

    public TaxonomySettings {
        if (maxTopics < 0 || maxTags < 0) {
            throw new IllegalArgumentException("maxTopics and maxTags must be >= 0");
        }
        Objects.requireNonNull(customTopics, "customTopics");
        // Keep the configured order (LinkedHashMap) but make it unmodifiable.
        customTopics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(customTopics));
        customTopics.values().forEach(List::copyOf);
        aliases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(aliases));
        // Sorted, so that the settings print (and fingerprint) the same on every run.
        stopTags = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(stopTags));
    }
}
