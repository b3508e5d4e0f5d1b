package dev.sitegen.cli;

import dev.sitegen.diag.SourcePosition;
import dev.sitegen.extract.CorpusProfile;
import dev.sitegen.extract.DumpExtractor;
import dev.sitegen.extract.Extraction;
import dev.sitegen.extract.ExtractionJson;
import dev.sitegen.diag.SiteGenException;
import dev.sitegen.markdown.TextNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code site-gen extract FILE}: prints what the extractor reads from one dump, as JSON. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the page model extracted from one raw dump as a JSON object.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A raw text dump (.txt).")
    Path file;

    @Override
    public Integer call() {
        return Failures.guard(System.err, () -> {
            String text;
            try {
                text = TextNormalizer.normalize(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new SiteGenException(SourcePosition.of(file), "cannot read: " + e.getMessage(), e);
            }
            Extraction extraction = new DumpExtractor(CorpusProfile.of(List.of(text))).extract(text);
            System.out.println(ExtractionJson.toJson(extraction));
            if (!extraction.valid()) {
                System.err.println(file + ": " + extraction.invalidReason());
                return 1;
            }
            return 0;
        });
    }
}
