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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import dev.sitegen.config.ConfigLoader;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.taxonomy.ArticleTerms;
import dev.sitegen.taxonomy.ArticleText;
import dev.sitegen.taxonomy.AutoTagger;
import dev.sitegen.taxonomy.TermAssignment;

/** {@code site-gen extract FILE [--explain]}: prints what the extractor reads from one dump, as JSON. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print the page model extracted from one raw dump as a JSON object.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A raw text dump (.txt).")
    Path file;

    @Option(names = "--explain", description = "After the JSON, show the topics and tags automatic tagging gives "
            + "the article, with the evidence for each.")
    boolean explain;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file for --explain (your topics, aliases, stop tags; default: site-gen.yml if present).")
    Path config;

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
            if (explain) {
                System.out.println();
                System.out.print(explanation(extraction));
            }
            return 0;
        });
    }

    /** The automatic topics and tags of the article, each with its score and evidence. */
    private String explanation(Extraction extraction) {
        SiteConfig.Builder b = SiteConfig.builder();
        Path settings = config != null ? config : Path.of(ConfigLoader.DEFAULT_FILE_NAME);
        if (config != null || Files.isRegularFile(settings)) {
            ConfigLoader.load(settings, b);
        }
        ArticleText text = new ArticleText("article", extraction.title(), extraction.body());
        ArticleTerms terms = new AutoTagger(b.build().taxonomy()).tag(List.of(text)).get("article");
        StringBuilder out = new StringBuilder();
        section(out, "Topics", terms.topics());
        section(out, "Tags", terms.tags());
        return out.toString();
    }

    private static void section(StringBuilder out, String heading, List<TermAssignment> terms) {
        out.append(heading).append(terms.isEmpty() ? ": none\n" : ":\n");
        for (TermAssignment t : terms) {
            out.append(String.format(java.util.Locale.ROOT, "  %-28s %7.2f  /%s/%n", t.name(), t.score(), t.slug()));
            for (String why : t.evidence()) {
                out.append("      ").append(why).append('\n');
            }
        }
    }
}
