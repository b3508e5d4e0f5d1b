package dev.sitegen.render.view;

import java.util.List;

/**
 * Page N of M of a list, with links to its neighbours and to a window of pages around it (the
 * first, the last, and two either side of the current one, with gaps between): a list of 1,000
 * pages must not print 1,000 links on each of them.
 */
public record Pager(int current, int total, String prevUrl, String nextUrl, List<Item> pages) {

    /** One entry of the page list: a numbered page, or a gap ({@code number} 0) standing for skipped pages. */
    public record Item(int number, String url, boolean current, boolean gap) {
    }

    public Pager {
        pages = List.copyOf(pages);
    }
}
