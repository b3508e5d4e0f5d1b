package dev.sitegen.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Recognises each line on its own: copyright, related heading, byline, dates, chrome, or text. */
final class LineClassifier {

    private static final Pattern RELATED_HEADING = WordList.wholeLinePattern("related-headings.txt");
    private static final Pattern END_MARKER = WordList.wholeLinePattern("end-markers.txt");
    private static final int MAX_HEADING_WORDS = 8;

    private LineClassifier() {
    }

    static List<LineInfo> classify(List<String> lines, CorpusProfile profile) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            if (!line.isEmpty()) {
                counts.merge(line.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        List<LineInfo> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            int occurrences = text.isEmpty() ? 0 : counts.get(text.toLowerCase(Locale.ROOT));
            out.add(classify(i, text, occurrences, profile.documentFrequency(text)));
        }
        return List.copyOf(out);
    }

    static LineInfo classify(int index, String text, int occurrences, int docFrequency) {
        LineStats stats = LineStats.of(text);
        if (text.isEmpty()) {
            return info(index, text, stats, LineInfo.Kind.BLANK, occurrences, docFrequency);
        }
        if (CopyrightLine.is(text)) {
            return info(index, text, stats, LineInfo.Kind.COPYRIGHT, occurrences, docFrequency);
        }
        String heading = text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
        if (stats.words() <= MAX_HEADING_WORDS && RELATED_HEADING.matcher(heading).matches()) {
            return info(index, text, stats, LineInfo.Kind.RELATED_HEADING, occurrences, docFrequency);
        }
        if (stats.words() <= MAX_HEADING_WORDS && END_MARKER.matcher(heading).matches()) {
            return info(index, text, stats, LineInfo.Kind.END_MARKER, occurrences, docFrequency);
        }
        var byline = BylineParser.parse(text);
        if (byline.isPresent()) {
            return new LineInfo(index, text, stats, LineInfo.Kind.BYLINE, byline, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), occurrences, docFrequency);
        }
        var source = SourceLineParser.parse(text);
        if (source.isPresent()) {
            return new LineInfo(index, text, stats, LineInfo.Kind.SOURCE_LINE, Optional.empty(), source,
                    Optional.empty(), Optional.empty(), Optional.empty(), occurrences, docFrequency);
        }
        var relative = RelativeTimeParser.parse(text);
        if (relative.isPresent()) {
            return new LineInfo(index, text, stats, LineInfo.Kind.RELATIVE_TIME, Optional.empty(), Optional.empty(),
                    Optional.empty(), relative, Optional.empty(), occurrences, docFrequency);
        }
        var date = DateLineParser.parse(text);
        if (date.isPresent()) {
            return new LineInfo(index, text, stats, LineInfo.Kind.DATE_LINE, Optional.empty(), Optional.empty(), date,
                    Optional.empty(), Optional.empty(), occurrences, docFrequency);
        }
        var credit = CaptionParser.creditOnly(text);
        if (credit.isPresent()) {
            return new LineInfo(index, text, stats, LineInfo.Kind.CREDIT, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), credit, occurrences, docFrequency);
        }
        if (ChromeDetector.isChrome(text, stats)) {
            return info(index, text, stats, LineInfo.Kind.CHROME, occurrences, docFrequency);
        }
        return info(index, text, stats, LineInfo.Kind.TEXT, occurrences, docFrequency);
    }

    private static LineInfo info(int index, String text, LineStats stats, LineInfo.Kind kind, int occurrences,
            int docFrequency) {
        return new LineInfo(index, text, stats, kind, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), occurrences, docFrequency);
    }
}
