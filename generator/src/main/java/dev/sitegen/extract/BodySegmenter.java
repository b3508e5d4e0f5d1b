package dev.sitegen.extract;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Collects the article body from its first paragraph on: paragraphs verbatim, subheadings (a
 * short headline-shaped line with a paragraph on each side), and nothing else. Chrome inside the
 * body (ad slots, promos, newsletter boxes, corpus-wide repeats) is skipped. The body ends at a
 * copyright line, a related-articles heading, an end-of-article widget, a teaser's time line, a
 * wire credit tail ("Reporting by ...; Editing by ..."), or two unexplained short lines in a row,
 * which real article text never has.
 */
final class BodySegmenter {

    /** Paragraphs that must still follow a copyright line for it to be a photo credit mid-body. */
    private static final int TEXT_AFTER_INNER_NOTICE = 2;
    private static final int MAX_QUESTION_HEADING_WORDS = 8;

    private BodySegmenter() {
    }

    /** Appends the body to the draft; returns the index where the body ended (exclusive). */
    static int read(List<LineInfo> lines, int start, ExtractionDraft draft, Predicate<LineInfo> recurring) {
        int pendingHeading = -1;
        int unexplained = 0;
        int firstUnexplained = -1;
        int i = start;
        for (; i < lines.size(); i++) {
            LineInfo line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            if (endsBody(lines, i)) {
                if (line.is(LineInfo.Kind.COPYRIGHT)) {
                    draft.offerCopyright(line.text());
                }
                break;
            }
            switch (line.kind()) {
                case BYLINE -> line.byline().ifPresent(draft::offerByline);
                case SOURCE_LINE -> line.sourceName().ifPresent(
                        s -> draft.offerSource(s, ExtractionDraft.SourceRank.LABEL));
                case DATE_LINE -> line.dateLine().ifPresent(draft::offerDateLine);
                case CREDIT -> line.credit().ifPresent(draft::offerCredit);
                default -> {
                }
            }
            if (!line.isText()) {
                pendingHeading = -1; // a heading right before chrome headed the chrome, not the text
                if (ChromeDetector.isPromoLabel(line.text())) {
                    i = skipLinkList(lines, i);
                }
                continue;
            }
            if (isNoise(line, draft, recurring)) {
                pendingHeading = -1;
                continue;
            }
            Optional<CaptionParser.Caption> caption = CaptionParser.splitStrict(line.text());
            if (caption.isPresent()) {
                draft.offerCaption(caption.get().caption(), caption.get().credit());
                continue;
            }
            if (isParagraph(line.stats(), line.text()) || introducesList(lines, i)) {
                if (pendingHeading >= 0) {
                    draft.blocks.add(BodyBlock.subheading(lines.get(pendingHeading).text()));
                }
                draft.blocks.add(BodyBlock.paragraph(line.text()));
                pendingHeading = -1;
                unexplained = 0;
                continue;
            }
            if (unexplained == 0) {
                firstUnexplained = i;
            }
            unexplained++;
            if (unexplained >= 2) {
                i = firstUnexplained;
                break;
            }
            pendingHeading = line.stats().isHeadingLike(line.text()) && !draft.blocks.isEmpty() ? i : -1;
        }
        return i;
    }

    /** After "Read more:" the bulleted or unpunctuated link titles; returns the last one's index. */
    private static int skipLinkList(List<LineInfo> lines, int label) {
        int last = label;
        for (int j = label + 1; j < lines.size(); j++) {
            LineInfo line = lines.get(j);
            if (line.blank()) {
                continue;
            }
            if (!line.isText() || line.stats().isGood() && !isBullet(line.text())) {
                break;
            }
            if (!isBullet(line.text()) && line.stats().endsSentence()) {
                break;
            }
            last = j;
        }
        return last;
    }

    /** "Key facts:" right above a bulleted list belongs to the body. */
    private static boolean introducesList(List<LineInfo> lines, int i) {
        LineInfo line = lines.get(i);
        if (line.stats().lastMark() != ':' || line.stats().words() < 2) {
            return false;
        }
        int next = HeaderReader.nextMeaningful(lines, i);
        return next >= 0 && lines.get(next).isText() && isBullet(lines.get(next).text());
    }

    static boolean isBullet(String text) {
        char c = text.charAt(0);
        return c == '•' || c == '●' || c == '▪' || (c == '-' || c == '*' || c == '–') && text.length() > 1
                && text.charAt(1) == ' ';
    }

    /** Chrome that only context reveals: a repeat of the title, a corpus-wide line, a line said twice. */
    private static boolean isNoise(LineInfo line, ExtractionDraft draft, Predicate<LineInfo> recurring) {
        if (!draft.title.isEmpty() && line.text().equalsIgnoreCase(draft.title)) {
            return true;
        }
        if (recurring.test(line)) {
            return true;
        }
        return line.occurrences() > 1 && !line.stats().isGood();
    }

    /** A paragraph: running text, a short sentence, or a list item. */
    static boolean isParagraph(LineStats s, String text) {
        if (isQuestionHeading(s, text)) {
            return false;
        }
        if (s.isGood() || s.isSentence() && s.words() >= 3) {
            return true;
        }
        if (s.words() >= 12 && s.lower() > 0 && s.stopDensity() >= LineStats.GOOD_MIN_STOP_DENSITY) {
            return true;
        }
        return isBullet(text) && s.words() >= 3 && s.lower() > 0;
    }

    /** "What Happens Next?": a short question in title case is a subheading, not a paragraph. */
    private static boolean isQuestionHeading(LineStats s, String text) {
        return s.lastMark() == '?' && s.words() <= MAX_QUESTION_HEADING_WORDS && s.isHeadingLike(text)
                && text.indexOf('"') < 0 && text.indexOf('“') < 0
                && (s.allCaps() || s.capitalizedWords() * 10 >= s.words() * 7);
    }

    private static boolean endsBody(List<LineInfo> lines, int i) {
        LineInfo line = lines.get(i);
        return switch (line.kind()) {
            case RELATED_HEADING, END_MARKER -> true;
            case RELATIVE_TIME -> line.isTimeAnchor();
            case COPYRIGHT -> textFollows(lines, i) < TEXT_AFTER_INNER_NOTICE;
            case CHROME -> ChromeDetector.isCreditTail(line.text()); // "Reporting by ...": the wire copy ends
            default -> false;
        };
    }

    /** How many running-text paragraphs follow before the next hard end of the article. */
    private static int textFollows(List<LineInfo> lines, int i) {
        int count = 0;
        for (int j = i + 1; j < lines.size() && count < TEXT_AFTER_INNER_NOTICE; j++) {
            LineInfo line = lines.get(j);
            if (line.is(LineInfo.Kind.RELATED_HEADING) || line.is(LineInfo.Kind.END_MARKER)
                    || line.is(LineInfo.Kind.COPYRIGHT) || line.isTimeAnchor()) {
                break;
            }
            if (line.isText() && line.stats().isGood()) {
                count++;
            }
        }
        return count;
    }
}
