package dev.sitegen.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads one HTML page with Jsoup into the references and anchors the link checks need. */
final class PageScanner {

    /** Element and attribute pairs holding one URL each. */
    private static final List<String[]> URL_ATTRIBUTES = List.of(
            new String[] {"a", "href"},
            new String[] {"area", "href"},
            new String[] {"link", "href"},
            new String[] {"script", "src"},
            new String[] {"img", "src"},
            new String[] {"source", "src"},
            new String[] {"video", "src"},
            new String[] {"video", "poster"},
            new String[] {"audio", "src"},
            new String[] {"track", "src"},
            new String[] {"iframe", "src"},
            new String[] {"embed", "src"},
            new String[] {"form", "action"});

    /** Attributes holding a srcset list of URLs with descriptors. */
    private static final List<String[]> SRCSET_ATTRIBUTES = List.of(
            new String[] {"img", "srcset"},
            new String[] {"source", "srcset"});

    ScannedPage scan(String file, String html) {
        // A parser per page: Jsoup parsers are not thread-safe, and they are cheap to make.
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        List<Reference> references = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        for (Element el : doc.getAllElements()) {
            String tag = el.normalName();
            if (el.hasAttr("id")) {
                anchors.add(el.attr("id"));
            }
            if (tag.equals("a") && el.hasAttr("name")) {
                anchors.add(el.attr("name"));
            }
            for (String[] pair : URL_ATTRIBUTES) {
                if (tag.equals(pair[0]) && el.hasAttr(pair[1])) {
                    references.add(reference(el, pair[1], el.attr(pair[1])));
                }
            }
            for (String[] pair : SRCSET_ATTRIBUTES) {
                if (tag.equals(pair[0]) && el.hasAttr(pair[1])) {
                    for (String url : srcsetUrls(el.attr(pair[1]))) {
                        references.add(reference(el, pair[1], url));
                    }
                }
            }
        }
        return new ScannedPage(file, references, anchors);
    }

    private static Reference reference(Element el, String attribute, String url) {
        Range.Position pos = el.attributes().sourceRange(attribute).valueRange().start();
        if (!pos.isTracked()) {
            pos = el.sourceRange().start();
        }
        int line = pos.isTracked() ? pos.lineNumber() : 0;
        int column = pos.isTracked() ? pos.columnNumber() : 0;
        return new Reference(url, el.normalName() + "[" + attribute + "]", line, column);
    }

    /** The URLs of a srcset value ({@code a.jpg 1x, b.jpg 2x}), following the HTML parsing rules loosely. */
    static List<String> srcsetUrls(String srcset) {
        List<String> urls = new ArrayList<>();
        int i = 0;
        int n = srcset.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(srcset.charAt(i))) {
                i++;
            }
            String url = srcset.substring(start, i);
            if (url.endsWith(",")) {
                url = url.replaceAll(",+$", "");
            } else {
                // Skip the descriptors up to the next candidate.
                int comma = srcset.indexOf(',', i);
                i = comma < 0 ? n : comma + 1;
            }
            if (!url.isEmpty()) {
                urls.add(url);
            }
        }
        return urls;
    }
}
