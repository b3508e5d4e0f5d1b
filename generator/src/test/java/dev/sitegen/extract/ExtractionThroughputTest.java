package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Measures extraction speed over all fixtures after a warm-up and prints milliseconds per dump,
 * as CPU time of the test thread (not disturbed by other load on the machine) and as wall time.
 * Not a timed assertion (machines differ); the budget is 5 ms per dump.
 */
class ExtractionThroughputTest {

    @Test
    void measuresMillisecondsPerDump() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path p : GoldenExtractionTest.fixtures().toList()) {
            texts.add(GoldenExtractionTest.read(p));
        }
        DumpExtractor extractor = new DumpExtractor(CorpusProfile.of(texts));
        int valid = 0;
        for (int i = 0; i < 50; i++) {
            for (String t : texts) {
                valid += extractor.extract(t).valid() ? 1 : 0;
            }
        }
        int rounds = 100;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int checked = 0;
        for (int i = 0; i < rounds; i++) {
            for (String t : texts) {
                checked += extractor.extract(t).blocks().size() >= 0 ? 1 : 0;
            }
        }
        int dumps = rounds * texts.size();
        double wall = (System.nanoTime() - start) / 1e6 / dumps;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / dumps;
        System.out.printf(Locale.ROOT, "extract: %.3f ms CPU, %.3f ms wall per dump over %d dumps%n", cpu, wall, dumps);
        assertEquals(dumps, checked);
        assertEquals(0, valid % 50, "warm-up saw the same results every round");
    }
}
