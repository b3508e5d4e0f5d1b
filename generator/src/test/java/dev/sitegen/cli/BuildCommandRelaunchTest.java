package dev.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code build} of a large seeds folder, run in a second JVM (here: from two seeds). The command is
 * started as a user starts it, in a JVM of its own, so that its output shows which collector the
 * build ran with.
 */
class BuildCommandRelaunchTest {

    @TempDir
    Path dir;

    private record Run(int status, String output) {
    }

    /**
     * {@code java -Dsite-gen.serialGcSeeds=2 -Dsite-gen.batchJvm=false -cp ... Main @args}, with
     * {@code args} in an argument file: a large build on any machine.
     */
    private Run site_gen(String... args) throws IOException, InterruptedException {
        return site_gen(List.of("-Dsite-gen.serialGcSeeds=2", "-Dsite-gen.batchJvm=false"), args);
    }

    private Run site_gen(List<String> options, String... args) throws IOException, InterruptedException {
        Path argFile = Files.write(dir.resolve("args.txt"), List.of(String.join("\n", args)));
        return run(options, List.of("@" + argFile));
    }

    private static Run run(List<String> options, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow()));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), output);
    }

    @BeforeEach
    void onlyWhereTheJvmPicksG1() {
        // Where the JVM picks the serial collector itself (one core, little memory), nothing is relaunched.
        assumeTrue(ManagementFactory.getGarbageCollectorMXBeans().stream().anyMatch(b -> b.getName().startsWith("G1 ")));
    }

    private void seeds(String... texts) throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        for (int i = 0; i < texts.length; i++) {
            Files.writeString(dir.resolve("seeds/page" + i + ".md"), texts[i]);
        }
    }

    private String[] buildArgs() {
        return new String[] {"build", "-v", "--no-cache", "--seeds", dir.resolve("seeds").toString(), "--out",
                dir.resolve("site").toString()};
    }

    @Test
    void aLargeBuildRunsWithTheSerialCollectorAndBuildsTheSite() throws Exception {
        seeds("---\ntitle: First\ndate: 2024-03-01\n---\n\nOne.\n", "---\ntitle: Second\ndate: 2024-03-02\n---\n\nTwo.\n");

        Run run = site_gen(buildArgs());

        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().contains("a large site: building in a JVM with the serial collector"), run.output());
        assertTrue(run.output().contains("collector: Copy, MarkSweepCompact"), run.output());
        assertTrue(Files.readString(dir.resolve("site/articles/first/index.html")).contains("One."));
    }

    @Test
    void onTwoCoresAnyBuildRunsWithTheSerialCollectorAndC1Only() throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() <= SerialGcLauncher.SMALL_MACHINE_CORES);
        seeds("---\ntitle: First\n---\n\nOne.\n");

        // As typed: the first JVM relaunches before it parses anything, so an argument file, which
        // it would have to parse, keeps the build in it.
        Run run = run(List.of(), List.of(buildArgs()));
        Run fromFile = site_gen(List.of(), buildArgs());

        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().contains("collector: Copy, MarkSweepCompact; compilers up to tier 1"), run.output());
        assertEquals(0, fromFile.status(), fromFile.output());
        assertTrue(fromFile.output().contains("compilers up to tier 4"), fromFile.output());
        assertTrue(Files.isRegularFile(dir.resolve("site/articles/first/index.html")));
    }

    @Test
    void theRelaunchedBuildsFailureIsThisBuildsExitCode() throws Exception {
        seeds("---\ntitle: First\n---\n\nOne.\n", "---\ntitle: [unclosed\n---\n\nTwo.\n");

        Run run = site_gen(buildArgs());

        assertEquals(1, run.status(), run.output());
        assertTrue(run.output().contains("collector: Copy, MarkSweepCompact"), run.output());
        assertTrue(run.output().contains("page1.md:2:8: invalid YAML"), run.output());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void aLargeBuildGoesThroughTheLauncher() throws IOException {
        seeds("---\ntitle: First\n---\n\nOne.\n", "---\ntitle: Second\n---\n\nTwo.\n");
        SerialGcLauncher.Jvm noJava = new SerialGcLauncher.Jvm(dir.resolve("no-java").toString(), List.of(),
                System.getProperty("java.class.path"), () -> true, true, false, ProcessHandle.current().pid(), false, true);

        int status = new CommandLine(new BuildCommand(new SerialGcLauncher(() -> noJava, 2, false)))
                .execute("--seeds", dir.resolve("seeds").toString(), "--out", dir.resolve("site").toString(), "--no-cache");

        assertEquals(1, status); // no JVM at that path: the build fails to start rather than running here
        assertFalse(Files.exists(dir.resolve("site")));
    }
}
