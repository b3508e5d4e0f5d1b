package dev.sitegen.markdown;

import dev.sitegen.diag.ContentException;
import dev.sitegen.diag.SourcePosition;
import java.nio.file.Path;

/** Splits a page-model file into its YAML front matter and Markdown body, keeping line numbers. */
final class FrontMatterSplitter {

    /**
     * @param yaml      the text between the fences
     * @param yamlLine  1-based line of the first YAML line
     * @param body      the Markdown after the closing fence
     * @param bodyLine  1-based line the body starts on
     */
    record Split(String yaml, int yamlLine, String body, int bodyLine) {
    }

    private FrontMatterSplitter() {
    }

    /** {@code text} has its line endings normalised to '\n' and no byte-order mark. */
    static Split split(String text, Path file) {
        if (!(text.startsWith("---\n") || text.equals("---"))) {
            throw new ContentException(SourcePosition.of(file, 1),
                    "a page model must start with a '---' line opening its YAML front matter");
        }
        int pos = 4;
        int line = 2;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String current = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (current.stripTrailing().equals("---") || current.stripTrailing().equals("...")) {
                String yaml = text.substring(4, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new Split(yaml, 2, body, line + 1);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            line++;
        }
        throw new ContentException(SourcePosition.of(file, 1),
                "front matter opened on line 1 is never closed by a '---' line");
    }
}
