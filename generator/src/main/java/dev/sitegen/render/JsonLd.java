package dev.sitegen.render;

import dev.sitegen.model.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** schema.org NewsArticle metadata for an article page, escaped for embedding in HTML. */
final class JsonLd {

    private JsonLd() {
    }

    static String newsArticle(Page p, String url, String siteTitle, String description) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "NewsArticle");
        json.put("headline", p.title());
        json.put("description", description);
        json.put("url", url);
        json.put("mainEntityOfPage", url);
        p.published().ifPresentOrElse(t -> json.put("datePublished", t.toString()),
                () -> p.date().ifPresent(d -> json.put("datePublished", d.toString())));
        if (!p.authors().isEmpty()) {
            List<Object> authors = new ArrayList<>();
            for (String a : p.authors()) {
                Map<String, Object> person = new LinkedHashMap<>();
                person.put("@type", "Person");
                person.put("name", a);
                authors.add(person);
            }
            json.put("author", authors);
        }
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "Organization");
        publisher.put("name", p.source().isEmpty() ? siteTitle : p.source());
        json.put("publisher", publisher);
        if (!p.tags().isEmpty()) {
            json.put("keywords", String.join(", ", p.tags()));
        }
        if (!p.topics().isEmpty()) {
            json.put("articleSection", p.topics().get(0));
        }
        if (!p.copyright().isEmpty()) {
            json.put("copyrightNotice", p.copyright());
        }
        return Json.write(json);
    }
}
