package dev.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code build} of a large seeds folder, run in a second JVM (here: a threshold of two seeds). */
class BuildCommandRelaunchTest {

    @TempDir
    Path dir;

    private int build(String java) {
        SerialGcLauncher.Jvm jvm = new SerialGcLauncher.Jvm(java, List.of(), System.getProperty("java.class.path"),
                false, false);
        return new CommandLine(new BuildCommand(new SerialGcLauncher(() -> jvm, 2)))
                .execute("--seeds", dir.resolve("seeds").toString(), "--out", dir.resolve("site").toString(),
                        "--no-cache", "-q");
    }

    private static String thisJava() {
        return ProcessHandle.current().info().command().orElseThrow();
    }

    private void seeds(String... texts) throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        for (int i = 0; i < texts.length; i++) {
            Files.writeString(dir.resolve("seeds/page" + i + ".md"), texts[i]);
        }
    }

    @Test
    void theRelaunchedJvmBuildsTheSite() throws IOException {
        seeds("---\ntitle: First\ndate: 2024-03-01\n---\n\nOne.\n", "---\ntitle: Second\ndate: 2024-03-02\n---\n\nTwo.\n");

        assertEquals(0, build(thisJava()));
        assertTrue(Files.readString(dir.resolve("site/articles/first/index.html")).contains("One."));
        assertTrue(Files.isRegularFile(dir.resolve("site/articles/second/index.html")));
    }

    @Test
    void aLargeBuildGoesThroughTheLauncher() throws IOException {
        seeds("---\ntitle: First\n---\n\nOne.\n", "---\ntitle: Second\n---\n\nTwo.\n");

        // No JVM at that path: the build fails to start rather than running here.
        assertEquals(1, build(dir.resolve("no-java").toString()));
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void theRelaunchedBuildsFailureIsThisBuildsExitCode() throws IOException {
        seeds("---\ntitle: First\n---\n\nOne.\n", "---\ntitle: [unclosed\n---\n\nTwo.\n");

        assertEquals(1, build(thisJava()));
        assertFalse(Files.exists(dir.resolve("site")));
    }
}
