package dev.sitegen.taxonomy;

import dev.sitegen.config.TaxonomySettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Placeholder until the taxonomy branch lands: no automatic terms. */
public final class AutoTagger {
    public AutoTagger(TaxonomySettings settings) {
    }

    public Map<String, ArticleTerms> tag(List<ArticleText> articles) {
        Map<String, ArticleTerms> out = new LinkedHashMap<>();
        articles.forEach(a -> out.put(a.key(), new ArticleTerms(List.of(), List.of())));
        return out;
    }
}
