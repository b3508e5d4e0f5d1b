package dev.sitegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.model.DateSource;
import dev.sitegen.model.Origin;
import dev.sitegen.model.Page;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FeedRendererTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static Page page(String slug, String title) {
        return Page.builder(slug, title, new Origin(Path.of("seeds/" + slug + ".md"), 1))
                .date(LocalDate.of(2025, 6, 9), DateSource.FRONT_MATTER).build();
    }

    private static String feed(String baseUrl, List<Page> pages) {
        Urls urls = new Urls(SiteConfig.builder().baseUrl(baseUrl).build());
        return new FeedRenderer(urls, "Harbour News", "en").feed("Harbour News", "", pages);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> entries(Document doc) {
        NodeList list = doc.getElementsByTagNameNS(ATOM, "entry");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static String child(Element e, String name) {
        return e.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }

    @Test
    void feedIsAtomXml() throws Exception {
        Element root = parse(feed("https://x.github.io/repo/", List.of(page("a", "A")))).getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertEquals("Harbour News", child(root, "title"));
    }

    @Test
    void everyEntryHasIdTitleUpdatedAndLink() throws Exception {
        List<Element> entries = entries(parse(feed("https://x.github.io/repo/", List.of(page("a", "A"), page("b", "B")))));
        assertEquals(2, entries.size());
        for (Element e : entries) {
            for (String name : List.of("id", "title", "updated")) {
                assertTrue(!child(e, name).isBlank(), name);
            }
            Element link = (Element) e.getElementsByTagNameNS(ATOM, "link").item(0);
            assertTrue(link.getAttribute("href").startsWith("https://x.github.io/repo/articles/"), link.getAttribute("href"));
        }
    }

    @Test
    void absoluteBaseGivesUrlIds() throws Exception {
        Element entry = entries(parse(feed("https://x.github.io/repo/", List.of(page("a", "A"))))).get(0);
        assertEquals("https://x.github.io/repo/articles/a/", child(entry, "id"));
    }

    @Test
    void pathOnlyBaseGivesUrnIds() throws Exception {
        Document doc = parse(feed("/repo/", List.of(page("a", "A"))));
        assertEquals("urn:site-gen:/repo/feed.xml", child(doc.getDocumentElement(), "id"));
        assertEquals("urn:site-gen:/repo/articles/a/", child(entries(doc).get(0), "id"));
    }

    @Test
    void hostileTitleIsEscaped() throws Exception {
        String title = "</title><script>alert(\"x\")</script> & 'quotes' ]]>";
        Element entry = entries(parse(feed("/", List.of(page("a", title))))).get(0);
        assertEquals(title, child(entry, "title"));
    }

    @Test
    void controlCharactersAreDroppedSoTheFeedStaysXml() throws Exception {
        Element entry = entries(parse(feed("/", List.of(page("a", "bell\u0007 escape\u001b end"))))).get(0);
        assertEquals("bell escape end", child(entry, "title"));
    }

    @Test
    void nonCharactersAreDroppedSoTheFeedStaysXml() throws Exception {
        Element entry = entries(parse(feed("/", List.of(page("a", "odd\uFFFE \uFFFFend"))))).get(0);
        assertEquals("odd end", child(entry, "title"));
    }

    @Test
    void entryUpdatedIsPublishedTimeWhenKnown() throws Exception {
        Page p = page("a", "A").toBuilder().published(OffsetDateTime.parse("2025-06-09T10:42:00+09:00")).build();
        Element entry = entries(parse(feed("/", List.of(p)))).get(0);
        assertEquals("2025-06-09T10:42:00+09:00", child(entry, "updated"));
        assertEquals("2025-06-09T10:42:00+09:00", child(entry, "published"));
    }

    @Test
    void undatedEntryIsUpdatedAtTheEpochNotTheBuildTime() throws Exception {
        Page undated = Page.builder("a", "A", new Origin(Path.of("seeds/a.md"), 1)).build();
        Element entry = entries(parse(feed("/", List.of(undated)))).get(0);
        assertEquals("1970-01-01T00:00:00Z", child(entry, "updated"));
    }

    @Test
    void writesAtMostTwentyEntries() throws Exception {
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            pages.add(page("p" + i, "P" + i));
        }
        assertEquals(FeedRenderer.ENTRIES, entries(parse(feed("/", pages))).size());
    }
}
