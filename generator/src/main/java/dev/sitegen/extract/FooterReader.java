package dev.sitegen.extract;

import java.util.List;

/**
 * Reads the metadata printed after the body: the copyright notice, a closing "Source: AFP" or
 * "Published ..." line, a byline at the foot. Teaser blocks further down belong to other
 * articles, so their dates and sources are not read; a copyright notice is taken from anywhere
 * below the body when none sits right after it.
 */
final class FooterReader {

    private FooterReader() {
    }

    static void read(List<LineInfo> lines, int bodyEnd, ExtractionDraft draft) {
        int i = bodyEnd;
        for (; i < lines.size(); i++) {
            LineInfo line = lines.get(i);
            if (line.is(LineInfo.Kind.RELATED_HEADING) || line.isTimeAnchor()) {
                break;
            }
            switch (line.kind()) {
                case COPYRIGHT -> draft.offerCopyright(line.text());
                case BYLINE -> line.byline().ifPresent(draft::offerByline);
                case SOURCE_LINE -> line.sourceName().ifPresent(
                        s -> draft.offerSource(s, ExtractionDraft.SourceRank.LABEL));
                case DATE_LINE -> line.dateLine().ifPresent(draft::offerDateLine);
                default -> {
                }
            }
        }
        for (; i < lines.size() && draft.copyright.isEmpty(); i++) {
            if (lines.get(i).is(LineInfo.Kind.COPYRIGHT)) {
                draft.offerCopyright(lines.get(i).text());
            }
        }
    }
}
