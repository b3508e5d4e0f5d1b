package dev.sitegen.cli;

import dev.sitegen.BuildListener;
import java.io.PrintStream;

/** Redraws one status line on a terminal; silent when output goes to a file or a pipe. */
final class ProgressLine implements BuildListener {

    private final PrintStream out;
    private final boolean enabled;
    private String phase = "";
    private boolean drawn;

    ProgressLine(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    @Override
    public void phase(String name) {
        phase = name;
        draw(name + "…");
    }

    @Override
    public void progress(int done, int total) {
        draw(phase + ": " + done + "/" + total);
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
