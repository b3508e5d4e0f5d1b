package dev.sitegen.seeds;

import dev.sitegen.extract.BodyBlock;
import dev.sitegen.extract.Extraction;
import dev.sitegen.extract.Teaser;
import dev.sitegen.markdown.MarkdownEscaper;
import dev.sitegen.model.Origin;
import dev.sitegen.model.Page;
import dev.sitegen.model.PageKind;
import dev.sitegen.model.RelatedItem;
import dev.sitegen.model.Slugs;
import dev.sitegen.model.Summaries;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what the extractor read from a dump into page models: the article, and one brief per
 * related teaser. Every piece of seed text goes through {@link MarkdownEscaper}, so it stays text.
 */
final class DumpPages {

    private DumpPages() {
    }

    static List<Page> toPages(Extraction e, SeedFile seed) {
        String slug = slugOrSeedName(e.title(), seed);
        List<RelatedItem> related = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        Origin origin = new Origin(seed.name(), 1);
        for (Teaser t : e.related()) {
            String briefSlug = slugOrSeedName(t.title(), seed);
            related.add(new RelatedItem(t.title(), t.source(), t.relativeTime(), t.summary(), briefSlug));
            pages.add(Page.builder(briefSlug, t.title(), origin).kind(PageKind.BRIEF).source(t.source())
                    .relativeTime(t.relativeTime()).summary(Summaries.shorten(t.summary()))
                    .body(t.summary().isBlank() ? "" : MarkdownEscaper.escape(t.summary()) + "\n")
                    .seed(seed.displayName()).build());
        }
        List<String> paragraphs = e.body();
        Page article = Page.builder(slug, e.title(), origin).kind(PageKind.ARTICLE).source(e.source())
                .published(e.published().orElse(null)).date(e.date().orElse(null), e.dateSource().orElse(null))
                .relativeTime(e.relativeTime()).authors(e.authors()).location(e.location())
                .imageCaption(e.imageCaption()).imageCredit(e.imageCredit()).copyright(e.copyright())
                .summary(paragraphs.isEmpty() ? "" : Summaries.shorten(paragraphs.get(0))).related(related)
                .seed(seed.displayName()).body(body(e.blocks())).build();
        pages.add(0, article);
        return pages;
    }

    private static String body(List<BodyBlock> blocks) {
        StringBuilder md = new StringBuilder();
        for (BodyBlock block : blocks) {
            if (!md.isEmpty()) {
                md.append('\n');
            }
            if (block.type() == BodyBlock.Type.SUBHEADING) {
                md.append("## ");
            }
            md.append(MarkdownEscaper.escape(block.text())).append('\n');
        }
        return md.toString();
    }

    private static String slugOrSeedName(String title, SeedFile seed) {
        String slug = Slugs.slugify(title);
        if (!slug.isEmpty()) {
            return slug;
        }
        String file = seed.path().getFileName().toString();
        return Slugs.slugify(file.substring(0, file.lastIndexOf('.')));
    }
}
