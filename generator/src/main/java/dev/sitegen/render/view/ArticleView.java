package dev.sitegen.render.view;

import java.util.List;

/**
 * An article or brief page.
 *
 * @param dateNote   extra words beside the date, e.g. where it was taken from ("date of the photo")
 * @param coverage   the related teasers the article itself listed
 * @param related    other articles sharing its topics and tags
 * @param mentionedIn for a brief, the articles that list it
 */
public record ArticleView(Meta meta, String title, boolean brief, String source, String sourceUrl, String dateIso,
                          String dateLabel, String dateNote, List<Link> authors, String location, String imageCaption,
                          String imageCredit, String bodyHtml, String copyright, List<CoverageView> coverage,
                          List<Link> topics, List<Link> tags, List<Card> related, List<Link> mentionedIn,
                          String markdownUrl, String seed) {
    public ArticleView {
        authors = List.copyOf(authors);
        coverage = List.copyOf(coverage);
        topics = List.copyOf(topics);
        tags = List.copyOf(tags);
        related = List.copyOf(related);
        mentionedIn = List.copyOf(mentionedIn);
    }
}
