package dev.sitegen.cli;

import java.io.PrintStream;

/**
 * Where a command prints: this process's own output, or that of a {@code site-gen} talking to the
 * build daemon, which prints what the daemon's build writes here.
 *
 * @param out         the report
 * @param err         warnings, errors and the progress line
 * @param interactive whether a person watches a terminal, who is shown a progress line
 */
record Terminal(PrintStream out, PrintStream err, boolean interactive) {

    static Terminal system() {
        return new Terminal(System.out, System.err, System.console() != null);
    }
}
