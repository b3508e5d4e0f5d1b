package dev.sitegen.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Placeholder until the extraction branch lands: title = first line, paragraphs = the rest. */
public final class DumpExtractor {
    public DumpExtractor(CorpusProfile profile) {
    }

    public Extraction extract(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() < 2) {
            return new Extraction(false, "no article found", "", "", Optional.empty(), "", List.of(), "", "", "",
                    List.of(), "", List.of(), Optional.empty(), Optional.empty());
        }
        List<BodyBlock> blocks = new ArrayList<>();
        lines.subList(1, lines.size()).forEach(l -> blocks.add(BodyBlock.paragraph(l)));
        return new Extraction(true, "", lines.get(0), "", Optional.empty(), "", List.of(), "", "", "", blocks, "",
                List.of(), Optional.empty(), Optional.empty());
    }
}
