package dev.sitegen.render;

import dev.sitegen.model.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON the search page loads: per page its title, URL, date, summary and terms. */
public final class SearchIndexRenderer {

    private final Urls urls;

    public SearchIndexRenderer(Urls urls) {
        this.urls = urls;
    }

    public String index(List<Page> pages) {
        List<Object> items = new ArrayList<>(pages.size());
        for (Page p : pages) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("t", p.title());
            item.put("u", urls.path(Urls.article(p.slug())));
            item.put("d", p.date().map(Object::toString).orElse(""));
            item.put("s", p.summary());
            List<String> terms = new ArrayList<>(p.topics());
            terms.addAll(p.tags());
            terms.addAll(p.authors());
            if (!p.source().isEmpty()) {
                terms.add(p.source());
            }
            item.put("k", String.join(" | ", terms));
            items.add(item);
        }
        return Json.write(items) + "\n";
    }
}
