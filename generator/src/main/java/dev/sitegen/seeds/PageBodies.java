package dev.sitegen.seeds;

import dev.sitegen.diag.SiteGenException;
import dev.sitegen.diag.SourcePosition;
import dev.sitegen.markdown.PageModelReader;
import dev.sitegen.markdown.TextNormalizer;
import dev.sitegen.model.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * A page's Markdown body: held in the page, or read again from its page-model file when the loader
 * left it there (see {@link dev.sitegen.model.Origin#bodyFile()}).
 */
public final class PageBodies {

    private PageBodies() {
    }

    public static String of(Page page) {
        if (page.origin().bodyFile().isEmpty()) {
            return page.body();
        }
        try {
            String text = Files.readString(page.origin().bodyFile().get(), StandardCharsets.UTF_8);
            return PageModelReader.body(page.origin().file(), TextNormalizer.normalize(text));
        } catch (IOException e) {
            throw new SiteGenException(SourcePosition.of(page.origin().file()),
                    "cannot read the page again to render it: " + e.getMessage(), e);
        }
    }

    /** The page with its body in it, e.g. to write its Markdown twin. */
    public static Page withBody(Page page) {
        return page.origin().bodyFile().isEmpty() ? page : page.toBuilder().body(of(page)).build();
    }
}
