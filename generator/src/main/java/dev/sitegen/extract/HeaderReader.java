package dev.sitegen.extract;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads the article header, the lines between the top of the dump and the first body paragraph:
 * source and relative time, byline, publication dates, the lead photo's caption and credit. It
 * also decides where the body starts. Unrecognised header lines (navigation, a standfirst) are
 * passed over.
 */
final class HeaderReader {

    private static final Pattern BULLET = Pattern.compile("^[•●▪·*]\\s*");
    private static final int MAX_SOURCE_WORDS = 5;
    private static final int MIN_SHORT_PARAGRAPH_WORDS = 5;

    private HeaderReader() {
    }

    /**
     * Fills the header fields of the draft and returns the index of the first body line, or -1
     * when no body paragraph follows the title.
     */
    static int read(List<LineInfo> lines, int titleIndex, ExtractionDraft draft, Predicate<LineInfo> recurring) {
        for (int i = 0; i < lines.size(); i++) {
            LineInfo line = lines.get(i);
            if (line.blank() || i == titleIndex || !draft.title.isEmpty() && line.text().equalsIgnoreCase(draft.title)) {
                continue;
            }
            boolean afterTitle = i > titleIndex;
            switch (line.kind()) {
                case BYLINE -> line.byline().ifPresent(draft::offerByline);
                case SOURCE_LINE -> line.sourceName().ifPresent(s -> draft.offerSource(s, ExtractionDraft.SourceRank.LABEL));
                case RELATIVE_TIME -> readRelativeTime(line, draft);
                case DATE_LINE -> line.dateLine().ifPresent(d -> {
                    draft.offerDateLine(d);
                    draft.offerSource(d.prefix(), ExtractionDraft.SourceRank.HEADER);
                });
                case CREDIT -> {
                    if (afterTitle) {
                        line.credit().ifPresent(draft::offerCredit);
                    }
                }
                case TEXT -> {
                    if (!afterTitle) {
                        continue;
                    }
                    if (recurring.test(line)) {
                        offerStandaloneSource(lines, i, draft); // a source name recurs too
                    } else if (readText(lines, i, draft)) {
                        return i;
                    }
                }
                default -> {
                    // chrome, headings, copyright before the body: nothing to read
                }
            }
        }
        return -1;
    }

    private static void readRelativeTime(LineInfo line, ExtractionDraft draft) {
        RelativeTimeParser.RelativeTime time = line.relativeTime().orElseThrow();
        draft.offerRelativeTime(time.text());
        if (time.prefixKind() == RelativeTimeParser.PrefixKind.SOURCE) {
            draft.offerSource(time.prefix(), ExtractionDraft.SourceRank.HEADER);
        }
    }

    /** Reads one header text line; true when it is the first body paragraph. */
    private static boolean readText(List<LineInfo> lines, int i, ExtractionDraft draft) {
        LineInfo line = lines.get(i);
        String text = line.text();
        if (DatelineParser.parse(text).isPresent() && line.stats().words() >= 4) {
            return true; // "TOKYO, June 3 (Reuters) - ..." always opens the body
        }
        Optional<CaptionParser.Caption> caption = CaptionParser.split(text);
        if (caption.isPresent() && draft.imageCaption.isEmpty()) {
            draft.offerCaption(caption.get().caption(), caption.get().credit());
            return false;
        }
        Optional<String> labelled = CaptionParser.labelled(text);
        if (labelled.isPresent() && draft.imageCaption.isEmpty()) {
            draft.offerCaption(labelled.get(), "");
            return false;
        }
        if (line.stats().isGood()) {
            if (draft.imageCaption.isEmpty() && looksLikeCaption(lines, i)) {
                draft.offerCaption(text, creditOnNextLine(lines, i));
                return false;
            }
            return true;
        }
        if (opensShortFirstParagraph(lines, i)) {
            return true;
        }
        offerStandaloneSource(lines, i, draft);
        return false;
    }

