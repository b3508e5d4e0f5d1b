package dev.sitegen.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Turns one raw page dump into an {@link Extraction}: title, source, dates, byline, caption,
 * body, copyright and related teasers. Pure and thread-safe: one instance serves any number of
 * threads; every call works on its own local state and never touches I/O.
 *
 * <p>The stages, each in its own class: {@link InputScreen} rejects unusable input;
 * {@link LineNormalizer} and {@link HardWrapJoiner} give one line per paragraph;
 * {@link LineClassifier} recognises each line on its own; {@link TitleFinder},
 * {@link HeaderReader}, {@link BodySegmenter}, {@link FooterReader} and
 * {@link RelatedBlockParser} read the page top to bottom in context; {@link DateResolver} picks
 * the ordering date.
 */
public final class DumpExtractor {

    static final String NO_BODY = "no article found: no paragraph of body text";

    /** A sentence must recur in at least this many dumps to count as chrome. */
    private static final int MIN_DUMPS_FOR_PROSE = 5;

    private final CorpusProfile profile;

    public DumpExtractor(CorpusProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    public Extraction extract(String text) {
        Optional<String> rejected = InputScreen.rejectReason(text);
        if (rejected.isPresent()) {
            return invalid(rejected.get());
        }
        List<LineInfo> lines = LineClassifier.classify(HardWrapJoiner.join(LineNormalizer.lines(text)), profile);
        Predicate<LineInfo> recurring = recurringIn(lines);
        ExtractionDraft draft = new ExtractionDraft();
        int titleIndex = TitleFinder.find(lines, recurring);
        if (titleIndex >= 0) {
            draft.title = lines.get(titleIndex).text();
        }
        int start = HeaderReader.read(lines, titleIndex, draft, recurring);
        if (start < 0) {
            return invalid(NO_BODY);
        }
        draft.dateline = DatelineParser.parse(lines.get(start).text());
        int end = BodySegmenter.read(lines, start, draft, recurring);
        if (draft.blocks.isEmpty()) {
            return invalid(NO_BODY);
        }
        FooterReader.read(lines, end, draft);
        draft.dateline.ifPresent(d -> {
            if (!d.city().isEmpty()) {
                draft.location = d.city();
            }
            draft.offerSource(d.agency(), ExtractionDraft.SourceRank.DATELINE);
        });
        draft.related.addAll(RelatedBlockParser.parse(lines, end, draft.title, recurring));
        DateResolver.Resolved date = DateResolver.resolve(draft, lines);
        return new Extraction(true, "", draft.title, draft.source,
                draft.published.flatMap(DateTimeParser.StatedDate::dateTime), draft.relativeTime, draft.authors,
                draft.location, draft.imageCaption, draft.imageCredit, draft.blocks, draft.copyright, draft.related,
                date.date(), date.source());
    }

    /**
     * Lines recurring across the corpus are chrome, but a story syndicated to several sites
     * recurs too, and wire stories reuse background paragraphs. So a line counts as chrome only
     * when it recurs in more dumps than this dump's own running text typically does, and a line
     * of running text only when it recurs in a large share of the corpus, as site chrome does.
     */
    private Predicate<LineInfo> recurringIn(List<LineInfo> lines) {
        if (profile.dumpCount() < CorpusProfile.MIN_DUMPS) {
            return line -> false;
        }
        List<Integer> textFrequencies = new ArrayList<>();
        for (LineInfo line : lines) {
            if (line.isText() && line.stats().isGood()) {
                textFrequencies.add(line.docFrequency());
            }
        }
        textFrequencies.sort(null);
        int typical = textFrequencies.isEmpty() ? 0 : textFrequencies.get(textFrequencies.size() / 2);
        int threshold = Math.max(CorpusProfile.MIN_DUMPS, typical + 1);
        int proseThreshold = Math.max(threshold, Math.max(MIN_DUMPS_FOR_PROSE, profile.dumpCount() / 4));
        return line -> line.docFrequency() >= (line.stats().isGood() ? proseThreshold : threshold);
    }

    private static Extraction invalid(String reason) {
        return new Extraction(false, reason, "", "", Optional.empty(), "", List.of(), "", "", "", List.of(), "",
                List.of(), Optional.empty(), Optional.empty());
    }
}
