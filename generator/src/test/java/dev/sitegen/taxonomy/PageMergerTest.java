package dev.sitegen.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.SourcePosition;
import dev.sitegen.model.Origin;
import dev.sitegen.model.Page;
import dev.sitegen.model.PageKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageMergerTest {

    private static Page article(String slug, String file) {
        return Page.builder(slug, "Title of " + file, new Origin(Path.of(file), 1)).seed(file).build();
    }

    private static Page brief(String slug, String file, String summary) {
        return Page.builder(slug, "Brief " + slug, new Origin(Path.of(file), 1)).kind(PageKind.BRIEF).summary(summary)
                .seed(file).build();
    }

    private static List<String> slugs(PageMerger.Merged merged) {
        return merged.pages().stream().map(Page::slug).toList();
    }

    @Test
    void secondArticleWantingTheSameSlugGetsNumberedSlug() {
        PageMerger.Merged merged = PageMerger.merge(List.of(article("x", "seeds/a.md"), article("x", "seeds/b.md")));
        assertEquals(List.of("x", "x-2"), slugs(merged));
        assertEquals("seeds/b.md", merged.pages().get(1).seed());
    }

    @Test
    void renamedArticleWarnsNamingBothFiles() {
        PageMerger.Merged merged = PageMerger.merge(List.of(article("x", "seeds/a.md"), article("x", "seeds/b.md")));
        assertEquals(List.of(Diagnostic.warning(SourcePosition.of(Path.of("seeds/b.md")),
                "'Title of seeds/b.md' wants the URL /articles/x/ that seeds/a.md already has; "
                        + "published at /articles/x-2/")), merged.warnings());
    }

    @Test
    void thirdArticleWithTheSameSlugGetsTheNextFreeNumber() {
        PageMerger.Merged merged = PageMerger.merge(List.of(article("x", "seeds/a.md"), article("x", "seeds/b.md"),
                article("x", "seeds/c.md")));
        assertEquals(List.of("x", "x-2", "x-3"), slugs(merged));
        assertEquals(2, merged.warnings().size());
    }

    @Test
    void briefIsDroppedWhenAnArticleHasItsSlug() {
        PageMerger.Merged merged = PageMerger.merge(List.of(brief("x", "seeds/a.txt", "Teaser."),
                article("x", "seeds/b.txt")));
        assertEquals(List.of("x"), slugs(merged));
        assertEquals(PageKind.ARTICLE, merged.pages().get(0).kind());
        assertEquals(List.of(), merged.warnings());
    }

    @Test
    void fullerOfTwoBriefsWins() {
        Page shorter = brief("x", "seeds/a.txt", "Short.");
        Page fuller = brief("x", "seeds/b.txt", "A much fuller summary of the story.");
        assertEquals(List.of(fuller), PageMerger.merge(List.of(shorter, fuller)).pages());
        assertEquals(List.of(fuller), PageMerger.merge(List.of(fuller, shorter)).pages());
    }

    @Test
    void briefsOfEqualLengthGoToTheFirstSeedName() {
        Page fromA = brief("x", "seeds/a.txt", "Same length A.");
        Page fromB = brief("x", "seeds/b.txt", "Same length B.");
        assertEquals(List.of(fromA), PageMerger.merge(List.of(fromB, fromA)).pages());
        assertEquals(List.of(fromA), PageMerger.merge(List.of(fromA, fromB)).pages());
    }

    @Test
    void articlesComeFirstInSeedOrderThenBriefs() {
        PageMerger.Merged merged = PageMerger.merge(List.of(brief("b1", "seeds/a.txt", ""), article("z", "seeds/a.txt"),
                brief("b2", "seeds/b.txt", ""), article("m", "seeds/b.txt")));
        assertEquals(List.of("z", "m", "b1", "b2"), slugs(merged));
    }
}
