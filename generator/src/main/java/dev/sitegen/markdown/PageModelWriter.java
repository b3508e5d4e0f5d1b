package dev.sitegen.markdown;

import dev.sitegen.model.Page;
import dev.sitegen.model.RelatedItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a {@link Page} as a page model: the Markdown twin published beside each article, and what
 * {@link PageModelReader} reads back to the same page. Keys in schema order; empty values left out.
 */
public final class PageModelWriter {

    private final Yaml yaml;

    public PageModelWriter() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(Integer.MAX_VALUE); // never fold long lines: the twin must diff cleanly
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        this.yaml = new Yaml(options);
    }

    public String write(Page page) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("title", page.title());
        fm.put("slug", page.slug());
        fm.put("kind", page.kind().key());
        putText(fm, "source", page.source());
        page.published().ifPresent(p -> fm.put("published", p.toString()));
        page.date().ifPresent(d -> fm.put("date", d.toString()));
        page.dateSource().ifPresent(s -> fm.put("date_source", s.key()));
        putText(fm, "relative_time", page.relativeTime());
        putList(fm, "authors", page.authors());
        putText(fm, "location", page.location());
        putText(fm, "image_caption", page.imageCaption());
        putText(fm, "image_credit", page.imageCredit());
        putList(fm, "topics", page.topics());
        putList(fm, "tags", page.tags());
        putText(fm, "copyright", page.copyright());
        putText(fm, "summary", page.summary());
        if (!page.related().isEmpty()) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (RelatedItem r : page.related()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("title", r.title());
                putText(item, "source", r.source());
                putText(item, "relative_time", r.relativeTime());
                putText(item, "summary", r.summary());
                putText(item, "slug", r.slug());
                items.add(item);
            }
            fm.put("related", items);
        }
        putText(fm, "seed", page.seed());
        String body = page.body();
        return "---\n" + yaml.dump(fm) + "---\n" + (body.isEmpty() || body.startsWith("\n") ? body : "\n" + body);
    }

    private static void putText(Map<String, Object> map, String key, String value) {
        if (!value.isEmpty()) {
            map.put(key, value);
        }
    }

    private static void putList(Map<String, Object> map, String key, List<String> values) {
        if (!values.isEmpty()) {
            map.put(key, values);
        }
    }
}
