package dev.sitegen.render.view;

import java.util.List;

/** Page N of M of a list, with links to its neighbours and to every page. */
public record Pager(int current, int total, String prevUrl, String nextUrl, List<Link> pages) {
    public Pager {
        pages = List.copyOf(pages);
    }
}