    /**
     * A short sentence right under the title or the metadata, with running text right after it,
     * is the article's first paragraph, not header furniture.
     */
    private static boolean opensShortFirstParagraph(List<LineInfo> lines, int i) {
        LineInfo line = lines.get(i);
        if (!line.stats().isSentence() || line.stats().words() < MIN_SHORT_PARAGRAPH_WORDS) {
            return false;
        }
        int prev = previousMeaningful(lines, i);
        int next = nextMeaningful(lines, i);
        boolean underHeader = prev >= 0 && (lines.get(prev).isHeaderField() || lines.get(prev).isText()
                && lines.get(prev).stats().isTitleLike() && !lines.get(prev).stats().isSentence());
        return underHeader && next >= 0 && lines.get(next).isText() && lines.get(next).stats().isGood();
    }

    private static void offerStandaloneSource(List<LineInfo> lines, int i, ExtractionDraft draft) {
        if (draft.sourceRank.ordinal() > ExtractionDraft.SourceRank.HEADER.ordinal()) {
            standaloneSource(lines, i).ifPresent(s -> draft.offerSource(s, ExtractionDraft.SourceRank.HEADER));
        }
    }

    /**
     * A sentence directly before the byline or the date line, with the body after them, is the
     * lead photo's caption (the byline always precedes the text it signs). So is a sentence
     * ending in a full date ("..., in London, Britain, June 9, 2025."), as wire captions do.
     */
    private static boolean looksLikeCaption(List<LineInfo> lines, int i) {
        if (!creditOnNextLine(lines, i).isEmpty()) {
            return true;
        }
        String text = lines.get(i).text();
        if (endsWithDate(text)) {
            return true;
        }
        int j = nextMeaningful(lines, i);
        if (j < 0 || !(lines.get(j).is(LineInfo.Kind.BYLINE) || lines.get(j).is(LineInfo.Kind.DATE_LINE))) {
            return false;
        }
        for (int k = j; k >= 0 && k < lines.size(); k = nextMeaningful(lines, k)) {
            LineInfo next = lines.get(k);
            if (next.isHeaderField()) {
                continue;
            }
            return next.isText() && next.stats().isGood();
        }
        return false;
    }

    private static boolean endsWithDate(String text) {
        Optional<DateTimeParser.StatedDate> date = DateTimeParser.find(text);
        if (date.isEmpty()) {
            return false;
        }
        String rest = text.substring(date.get().end());
        return rest.matches("[.\\s]*") && text.lastIndexOf(", ", date.get().start()) > 0;
    }

    private static String creditOnNextLine(List<LineInfo> lines, int i) {
        int j = nextMeaningful(lines, i);
        return j >= 0 && lines.get(j).is(LineInfo.Kind.CREDIT) ? lines.get(j).credit().orElse("") : "";
    }

    /** "Japan Today" on its own line, next to the relative time or date it belongs to. */
    private static Optional<String> standaloneSource(List<LineInfo> lines, int i) {
        String name = BULLET.matcher(lines.get(i).text()).replaceFirst("");
        LineStats stats = LineStats.of(name);
        if (stats.words() == 0 || stats.words() > MAX_SOURCE_WORDS || stats.endsClause()
                || !RelativeTimeParser.looksLikeName(name) || NameShapes.isPersonName(name)
                        && !NameShapes.isOrganisation(name)) {
            return Optional.empty();
        }
        int prev = previousMeaningful(lines, i);
        int next = nextMeaningful(lines, i);
        boolean bullet = !name.equals(lines.get(i).text());
        if (bullet || isTimeLine(lines, prev) || isTimeLine(lines, next)) {
            return Optional.of(name);
        }
        return Optional.empty();
    }

    private static boolean isTimeLine(List<LineInfo> lines, int j) {
        if (j < 0) {
            return false;
        }
        LineInfo line = lines.get(j);
        return line.is(LineInfo.Kind.RELATIVE_TIME)
                && line.relativeTime().get().prefixKind() != RelativeTimeParser.PrefixKind.SOURCE
                || line.is(LineInfo.Kind.DATE_LINE) && line.dateLine().get().prefix().isEmpty();
    }

    /** The next line that is neither blank nor chrome, or -1. */
    static int nextMeaningful(List<LineInfo> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).blank() && !lines.get(j).is(LineInfo.Kind.CHROME)) {
                return j;
            }
        }
        return -1;
    }

    private static int previousMeaningful(List<LineInfo> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!lines.get(j).blank() && !lines.get(j).is(LineInfo.Kind.CHROME)) {
                return j;
            }
        }
        return -1;
    }
}
