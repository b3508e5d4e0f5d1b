package dev.sitegen.render.view;

import java.util.List;

/** Site-wide values every template can use as {@code site}. */
public record SiteView(String title, String language, String basePath, String homeUrl, String cssUrl, String searchUrl,
                       String searchScriptUrl, String searchIndexUrl, String feedUrl, List<Link> nav) {
    public SiteView {
        nav = List.copyOf(nav);
    }
}
