package dev.sitegen.extract;

import java.util.List;

/** Small helpers to build dumps and classified lines in tests. */
final class Dumps {

    private Dumps() {
    }

    static List<LineInfo> classify(String... lines) {
        return LineClassifier.classify(LineNormalizer.lines(String.join("\n", lines)), CorpusProfile.empty());
    }

    static Extraction extract(String... lines) {
        return new DumpExtractor(CorpusProfile.empty()).extract(String.join("\n", lines) + "\n");
    }

    static final String P1 = "Officials from the two countries met in London on Monday to try to defuse a trade "
            + "dispute that has widened from tariffs to rare earths.";
    static final String P2 = "The talks, expected to continue into the evening, come at a crucial time for both "
            + "economies, which are showing signs of strain.";
    static final String P3 = "Analysts said a temporary truce was possible but that there was little prospect of a "
            + "broader deal before the end of the year.";
}
