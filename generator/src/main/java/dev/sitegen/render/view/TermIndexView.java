package dev.sitegen.render.view;

import java.util.List;

/** The index of one taxonomy: every term, with counts. */
public record TermIndexView(Meta meta, String heading, String description, List<TermCount> terms) {
    public TermIndexView {
        terms = List.copyOf(terms);
    }
}
