package dev.sitegen.check;

import dev.sitegen.cli.CheckCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code check} subcommand, driven as {@code Main} would drive it. */
class CheckCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new CheckCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void exitsZeroAndPrintsTheSummaryForAValidSite() {
        TestSite.projectSite(dir);

        int status = run("--out", dir.toString(), "--base-url", "https://example.github.io/news-demo/", "--no-html");

        assertEquals(0, status, err::toString);
        assertEquals("checked 7 pages, 41 links: 0 errors\n", out.toString());
    }

    @Test
    void exitsOneAndPrintsEachProblemForABrokenSite() {
        TestSite site = TestSite.projectSite(dir);
        site.replace("index.html", "<li><a href=\"tags/\">", "<li><a href=\"/tags/\">");

        int status = run("--out", dir.toString(), "--base-url", "/news-demo/", "--no-html");

        assertEquals(1, status);
        int line = site.lineOf("index.html", "\"/tags/\"");
        assertTrue(out.toString().startsWith("index.html\n  " + line + ":"), out::toString);
        assertTrue(out.toString().contains("outside the base path /news-demo/"), out::toString);
        assertTrue(out.toString().endsWith(": 1 error\n"), out::toString);
    }

    @Test
    void exitsOneWithAMessageWhenTheSiteIsMissing() {
        Path missing = dir.resolve("nope");

        int status = run("--out", missing.toString(), "--no-html");

        assertEquals(1, status);
        assertTrue(err.toString().contains("site directory " + missing + " does not exist"), err::toString);
    }

    @Test
    void rejectsABaseUrlThatIsNeitherAUrlNorAPath() {
        TestSite.projectSite(dir);

        int status = run("--out", dir.toString(), "--base-url", "news-demo/");

        assertEquals(2, status);
        assertTrue(err.toString().contains("--base-url"), err::toString);
    }
}
