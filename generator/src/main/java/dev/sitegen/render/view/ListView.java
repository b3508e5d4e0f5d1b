package dev.sitegen.render.view;

import java.util.List;

/**
 * A paginated list of pages: one term of a taxonomy, or the archive of all articles.
 *
 * @param kicker the small label above the heading, e.g. "Topic"
 */
public record ListView(Meta meta, String kicker, String heading, String description, List<Card> items, Pager pager,
                       String feedUrl, Link parent) {
    public ListView {
        items = List.copyOf(items);
    }
}
