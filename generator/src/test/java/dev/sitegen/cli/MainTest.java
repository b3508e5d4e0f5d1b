package dev.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {

    /** What {@code Main.run(args)} prints on standard output, and its exit code. */
    private static String run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            int status = Main.run(args);
            return status + ": " + bytes.toString(StandardCharsets.UTF_8).strip();
        } finally {
            System.setOut(saved);
        }
    }

    @Test
    void everyCommandPrintsTheVersionItOffers() {
        String version = run("--version");
        assertEquals("0: site-gen dev", version); // classes, not the jar: no manifest version
        for (String command : List.of("build", "serve", "check", "extract")) {
            assertEquals(version, run(command, "--version"), command);
            assertEquals(version, run(command, "-V"), command);
        }
    }
}
