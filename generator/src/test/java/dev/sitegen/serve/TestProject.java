package dev.sitegen.serve;

import dev.sitegen.config.ConfigLoader;
import dev.sitegen.config.SiteConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small project on disk (settings, two Markdown seeds) for the preview server to serve. */
final class TestProject {

    static final String BASE_PATH = "/news-demo/";
    static final String FERRY_URL_PATH = BASE_PATH + "articles/harbour-ferry-returns/";

    final Path root;
    final Path seeds;
    final Path out;
    final Path configFile;

    private TestProject(Path root) {
        this.root = root;
        this.seeds = root.resolve("seeds");
        this.out = root.resolve("site");
        this.configFile = root.resolve(ConfigLoader.DEFAULT_FILE_NAME);
    }

    static TestProject create(Path root) throws IOException {
        TestProject p = new TestProject(root);
        Files.createDirectories(p.seeds);
        write(p.configFile, "title: Preview Times\nbaseUrl: https://example.github.io/news-demo/\nautoTags: false\n");
        p.writeFerry("The harbour ferry returned to service on Tuesday.");
        write(p.seeds.resolve("festival.md"), """
                ---
                title: Harbour festival draws record crowds
                date: 2025-06-01
                topics: [Culture]
                ---

                Thousands came to the harbour for the festival.
                """);
        return p;
    }

    /** Rewrites the ferry article with {@code body} as its text. */
    void writeFerry(String body) {
        write(seeds.resolve("ferry.md"), """
                ---
                title: Harbour ferry returns
                date: 2025-06-03
                topics: [Transport]
                ---

                %s
                """.formatted(body));
    }

    /** Breaks the ferry article's front matter on line 3 (its date). */
    void breakFerry() {
        write(seeds.resolve("ferry.md"), """
                ---
                title: Harbour ferry returns
                date: <not a date>
                ---

                Broken.
                """);
    }

    ServeSettings settings() {
        return new ServeSettings(this::config, List.of(configFile), 0);
    }

    SiteConfig config() {
        SiteConfig.Builder b = SiteConfig.builder().projectDir(root).seedsDir(seeds).outputDir(out).threads(2);
        ConfigLoader.load(configFile, b);
        return b.build();
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
