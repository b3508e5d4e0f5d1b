package dev.sitegen.render.view;

import java.util.List;

/**
 * An article or brief as a listing shows it. Empty strings where a value is unknown.
 *
 * @param html the card as card.ftlh renders it (empty while card.ftlh itself renders it)
 */
public record Card(String title, String url, boolean brief, String source, String dateIso, String dateLabel,
                   String summary, List<Link> topics, String html) {
    public Card {
        topics = List.copyOf(topics);
    }

    public Card withHtml(String rendered) {
        return new Card(title, url, brief, source, dateIso, dateLabel, summary, topics, rendered);
    }
}
