package dev.sitegen.render.view;

import java.util.List;

/** The home page: the lead story, the latest pages, the topics and the most used tags. */
public record HomeView(Meta meta, List<Card> latest, List<TermCount> topics, List<TermCount> tags, String archiveUrl,
                       int articleCount) {
    public HomeView {
        latest = List.copyOf(latest);
        topics = List.copyOf(topics);
        tags = List.copyOf(tags);
    }
}
