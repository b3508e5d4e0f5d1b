package dev.sitegen.cli;

import dev.sitegen.BuildListener;
import java.io.PrintStream;

/** Redraws one status line on a terminal; silent when output goes to a file or a pipe. */
final class ProgressLine implements BuildListener {

    private final PrintStream out;
    private final boolean enabled;
    private final boolean timings;
    private String phase = "";
    private long phaseStart = System.nanoTime();
    private boolean drawn;

    /** @param timings print each phase's duration on its own line when it ends */
    ProgressLine(PrintStream out, boolean enabled, boolean timings) {
        this.out = out;
        this.enabled = enabled;
        this.timings = timings;
    }

    @Override
    public void phase(String name) {
        endPhase();
        phase = name;
        phaseStart = System.nanoTime();
        draw(name + "…");
    }

    private void endPhase() {
        if (timings && !phase.isEmpty()) {
            clear();
            out.printf(java.util.Locale.ROOT, "%-14s %6d ms%n", phase, (System.nanoTime() - phaseStart) / 1_000_000);
        }
    }

    @Override
    public void progress(int done, int total) {
        draw(phase + ": " + done + "/" + total);
    }

    /** Ends the last phase and removes the progress line. */
    void finish() {
        endPhase();
        phase = "";
        clear();
    }

    void clear() {
        if (drawn) {
            out.print("\r\033[K");
            out.flush();
            drawn = false;
        }
    }

    private void draw(String text) {
        if (enabled) {
            out.print("\r\033[K" + text);
            out.flush();
            drawn = true;
        }
    }
}
