package dev.sitegen.taxonomy;

import dev.sitegen.config.TaxonomySettings;
import dev.sitegen.model.Slugs;

/** Placeholder until the taxonomy branch lands. */
public final class TermNormalizer {
    private final TaxonomySettings settings;

    public TermNormalizer(TaxonomySettings settings) {
        this.settings = settings;
    }

    public String displayName(String raw) {
        return settings.aliases().getOrDefault(raw.strip(), raw.strip());
    }

    public String slug(String raw) {
        return Slugs.slugify(displayName(raw));
    }

    public boolean isStopTag(String raw) {
        return settings.stopTags().stream().anyMatch(s -> Slugs.slugify(s).equals(slug(raw)));
    }
}
