package dev.sitegen.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.sitegen.SiteGenerator;
import dev.sitegen.config.ConfigLoader;
import dev.sitegen.config.SiteConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds each {@code golden/<case>/input} (seeds/, optional site-gen.yml and templates/) and
 * compares every output file with {@code golden/<case>/expected}, byte for byte, reporting the first
 * differing path:line. Regenerate with {@code -Dgolden.update=true}, then review the diff.
 */
class GoldenSiteTest {

    private static final Path ROOT = Path.of("src/test/resources/golden");
    private static final String ASSETS = "assets";
    private static final Path THEME_ASSETS = Path.of("..", "templates", ASSETS);

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(d -> Files.isDirectory(d.resolve("input"))).map(d -> d.getFileName().toString())
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void builtSiteMatchesExpectedFiles(String name, @TempDir Path tmp) throws IOException {
        Path input = ROOT.resolve(name).resolve("input");
        Path expected = ROOT.resolve(name).resolve("expected");
        Path out = tmp.resolve("site");
        SiteConfig.Builder b = SiteConfig.builder().projectDir(input).seedsDir(input.resolve("seeds")).outputDir(out);
        Path configFile = input.resolve(ConfigLoader.DEFAULT_FILE_NAME);
        if (Files.isRegularFile(configFile)) {
            ConfigLoader.load(configFile, b);
        }
        if (Files.isDirectory(input.resolve("templates"))) {
            b.templatesDir(input.resolve("templates"));
        }
        new SiteGenerator().build(b.build());

        assertThemeAssetsCopied(input, out);
        if (Boolean.getBoolean("golden.update")) {
            replace(expected, out);
            return;
        }
        List<String> problems = compare(expected, out);
        if (!problems.isEmpty()) {
            fail("golden case '" + name + "' differs (regenerate with -Dgolden.update=true and review):\n  "
                    + String.join("\n  ", problems.subList(0, Math.min(10, problems.size()))));
        }
    }

    /**
     * The theme's static files are copied as they are: compared with their source in templates/
     * (or the case's own templates/assets), not kept a second time under expected/.
     */
    private static void assertThemeAssetsCopied(Path input, Path out) throws IOException {
        Path builtAssets = out.resolve(ASSETS);
        assertTrue(Files.isDirectory(builtAssets), "the site has no assets/ folder");
        try (Stream<Path> walk = Files.walk(builtAssets)) {
            for (Path built : walk.filter(Files::isRegularFile).toList()) {
                String name = builtAssets.relativize(built).toString();
                Path source = input.resolve("templates").resolve(ASSETS).resolve(name);
                if (!Files.isRegularFile(source)) {
                    source = THEME_ASSETS.resolve(name);
                }
                assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(built), ASSETS + "/" + name);
            }
        }
    }

    private static List<String> compare(Path expected, Path actual) throws IOException {
        TreeSet<String> all = new TreeSet<>(files(expected));
        all.addAll(files(actual));
        List<String> problems = new ArrayList<>();
        for (String f : all) {
            Path e = expected.resolve(f);
            Path a = actual.resolve(f);
            if (!Files.exists(e)) {
                problems.add(f + ": not expected, but written");
            } else if (!Files.exists(a)) {
                problems.add(f + ": expected, but not written");
            } else if (!java.util.Arrays.equals(Files.readAllBytes(e), Files.readAllBytes(a))) {
                problems.add(f + ":" + firstDifferentLine(e, a));
            }
        }
        return problems;
    }

    private static String firstDifferentLine(Path e, Path a) throws IOException {
        List<String> el = Files.readAllLines(e, StandardCharsets.UTF_8);
        List<String> al = Files.readAllLines(a, StandardCharsets.UTF_8);
        for (int i = 0; i < Math.max(el.size(), al.size()); i++) {
            String x = i < el.size() ? el.get(i) : "<end of file>";
            String y = i < al.size() ? al.get(i) : "<end of file>";
            if (!x.equals(y)) {
                return (i + 1) + ": expected «" + abbreviate(x) + "» but was «" + abbreviate(y) + "»";
            }
        }
        return "1: line endings or trailing bytes differ";
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    private static List<String> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith(ASSETS + "/")).sorted().toList();
        }
    }

    private static void replace(Path expected, Path out) throws IOException {
        if (Files.exists(expected)) {
            try (Stream<Path> walk = Files.walk(expected)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (String f : files(out)) {
            Path target = expected.resolve(f);
            Files.createDirectories(target.getParent());
            Files.copy(out.resolve(f), target);
        }
    }
}
