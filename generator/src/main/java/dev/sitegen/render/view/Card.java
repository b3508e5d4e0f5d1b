package dev.sitegen.render.view;

import java.util.List;

/** An article or brief as a listing shows it. Empty strings where a value is unknown. */
public record Card(String title, String url, boolean brief, String source, String dateIso, String dateLabel,
                   String summary, List<Link> topics) {
    public Card {
        topics = List.copyOf(topics);
    }
}
