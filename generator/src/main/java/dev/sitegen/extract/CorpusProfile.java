package dev.sitegen.extract;

import java.util.Collection;

/** Placeholder until the extraction branch lands: repetition statistics across all seeds. */
public final class CorpusProfile {
    private CorpusProfile() {
    }

    public static CorpusProfile of(Collection<String> dumpTexts) {
        return new CorpusProfile();
    }

    public static CorpusProfile empty() {
        return new CorpusProfile();
    }
}
